package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An availability notice, one's own dates said to be free with a link to one's own work, is an advert for one's
 * services though it names no price: posted unasked on two days of a week it is the week's habit of promotion. The
 * same dates given to someone who asked whether one is free, an event that costs nothing, a favour offered, a question
 * about someone's dates, or the business's own team in its own server, promote nothing of one's own.
 */
class AvailabilityNoticeTest {
    private final SelfPromotionDetector detector = new SelfPromotionDetector();

    @Nested
    class Detector {
        @Test
        void onesOwnDatesSaidFreeWithALinkToOnesWorkAreAnAvailabilityNotice() {
            assertThat(detector.cues("I'm free on 12 and 19 October for shoots: https://lenswork.example/gallery"))
                    .contains(Cue.OPEN_DATES);
            assertThat(detector.cues("Diary update: available for christenings on Saturdays in June. lenswork.example"))
                    .contains(Cue.OPEN_DATES);
            assertThat(detector.analyse("The 12th has gone! Still free on the 19th. https://lenswork.example/gallery")
                    .selfPromotion()).isTrue();
        }

        @Test
        void anEventThatCostsNothingAQuestionAFavourOrABookingServiceIsNoNotice() {
            assertThat(detector.cues("Free on Saturday: plant swap at the library, https://greenshelf.example/swap"))
                    .doesNotContain(Cue.OPEN_DATES);
            assertThat(detector.cues("Free for members on Tuesdays in March: https://greenshelf.example/garden"))
                    .doesNotContain(Cue.OPEN_DATES);
            assertThat(detector.cues("are you free on the 19th? https://lenswork.example/gallery"))
                    .doesNotContain(Cue.OPEN_DATES);
            assertThat(detector.cues("I'm free on Sunday if anyone needs a hand with the stall https://lenswork.example"))
                    .doesNotContain(Cue.OPEN_DATES);
            assertThat(detector.cues("I'm free on Thursday, pick a time: https://calendly.com/someone"))
                    .doesNotContain(Cue.OPEN_DATES);
            assertThat(detector.cues("I'm not free on the 19th, sorry: https://lenswork.example/gallery"))
                    .doesNotContain(Cue.OPEN_DATES);
            assertThat(detector.cues("I'm free to chat on Monday: https://lenswork.example/gallery"))
                    .doesNotContain(Cue.OPEN_DATES);
        }
    }

    @Nested
    class Rule {
        private Chat chat() {
            return Chat.builder("noor").promoDetector(new SelfPromotionDetector()).build();
        }

        @Test
        void onesOpenDatesWithOnesGalleryPostedUnaskedOnTwoDaysAreSelfPromotion() {
            Chat chat = chat();
            chat.say("ivo", "client-requests", "Looking for a photographer for a christening on 4 October, any ideas?");
            chat.later(Duration.ofHours(20));
            chat.say("noor", "client-requests",
                    "Diary update: free for portraits on 12 and 19 October. https://lenswork.example/gallery");
            chat.later(Duration.ofDays(2));
            chat.say("noor", "client-requests", "The 12th has gone! Still free on the 19th. https://lenswork.example/gallery");
            chat.later(Duration.ofDays(6));
            assertThat(chat.finish().findings(PROMO_SELF)).isNotEmpty();
        }

        @Test
        void theSameDatesGivenToThoseWhoAskedWhetherOneIsFreeAreAnswers() {
            Chat chat = chat();
            MessageId ivo = chat.say("ivo", "client-requests", "Anyone free on 12 October for a family portrait?");
            chat.later(Duration.ofMinutes(20));
            chat.reply("noor", "client-requests", ivo, "ivo",
                    "I'm free on 12 October, my recent portraits: https://lenswork.example/gallery");
            chat.later(Duration.ofDays(2));
            MessageId pia = chat.say("pia", "client-requests", "Is anyone available on the 19th for a christening?");
            chat.later(Duration.ofMinutes(20));
            chat.reply("noor", "client-requests", pia, "pia",
                    "I'm available on the 19th, have a look: https://lenswork.example/christenings");
            chat.later(Duration.ofDays(6));
            assertThat(chat.finish().findings(PROMO_SELF)).isEmpty();
        }

        @Test
        void theStudiosOwnTeamGivingItsOpenDatesInItsOwnServerIsNotCoached() {
            Chat chat = Chat.builder("noor").promoDetector(new SelfPromotionDetector())
                    .defaultRoles(Map.of("Customer", Audience.CUSTOMER, "Team", Audience.IGNORE)).build();
            chat.sayWithRoles("noor", "studio-news", Set.of("Team"),
                    "We're free for portraits on 12 and 19 October. https://lenswork.example/gallery");
            chat.later(Duration.ofDays(2));
            chat.sayWithRoles("noor", "studio-news", Set.of("Team"),
                    "We're still free on the 19th. https://lenswork.example/gallery");
            chat.later(Duration.ofDays(6));
            assertThat(chat.finish().findings(PROMO_SELF)).isEmpty();
        }
    }
}
