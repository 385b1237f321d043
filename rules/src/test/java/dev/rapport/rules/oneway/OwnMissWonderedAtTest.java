package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.TextFeatures;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Why didn't I try that sooner", said without a question mark to someone whose tip just worked, wonders at what the
 * writer missed: only the writer could say why, and the tip-giver owes nothing back. The same opening about the other
 * person, or about the writer's own past without a "not" or "never", still asks.
 */
class OwnMissWonderedAtTest {

    private static Chat tipTaken(String thanks) {
        Chat chat = Chat.coaching("ana", "bob");
        MessageId ask = chat.say("ana", "workshop", "any trick for getting dried paint off old brushes");
        chat.later(Duration.ofMinutes(20));
        MessageId tip = chat.reply("bob", "workshop", ask, "ana", "soak the bristles in warm soapy water overnight");
        chat.later(Duration.ofMinutes(30));
        chat.reply("ana", "workshop", tip, "bob", thanks);
        chat.later(Duration.ofHours(20)).say("bob", "garden", "first courgette of the year is the size of my thumb");
        chat.later(Duration.ofHours(20)).say("bob", "garden", "the slugs found the lettuce before I did");
        chat.later(Duration.ofHours(24));
        return chat;
    }

    @Test
    void wonderingAloudWhyOneMissedATipWaitsForNobody() {
        assertThat(tipTaken("Worked a treat. Why didn't I try that years ago").findings(ONEWAY_UNANSWERED)).isEmpty();
        assertThat(tipTaken("how did I never hear of this trick.").findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void theSameOpeningAboutTheOtherPersonStillWaits() {
        assertThat(tipTaken("Worked a treat. Why did you leave them overnight").findings(ONEWAY_UNANSWERED))
                .hasSize(1);
    }

    @Test
    void readsOnlyTheWritersOwnNegatedPastWithoutItsMark() {
        assertThat(TextFeatures.of("why hadn't I spotted the crack before").question()).isFalse();
        assertThat(TextFeatures.of("How have I not come across this shop").question()).isFalse();
        assertThat(TextFeatures.of("how did I do in the heats").question()).isTrue();
        assertThat(TextFeatures.of("why did I get two copies of the invoice").question()).isTrue();
        assertThat(TextFeatures.of("why didn't I get the newsletter this month?").question()).isTrue();
    }
}
