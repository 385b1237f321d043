package dev.rapport.rules.promo;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detector in a community of small businesses, where shop talk is everyday talk: for each way shops pitch, a
 * message that is a pitch and a message that only talks about the trade.
 */
class BusinessChatPromotionTest {
    private final SelfPromotionDetector detector = new SelfPromotionDetector();

    private boolean promotional(String text) {
        return detector.analyse(text).promotional();
    }

    @Nested
    class BundleDeals {
        @ParameterizedTest
        @ValueSource(strings = {"Spring offer: buy 2 candles, get the third one free!",
                "buy one get one half price on all tote bags this week",
                "Mug clearance: 2 for €20 https://pottery.example/seconds",
                "Notebooks are back, three for 25 euros"})
        void aDealOnQuantityIsASalesPitch(String text) {
            assertThat(detector.analyse(text).salesPitch()).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"I bought 3 for €15 at the flea market, what a find",
                "do any of you run buy 2 get 1 free deals at markets?",
                "we sold 40 mugs at the fair, 12 for the café order alone"})
        void buyingAskingAndCountingAreNot(String text) {
            assertThat(promotional(text)).as(text).isFalse();
        }
    }

    @Nested
    class OwnThingsShownByTheirLink {
        @ParameterizedTest
        @ValueSource(strings = {"have a look at my restored kick wheel and tell your friends https://clayrescue.example/wheel",
                "lovely! check out mine too https://weavingnotes.example/loom-no-3",
                "follow my bakery on there as well https://socialsite.example/rosebakes"})
        void anAskToLookAtOnesOwnThingWithItsLinkIsAnAsk(String text) {
            assertThat(detector.analyse(text).engagementAsk()).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"can you check my kiln wiring? https://paste.example/kiln-wiring",
                "look at mine, same glaze crawl https://img.example/crawl.jpg",
                "check out my kick wheel, the belt slips https://forum.example/wheels/belt-slip",
                "grab my leftover clay, it's free to a good home https://clayrescue.example/leftovers"})
        void aQuestionAPictureAHelpLinkOrAThingToTakeAreNot(String text) {
            assertThat(detector.analyse(text).engagementAsk()).as(text).isFalse();
        }
    }

    @Nested
    class KeywordFunnels {
        @ParameterizedTest
        @ValueSource(strings = {"Tripled my bookings this year. DM me 'SCALE' and I'll send you the blueprint",
                "Three seats left in the mastermind, message me START before Sunday",
                "pm me the word LAUNCH for the free workshop"})
        void aKeywordToSendInPrivateIsASalesPitch(String text) {
            assertThat(detector.analyse(text).salesPitch()).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"DM me ASAP if the kiln alarm goes off again",
                "PM me PLEASE, my invoice template is broken",
                "dm me if you fancy splitting a stall at the fair",
                "does anyone DM me 'hello' and then vanish too?"})
        void askingForAMessageWithoutAKeywordIsNot(String text) {
            assertThat(detector.analyse(text).salesPitch()).as(text).isFalse();
        }
    }

    @Nested
    class CheckoutCodes {
        @ParameterizedTest
        @ValueSource(strings = {"Enter code CANDLELOVE at checkout for a free wick trimmer",
                "Free shipping this week with code SHIP4FREE",
                "The spring glaze set is in, take one home with code GLAZE10"})
        void aCodeToEnterWhenBuyingIsASalesPitch(String text) {
            assertThat(detector.analyse(text).salesPitch()).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"my checkout page keeps timing out, has anyone seen that with their shop platform?",
                "the code review took ages but the shop plugin works now",
                "the error code E1234 keeps coming back after the card reader update"})
        void talkingAboutCheckoutsAndCodeIsNot(String text) {
            assertThat(promotional(text)).as(text).isFalse();
        }
    }

    @Nested
    class Scarcity {
        @ParameterizedTest
        @ValueSource(strings = {"Pick one up before they're gone! https://quilts.example/shop",
                "Only 3 left of the walnut boards, grab one while stocks last",
                "Last chance to grab the winter sale prices, sale ends Sunday"})
        void urgencyWithAnAskOrAnOfferIsASalesPitch(String text) {
            assertThat(detector.analyse(text).salesPitch()).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"I have two left in my drawer, I'll bring them to the fair",
                "the last few weeks were slow for everyone, I think",
                "back up your photos before they're gone for good"})
        void talkingAboutStockOrTimeIsNot(String text) {
            assertThat(promotional(text)).as(text).isFalse();
        }
    }

    @Nested
    class ProductDrops {
        @Test
        void aNewProductAnnouncedWithAPriceIsASalesPitch() {
            assertThat(detector.analyse("Fresh batch of fig jam just landed 🍯 only €4.50 a jar").salesPitch()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"New question: where do you get your jars printed?",
                "New project: a shelf for my daughter's room",
                "the new glaze recipe just dropped off my list, too runny"})
        void aNewThingMentionedIsNot(String text) {
            assertThat(promotional(text)).as(text).isFalse();
        }
    }

    @Nested
    class PreOrders {
        @Test
        void preOrdersOpenIsASalesPitch() {
            assertThat(detector.analyse("Preorders for the spring planters are now open 🌱").salesPitch()).isTrue();
        }

        @Test
        void askingAboutPreOrdersIsNot() {
            assertThat(promotional("Do you take pre-orders for the fair or only sell on the day?")).isFalse();
        }
    }

    @Nested
    class Stock {
        @Test
        void stockAnnouncedWithAnOfferIsASalesPitch() {
            assertThat(detector.analyse("Linen aprons back in stock, summer sale prices until Friday").salesPitch())
                    .isTrue();
        }

        @Test
        void askingWhetherSomethingIsInStockIsNot() {
            assertThat(promotional("are the blue aprons back in stock yet?")).isFalse();
        }
    }

    @Nested
    class SupportAsks {
        @Test
        void aNewShopAskingForSupportIsSelfPromotion() {
            assertThat(detector.analyse("New candle shop is live, I'd love your support!").selfPromotion()).isTrue();
        }

        @Test
        void thankingForSupportIsNot() {
            assertThat(promotional("thanks everyone for the support at the market on Saturday")).isFalse();
        }
    }

    @Nested
    class ShopTalkIsNotAPitch {
        @Test
        void musingAboutHowLittleOneSellsIsNot() {
            assertThat(promotional("is a stall worth it if I only sell a handful of scarves?")).isFalse();
            assertThat(promotional("Not sure a website pays off when we sell maybe five bowls a month")).isFalse();
        }

        @Test
        void sellingInTheFirstPersonStillIs() {
            assertThat(detector.analyse("We sell hand-thrown planters, message me for prices").salesPitch()).isTrue();
        }

        @Test
        void askingWhereToBuySuppliesIsNot() {
            assertThat(promotional("where do you buy shipping boxes that don't look cheap?")).isFalse();
            assertThat(promotional("Anyone know where to buy wicks in bulk? The craft shop ones are pricey")).isFalse();
        }

        @Test
        void callingTheCrowdToBuyStillIs() {
            assertThat(detector.analyse("guys buy these mugs before the fair, please").salesPitch()).isTrue();
        }

        @Test
        void adviceWithALinkIsNot() {
            assertThat(promotional("Look at what similar scarves sell for, then add your hours. This cost "
                    + "calculator helped me a lot: https://craftcalc.example/costs")).isFalse();
        }

        @Test
        void sayingWhoseServerItIsIsNot() {
            assertThat(promotional("that is my server")).isFalse();
            assertThat(detector.analyse("this is my new server, come join us!").selfPromotion()).isTrue();
        }

        @Test
        void reportingAClickOnSubscribeIsNot() {
            assertThat(promotional("i click subscribe now, but it wont work")).isFalse();
            assertThat(detector.analyse("hit subscribe now for weekly videos!").selfPromotion()).isTrue();
        }

        @Test
        void aQuestionWithItsOwnSubjectIsNotAnAsk() {
            assertThat(promotional("does the linux itunes play my music")).isFalse();
            assertThat(detector.analyse("everyone play my music on spotify tonight").selfPromotion()).isTrue();
        }
    }
}
