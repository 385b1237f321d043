package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking someone to go over one's own attempt because it still goes wrong ("would you watch my serve video? I keep
 * missing the second serve") is help sought, as a fault report is: the difficulty told says why the look is asked
 * for. It is no call to look at one's work for its own sake, so no ask made without giving. A look asked at one's work
 * with no setback told, or at a channel that keeps losing its audience, is still an ask.
 */
class SetbackReviewAskedTest {
    private static final SelfPromotionDetector DETECTOR = new SelfPromotionDetector();

    private static boolean asks(String text) {
        return DETECTOR.analyse(text).engagementAsk();
    }

    @Test
    void aLookAskedAtOnesAttemptWithASetbackToldIsHelpSought() {
        assertThat(asks("could you check my chess game from friday? your tips were useful, yet I still lost the "
                + "endgame")).isFalse();
        assertThat(asks("would you watch my serve video when you have a sec? the drills were useful, but I keep "
                + "missing the second serve")).isFalse();
    }

    @Test
    void aLookAskedAtOnesWorkWithNoSetbackOrAtALostAudienceIsStillAnAsk() {
        assertThat(asks("could you check my tennis video from saturday? took it at the club courts")).isTrue();
        assertThat(asks("can you check out my channel? I keep losing subs lately")).isTrue();
    }

    @Test
    void aReviewOfOnesAttemptAskedWithItsSetbackOfSomeoneNeverAnsweredIsNoColdAsk() {
        Chat chat = Chat.builder("ines").promoDetector(new SelfPromotionDetector()).build();
        chat.say("teodor", "clubhouse", "off to the coast for a week, no coaching from me till the 20th");
        chat.later(Duration.ofDays(2));
        chat.mention("ines", "clubhouse", "teodor", "after your trip, would you watch my serve video? the drills "
                + "were useful, but I keep missing the second serve");
        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }

    @Test
    void theSameLookAskedAtOnesNewWorkWithNoSetbackIsStillAColdAsk() {
        Chat chat = Chat.builder("ines").promoDetector(new SelfPromotionDetector()).build();
        chat.say("teodor", "clubhouse", "off to the coast for a week, no coaching from me till the 20th");
        chat.later(Duration.ofDays(2));
        chat.mention("ines", "clubhouse", "teodor", "after your trip, would you watch my tennis video? took it at "
                + "the club courts on saturday");
        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).isNotEmpty();
    }
}
