package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.text.Ownership;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sale named for a day of the calendar ("Father's Day sale") is one's own sale, not someone else's thing passed on;
 * and one's shop link pushed with it again and again is two habits at once: pushing one's work and reposting a link.
 */
class HolidaySaleTest {

    @Test
    void aPossessiveThatNamesADayClaimsNothingForSomeoneElse() {
        assertThat(Ownership.someoneElses("Father's Day sale starts now, 15% off everything")).isFalse();
        assertThat(Ownership.someoneElses("New Year's Eve bundle is live")).isFalse();
        assertThat(Ownership.someoneElses("Priya's daybook template is great, grab it")).isTrue();
    }

    @Test
    void theSameShopLinkPushedWithAHolidaySaleThreeTimesIsBothHabits() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("bo", "lounge", "morning all");
        chat.later(Duration.ofHours(1));
        chat.say("ana", "lounge", "Father's Day sale is live: 15% off all wallets with code DAD15 https://ana-leather.example/shop");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "news", "code DAD15 still works, 15% off https://ana-leather.example/shop");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "lounge", "final day for DAD15! https://ana-leather.example/shop?ref=share");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
        assertThat(chat.findings(LINKS_REPEAT)).isNotEmpty();
    }

    @Test
    void aLinkPostedOnceWithTheSaleIsNoRepeat() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("bo", "lounge", "morning all");
        chat.later(Duration.ofHours(1));
        chat.say("ana", "lounge", "Father's Day sale is live: 15% off all wallets with code DAD15 https://ana-leather.example/shop");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "lounge", "anyone tried the new stitching awls from the market?");
        chat.finish();
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }
}
