package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trader's notice with the page where it is taken up is an offer to the room, though it names no price and says no
 * "my": stock one has just listed, places left on one's own thing or desks free to let, cash paid for people's things.
 * Without its page, asked as a question, a club's places counted down, or money someone handed over, it offers nothing.
 */
class TradeNoticeTest {
    private final SelfPromotionDetector detector = new SelfPromotionDetector();

    @Nested
    class Detector {
        @Test
        void stockJustListedWithItsPageIsATradeNotice() {
            assertThat(detector.analyse("Just listed five enamel jugs and a copper kettle: https://jugs.example/new")
                    .promotional()).isTrue();
            assertThat(detector.cues("I've just listed three framed prints, all at https://prints.example/shop"))
                    .contains(Cue.TRADE_NOTICE);
        }

        @Test
        void placesLeftOnOnesOwnThingOrDesksFreeWithTheirPageAreATradeNotice() {
            assertThat(detector.cues("Our pottery weekend has four seats left, 3-4 May: https://kilnhouse.example/weekend"))
                    .contains(Cue.TRADE_NOTICE);
            assertThat(detector.cues("Studio desks free from March, daylight and wifi: https://deskshare.example/studio"))
                    .contains(Cue.TRADE_NOTICE);
        }

        @Test
        void cashPaidForPeoplesThingsWithItsPageIsATradeNotice() {
            assertThat(detector.analyse("Old film cameras wanted, cash paid, collection free: https://camerabuy.example")
                    .promotional()).isTrue();
            assertThat(detector.cues("Top prices paid for vinyl collections https://records.example/sell"))
                    .contains(Cue.TRADE_NOTICE);
        }

        @Test
        void withoutItsPageAsAQuestionNotOnesOwnOrAsMoneyHandedOverItIsNoNotice() {
            assertThat(detector.cues("two seats left in the car for Saturday, shout if you want one"))
                    .doesNotContain(Cue.TRADE_NOTICE);
            assertThat(detector.cues("any desks free next week? https://deskshare.example/studio"))
                    .doesNotContain(Cue.TRADE_NOTICE);
            assertThat(detector.cues("the club coach has 6 seats left, names on https://club.example/trip"))
                    .doesNotContain(Cue.TRADE_NOTICE);
            assertThat(detector.cues("no seats left on our coach sadly, the list is here https://club.example/trip"))
                    .doesNotContain(Cue.TRADE_NOTICE);
            assertThat(detector.cues("I just listed the files in that folder: https://paste.example/abc"))
                    .doesNotContain(Cue.TRADE_NOTICE);
            assertThat(detector.cues("the cash paid out by the fund is listed at https://fund.example/report"))
                    .doesNotContain(Cue.TRADE_NOTICE);
            assertThat(detector.cues("trailing spaces left in the config broke it, see https://paste.example/x"))
                    .doesNotContain(Cue.TRADE_NOTICE);
        }
    }

    @Nested
    class Rule {
        private Chat twoDays(String first, String second) {
            Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
            chat.say("bo", "glaze-talk", "morning all");
            chat.later(Duration.ofHours(1));
            chat.say("ana", "glaze-talk", first);
            chat.later(Duration.ofDays(2));
            chat.say("ana", "studio-chat", second);
            return chat.finish();
        }

        @Test
        void placesOnOnesOwnWeekendPushedOnTwoDaysAreSelfPromotion() {
            Chat chat = twoDays("Our raku weekend has four seats left, 3-4 May: https://kilnhouse.example/weekend",
                    "Only two seats left now! https://kilnhouse.example/weekend");
            assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
        }

        @Test
        void theClubsSeatsCountedDownWithItsListAreNotSelfPromotion() {
            Chat chat = twoDays("The club's raku trip has four seats left, names on https://kilnclub.example/trip",
                    "Only two seats left now! https://kilnclub.example/trip");
            assertThat(chat.findings(PROMO_SELF)).isEmpty();
        }
    }
}
