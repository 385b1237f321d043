package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

class ColdSellRuleTest {

    @Test
    void firesOnAPitchInADirectMessageToSomeoneJustMet() {
        Chat chat = Chat.coaching("ana");
        chat.mention("ana", "general", "bob", "welcome bob!");
        chat.direct("ana", "dm-ana-bob", "[pitch] hey, my coaching package is 20% off this week");
        chat.direct("bob", "dm-ana-bob", "erm, thanks");
        chat.direct("ana", "dm-ana-bob", "[pitch] only 3 spots left");
        assertThat(chat.findings(SELL_COLD)).singleElement().satisfies(f -> {
            assertThat(f.evidence().counterparts()).hasSize(1);
            assertThat(f.evidence().counterparts().get(0)).startsWith("p-").doesNotContain("bob");
        });
    }

    @Test
    void staysQuietWhenTheRelationshipIsOlderThanAWeek() {
        Chat chat = Chat.coaching("ana");
        chat.mention("ana", "general", "bob", "how did the market go?");
        chat.later(Duration.ofDays(10));
        chat.mention("ana", "general", "bob", "[pitch] I have a stall to share at the next market, 40 a day");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }
}
