package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.text.Hiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone filling a job or a shift they need covered offers pay, not a sale: "cook needed Friday, £15/hr, DM me" is
 * hiring, and its bump the next day is the same job still open. The same words with the price of one's own service
 * ("tutoring £30/hr, DM me") sell it.
 */
class JobPostTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Line cook needed Fri 6pm-close, £15/hr, DM me",
            "still need someone to cover the Tuesday early, €20 an hour, message me",
            "we're hiring a part-time bookkeeper, $30/hr, DM me if interested",
            "looking for somebody to walk two labradors weekday lunchtimes, $18/walk, DM me"
    })
    void aJobTheWriterNeedsFilledIsHiring(String text) {
        assertThat(Hiring.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "need someone to fix your site? $40/hr, DM me",
            "if you need someone for your books, £30/hr, DM me",
            "no experience needed, the course is $49 this week, DM me",
            "stop hiring editors who ghost you. I edit for $40/hr, DM me",
            "guitar lessons £30/hr, DM me"
    })
    void aSellersOpenerOrTermsAreNotHiring(String text) {
        assertThat(Hiring.is(text)).as(text).isFalse();
    }

    @Test
    void aShiftPostedAndBumpedIsNotSelfPromotion() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("ana", "cover-requests", "Barista needed Sun 7am-1pm at the harbour café, £14/hr, DM me");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "cover-requests", "still need someone for Sunday at the harbour, £14/hr, DM me 🙏");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void onesOwnServicePostedTwiceAtAnHourlyRateStillSells() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("ana", "cover-requests", "Bookkeeping for small cafés, £25/hr, DM me");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "general", "still doing café bookkeeping at £25/hr, DM me 🙏");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }
}
