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

    private static Chat realWords() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void aServiceWithACallToBookIsASaleToSomeoneJustMet() {
        Chat chat = realWords();
        chat.say("bob", "general", "Just opened the doors on my little ceramics shop this month.");
        chat.later(Duration.ofMinutes(20));
        chat.mention("ana", "general", "bob", "Congrats @bob! I run a bookkeeping agency and we've saved new shops "
                + "hours every month. Let's jump on a 20-minute call this week: https://ledgerly.example/book");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
        assertThat(chat.findings(dev.rapport.rules.rule.RuleId.ONEWAY_ASKS)).isEmpty();
    }

    @Test
    void askingSomeoneJustMetToFollowAndShareIsAnAskNotASale() {
        Chat chat = realWords();
        chat.say("bob", "general", "Just opened the doors on my little ceramics shop this month.");
        chat.later(Duration.ofMinutes(20));
        chat.mention("ana", "general", "bob", "Congrats @bob! Would you mind following my studio page and sharing "
                + "my latest post? https://pics.example/ana-studio");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }
}
