package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question whose asker comes back under it to tell what came of it, asking nothing, was settled by trying: it no
 * longer waits on the one it was put to. A word under it that asks again, or says nothing of an outcome, leaves it
 * waiting.
 */
class QuestionSettledByItsAskerTest {

    /** Ola answers Pim's glaze question; Pim asks back under her answer whether his sponge will do. */
    private static Chat pimAsksWhetherHisSpongeWillDo(Chat chat, String then) {
        MessageId question = chat.say("pim", "help", "how do I stop my glaze crawling off the rim?");
        MessageId answer = chat.reply("ola", "help", question, "pim", "wipe the rim with a damp sponge before firing");
        chat.later(Duration.ofMinutes(20));
        MessageId back = chat.reply("pim", "help", answer, "ola", "would a kitchen sponge be enough? I'll have a go");
        chat.later(Duration.ofHours(2));
        chat.reply("pim", "help", back, "pim", then);
        chat.say("ola", "market", "spare kiln posts free to collect");
        chat.later(Duration.ofHours(25));
        return chat;
    }

    @Test
    void theAskerReportingUnderTheirQuestionThatItWorkedLeavesNothingWaiting() {
        Chat chat = pimAsksWhetherHisSpongeWillDo(Chat.coaching("ola"),
                "it worked! the rim came out clean, the kitchen sponge was fine");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void theAskerAddingUnderTheirQuestionWithoutAnOutcomeLeavesItWaiting() {
        Chat chat = pimAsksWhetherHisSpongeWillDo(Chat.coaching("ola"),
                "it's the only one in the house, the others went in the bin");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
