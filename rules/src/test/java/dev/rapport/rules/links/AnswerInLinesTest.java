package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_BURST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer given in several lines is one answer: the lines a helper adds to the room right after answering, before
 * anyone else speaks there, go on with it, and their links are help like the first one's. Once someone else has
 * spoken, a run of links to the room is the helper's own again.
 */
class AnswerInLinesTest {
    private static final String QUESTION = "found four old field guides at a sale, which editions are these? "
            + "1) green cloth 2) blue card 3) red spine 4) no jacket";

    private static Chat answeredInLines(boolean someoneSpeaksBetween) {
        Chat chat = Chat.coaching("ana");
        MessageId guides = chat.say("bo", "what-edition-is-this", QUESTION);
        chat.later(Duration.ofMinutes(5));
        chat.reply("ana", "what-edition-is-this", guides, "bo", "1) green cloth is the first, compare the plates "
                + "here https://booktrail.example/ed/1");
        if (someoneSpeaksBetween) {
            chat.say("cy", "what-edition-is-this", "ooh I have a red spine one somewhere");
        }
        chat.say("ana", "what-edition-is-this", "2) blue card is a wartime reprint https://booktrail.example/ed/2");
        chat.say("ana", "what-edition-is-this", "3) red spine is the 1962 revision https://booktrail.example/ed/3");
        chat.say("ana", "what-edition-is-this", "4) without a jacket, check the last page "
                + "https://booktrail.example/ed/4");
        chat.say("ana", "what-edition-is-this", "and the index maps differ too https://booktrail.example/ed/maps");
        return chat.finish();
    }

    @Test
    void theLinesOfAnAnswerPostedBeforeAnyoneElseSpeaksAreHelpNotABurst() {
        assertThat(answeredInLines(false).findings(LINKS_BURST)).isEmpty();
    }

    @Test
    void linksToTheRoomAfterSomeoneElseSpokeAreTheHelpersOwnRun() {
        assertThat(answeredInLines(true).findings(LINKS_BURST)).isNotEmpty();
    }
}
