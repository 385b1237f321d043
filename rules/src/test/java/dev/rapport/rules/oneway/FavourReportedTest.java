package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A favour asked of someone is answered by doing it and saying so, often hours later and often to the person it was
 * for rather than to the one who asked: the report takes up the request's own words ("shop window", "fair"). A later
 * word in that channel about something else, or a question back on the same subject, still leaves it waiting.
 */
class FavourReportedTest {

    @Test
    void staysQuietWhenTheFavourIsReportedDoneInTheRequestsWords() {
        Chat chat = asked();
        MessageId cals = chat.say("cal", "general", "printed the leaflets for the open studio, a stack of forty");
        chat.later(Duration.ofHours(5));
        // Said to Cal, whom the favour was for, not to Bob who asked it: neither a reply to Bob nor a turn after him.
        chat.reply("ana", "general", cals, "cal", "your fair poster is up in the shop window now, right by the door");
        chat.later(Duration.ofHours(24));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheirLaterWordThereIsAboutSomethingElse() {
        Chat chat = asked();
        MessageId cals = chat.say("cal", "general", "printed the leaflets for the open studio, a stack of forty");
        chat.later(Duration.ofHours(5));
        chat.reply("ana", "general", cals, "cal", "forty! you'll need a bigger bag for the market on Sunday");
        chat.later(Duration.ofHours(24));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void firesWhenTheyOnlyAskBackAboutTheSameThing() {
        Chat chat = asked();
        chat.later(Duration.ofHours(5));
        chat.say("ana", "general", "the big shop window or the small one by the till? for the fair poster I mean?");
        chat.later(Duration.ofHours(24));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /** Cal shows a poster; Bob, replying, asks Ana by name to put it up for him; Ana is around. */
    private static Chat asked() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "morning all");
        MessageId poster = chat.say("cal", "general", "made a poster for the spring fair, first one I've designed");
        chat.later(Duration.ofMinutes(20));
        chat.replyMentioning("bob", "general", poster, "cal", "ana",
                "love it! @ana could you put it in the shop window for the fair?");
        return chat;
    }
}
