package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_BROADCAST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a room where only two or three people talk, a line without a reply link said while the others are there is
 * conversation. Not one that brings back a link its author already posted in that room, right after the others' words
 * to each other: the same page again is the author's own notice put up once more beside their exchange, not a turn in
 * it. A line that chimes in with nothing posted before ("welcome too, ask me anything") still joins them.
 */
class OwnLinkBesideOthersTalkTest {

    /**
     * Tomas's week in the lessons board: seven lines to nobody hours apart (the first with his lessons page), then,
     * within the hour after Ana and Bo settled a tuner between themselves, {@code line}; a reply to Bo the next day and
     * one more line to nobody. Ten turns: eight to nobody, the reply, and {@code line}.
     */
    private static Chat weekWith(String line) {
        Chat chat = Chat.coaching("tomas");
        chat.say("tomas", "lessons-board", "Piano lessons for beginners on Tuesday evenings, see https://keysandchords.example/lessons");
        String[] news = {"Tuned the studio upright this morning", "Sheet music for the spring concert came in",
            "Two pupils passed their grade three", "Recital rehearsal moved to the church hall",
            "The metronomes are back from repair", "Half term timetable is on the door"};
        for (String n : news) {
            chat.later(Duration.ofHours(5));
            chat.say("tomas", "lessons-board", n);
        }
        chat.later(Duration.ofHours(5));
        MessageId ana = chat.say("ana", "lessons-board", "Does anyone know a tuner near the station?");
        chat.later(Duration.ofMinutes(10));
        MessageId bo = chat.reply("bo", "lessons-board", ana, "ana", "Try the shop on Mill Lane, they came out to us");
        chat.later(Duration.ofMinutes(10));
        chat.reply("ana", "lessons-board", bo, "bo", "Thanks, I'll ring them tomorrow");
        chat.later(Duration.ofMinutes(20));
        chat.say("tomas", "lessons-board", line);
        chat.later(Duration.ofHours(20));
        chat.reply("tomas", "lessons-board", bo, "bo", "Mill Lane did our hall piano too, good people");
        chat.later(Duration.ofHours(6));
        chat.say("tomas", "lessons-board", "Practice room free on Friday afternoons now");
        chat.later(Duration.ofDays(3));
        return chat.finish();
    }

    @Test
    void firesWhenTheLineBesideTheOthersExchangeBringsBackOnesOwnPage() {
        assertThat(weekWith("Adult beginners welcome too: https://keysandchords.example/lessons")
                .findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheLineBesideTheOthersExchangeChimesInWithNothingPostedBefore() {
        assertThat(weekWith("Adult beginners welcome too, ask me anything").findings(ONEWAY_BROADCAST)).isEmpty();
    }
}
