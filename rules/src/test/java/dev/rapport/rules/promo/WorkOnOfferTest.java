package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.text.Hiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paid work posted to a room by whoever has to fill it, worded as on offer rather than as needed ("Saturday shifts
 * available at the depot, £13/hr", "temp warehouse role from Monday, £95/day"), is a job notice: the rate is what the
 * reader would earn, so it sells nothing of the writer's, as "cover needed" does not. Someone offering their own time
 * at a rate, or wanting such a post, is not filling one.
 */
class WorkOnOfferTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Saturday shifts available at the depot, £13/hr, message me",
            "Two days going at the garden centre next week, £110/day, drop me a line",
            "Temporary warehouse role from the 3rd, four weeks, £95/day. Message me if you fancy it",
            "Part-time kitchen porter job, evenings, $17 an hour, DM me",
            "long term lab technician placement starting in May, €120 per day"
    })
    void paidWorkPutOnOfferIsHiring(String text) {
        assertThat(Hiring.offersWork(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I'm after a temporary warehouse role, £95/day minimum, message me",
            "available for a fixed-term contract from May, £300/day, DM me",
            "my diary has two days available next week for bookkeeping, £200/day, DM me",
            "any shifts going at the depot? happy with £13/hr",
            "Temporary warehouse role from the 3rd, four weeks, message me",
            "piano lessons £30/hr, weekday slots open, DM me"
    })
    void onesOwnTimeAWishForWorkOrNoPayIsNot(String text) {
        assertThat(Hiring.offersWork(text)).as(text).isFalse();
    }

    @Test
    void staysQuietForShiftsPostedToTheRoomTwiceInAWeek() {
        Chat chat = Chat.builder("tom").promoDetector(new SelfPromotionDetector()).build();
        chat.say("tom", "work-board", "Saturday shifts available at the depot, £13/hr, message me");
        chat.later(Duration.ofDays(3));
        chat.say("tom", "work-board", "Temporary warehouse role from the 3rd, four weeks, £95/day. Message me if keen");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void firesForOnesOwnDaysOfferedToTheRoomTwiceInAWeek() {
        Chat chat = Chat.builder("tom").promoDetector(new SelfPromotionDetector()).build();
        chat.say("tom", "work-board", "my diary has two days available next week for bookkeeping, £200/day, DM me");
        chat.later(Duration.ofDays(3));
        chat.say("tom", "work-board", "still got a day free for bookkeeping, £200/day, DM me");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void firesWhenTheSameWorkIsSentPrivatelyToSomeoneWhoAskedForNothing() {
        Chat chat = Chat.builder("tom").promoDetector(new SelfPromotionDetector()).build();
        chat.say("amy", "general", "hi all, new here, just moved to the area");
        chat.later(Duration.ofHours(3));
        chat.direct("tom", "dm-tom-amy", "amy", "Saturday shifts available at the depot, £13/hr, message me");
        chat.finish();
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }
}
