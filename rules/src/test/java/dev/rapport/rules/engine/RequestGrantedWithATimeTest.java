package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A yes to the person's own request, with only a time put back to them ("Of course, Thursday morning?"), answers
 * what they asked: the time is theirs to take up by turning up. The same yes under a line of theirs that asked nothing
 * ("let's meet up some time") proposes something new, and still waits for their word.
 */
class RequestGrantedWithATimeTest {

    @Test
    void aYesWithATimeUnderTheirOwnRequestAnswersThem() {
        Chat chat = Chat.coaching("ola");
        MessageId asked = chat.say("ola", "general",
                "our porch tiles keep cracking, any chance you'd pop round to check them?");
        chat.later(Duration.ofMinutes(20));
        chat.reply("pim", "general", asked, "ola", "Of course, Thursday morning?");
        chat.later(Duration.ofHours(3));
        chat.say("ola", "market", "fresh plums on the stall this morning");
        chat.later(Duration.ofHours(30));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void theSameYesUnderALineThatAskedNothingStillWaits() {
        Chat chat = Chat.coaching("ola");
        MessageId said = chat.say("ola", "general", "lovely talk today, let's meet up some time");
        chat.later(Duration.ofMinutes(20));
        chat.reply("pim", "general", said, "ola", "Of course, Thursday morning?");
        chat.later(Duration.ofHours(3));
        chat.say("ola", "market", "fresh plums on the stall this morning");
        chat.later(Duration.ofHours(30));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
