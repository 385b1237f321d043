package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promotion tip is the week's: two promotions in one week are a habit to tell, while one late in a week and one
 * early the next, each week's only one, are occasional mentions, though they fall within seven days.
 */
class OnePromotionAWeekTest {

    @Test
    void twoPromotionsInOneWeekAreThatWeeksTip() {
        Chat chat = Chat.coaching("ana");
        chat.later(Duration.ofDays(1));
        chat.say("ana", "general", "[promo] new batch of hand-thrown bowls in the shop");
        chat.later(Duration.ofDays(1));
        chat.say("ana", "general", "[promo] the bowls are 10% off till Sunday");
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }

    @Test
    void onePromotionLateInAWeekAndOneEarlyTheNextAreNoHabit() {
        Chat chat = Chat.coaching("ana");
        chat.later(Duration.ofDays(4));
        chat.say("ana", "general", "[promo] new batch of hand-thrown bowls in the shop");
        chat.later(Duration.ofDays(4));
        chat.say("ana", "general", "[promo] the bowls are 10% off till Sunday");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }
}
