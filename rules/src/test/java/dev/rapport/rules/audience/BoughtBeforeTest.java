package dev.rapport.rules.audience;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoughtBeforeTest {

    @Test
    void sayingYouBoughtFromThemIsACustomersWord() {
        assertThat(BoughtBefore.is("hey! we ordered from you at Christmas, are you doing hampers again?")).isTrue();
        assertThat(BoughtBefore.is("I got my first wool rug off you two years ago")).isTrue();
        assertThat(BoughtBefore.is("I bought your autumn candle and the whole flat smells of it")).isTrue();
    }

    /** A service is bought by booking or hiring it: what the one spoken to supplies, booked before, is a purchase. */
    @Test
    void bookingOrHiringWhatTheySupplyIsACustomersWord() {
        assertThat(BoughtBefore.is("@Wren we booked your sound crew for the harvest dance, same again in October?"))
                .isTrue();
        assertThat(BoughtBefore.is("I hired your big gazebo for the plant sale two years back")).isTrue();
    }

    /** A seat or a table booked for them is a favour, and "booked your crew yet?" asks whether they did. */
    @Test
    void aPlaceBookedForThemOrAQuestionAboutBookingIsNoPurchase() {
        assertThat(BoughtBefore.is("I booked your seats for the harvest dance, you owe me a pint")).isFalse();
        assertThat(BoughtBefore.is("booked your sound crew yet? the dance is close")).isFalse();
        assertThat(BoughtBefore.is("my sister hired your gazebo and loved it")).isFalse();
    }

    /** Chat drops the "I": a sentence that opens with the buying is the writer's own. */
    @Test
    void aPurchaseToldWithoutTheIIsTheWritersToo() {
        assertThat(BoughtBefore.is("morning! bought my rain cover from you in April and the zip has gone, "
                + "can it be fixed?")).isTrue();
        assertThat(BoughtBefore.is("Ordered two of your oat loaves last week. Any chance of rye on Friday?")).isTrue();
    }

    /** A message that opens with the seller's name drops the "I" after it as after a full stop. */
    @Test
    void aPurchaseToldRightAfterTheSellersNameIsTheWritersToo() {
        assertThat(BoughtBefore.is("@Wren Talbot got my brass compass off you at the autumn market, "
                + "do you have the pocket one too?")).isTrue();
        assertThat(BoughtBefore.is("<@4242> ordered two of your linen aprons in June. any in rust yet?")).isTrue();
    }

    /** After the name, someone else's purchase or a question about buying stays what it is. */
    @Test
    void afterTheSellersNameSomeoneElsesPurchaseOrAQuestionIsNot() {
        assertThat(BoughtBefore.is("@Wren Talbot my cousin got her compass off you, she loves it")).isFalse();
        assertThat(BoughtBefore.is("@Wren ordered from you before? is the post quick")).isFalse();
    }

    /** Left out, the "I" is not assumed where the sentence asks, or where someone else bought. */
    @Test
    void withoutTheIAQuestionOrSomeoneElsesPurchaseIsNot() {
        assertThat(BoughtBefore.is("ordered your new seed trays yet? they sell out fast")).isFalse();
        assertThat(BoughtBefore.is("my neighbour bought her hammock from you, she loves it")).isFalse();
    }

    /** A purchase from the seller's shop or stall is a purchase from them. */
    @Test
    void buyingFromTheirShopIsBuyingFromThem() {
        assertThat(BoughtBefore.is("got my seed potatoes from your stall at the fair, half of them were soft")).isTrue();
        assertThat(BoughtBefore.is("we ordered the oak board from your online shop, any chance of a second?")).isTrue();
    }

    /** What came from their site or their post is a word passed on, not a purchase; nor is someone else's shop. */
    @Test
    void aWordFromTheirSiteOrAnotherShopIsNoPurchase() {
        assertThat(BoughtBefore.is("got the sourdough method from your site, it finally rose")).isFalse();
        assertThat(BoughtBefore.is("got my seed potatoes from the stall by the station")).isFalse();
    }

    /** Offering to pay says the work talked of is paid work, as a price asked does; a thanks paid forward does not. */
    @Test
    void offeringToPayTalksOfPaidWork() {
        assertThat(BoughtBefore.payTalked(
                "any chance you could redo the corner before winter? glad to pay for the repair")).isTrue();
        assertThat(BoughtBefore.payTalked("we'd pay for a second coat if it needs one")).isTrue();
        assertThat(BoughtBefore.payTalked("you saved my evening, I'll pay it forward")).isFalse();
        assertThat(BoughtBefore.payTalked("thanks for the tip, the shelves look great")).isFalse();
    }

    @Test
    void buyingElsewhereOrAskingWhereToBuyIsNot() {
        assertThat(BoughtBefore.is("I bought mine from the hardware shop, do you want the link?")).isFalse();
        assertThat(BoughtBefore.is("have you ordered the new brushes yet?")).isFalse();
        assertThat(BoughtBefore.is("where did you get your gazebo from?")).isFalse();
    }

    /** A purchase told without saying from whom: whose it was depends on whom it is told to. */
    @Test
    void buyingAThingWithoutSayingFromWhomIsAPurchase() {
        assertThat(BoughtBefore.boughtIt("I bought the linen apron in October and a strap came loose, "
                + "could you mend it?")).isTrue();
        assertThat(BoughtBefore.boughtIt("@Tove Marr got your lantern kit on Monday, thanks! one screw short "
                + "though")).isTrue();
        assertThat(BoughtBefore.boughtIt("we ordered this teapot in grey for my mum")).isTrue();
    }

    /** Getting someone's words is no purchase, nor is asking whether someone else bought. */
    @Test
    void gettingAMessageOrAskingWhetherOthersBoughtIsNot() {
        assertThat(BoughtBefore.boughtIt("got your message, I'll look at the sketch tonight")).isFalse();
        assertThat(BoughtBefore.boughtIt("@Tove Marr got your point about the kerning, fair")).isFalse();
        assertThat(BoughtBefore.boughtIt("ordered the new linen aprons yet? they go fast")).isFalse();
        assertThat(BoughtBefore.boughtIt("my cousin bought the grey teapot at the fair")).isFalse();
    }

    /** A run of lessons or sessions booked is paid time bought: whose it was depends on whom it is told to. */
    @Test
    void bookingARunOfSessionsIsAPurchase() {
        assertThat(BoughtBefore.servedBy("Great first lesson with @Ivo Kett today. Booking the course of six!"))
                .isTrue();
        assertThat(BoughtBefore.servedBy("I've booked another two sessions for June, see you then")).isTrue();
        assertThat(BoughtBefore.servedBy("we're booking a block of four for the kids")).isTrue();
    }

    /** A call or a meeting booked buys nothing, and asking whether someone booked is no booking. */
    @Test
    void bookingACallOrAskingAboutABookingIsNot() {
        assertThat(BoughtBefore.servedBy("I've booked a call with the printers for Tuesday")).isFalse();
        assertThat(BoughtBefore.servedBy("booked the meeting room for our planning chat")).isFalse();
        assertThat(BoughtBefore.servedBy("booked the block of three yet? the dates are out")).isFalse();
        assertThat(BoughtBefore.servedBy("my brother booked a course of six with the club")).isFalse();
    }

    /** Work the one spoken to did for the writer, or made or sold them: only their customer tells it so. */
    @Test
    void workDoneForTheWriterIsACustomersWord() {
        assertThat(BoughtBefore.servedBy("you did our loft bedroom last spring, could you look at the hallway too?"))
                .isTrue();
        assertThat(BoughtBefore.servedBy("@Noor Bakri you cut my hair in March and everyone asks who did it"))
                .isTrue();
        assertThat(BoughtBefore.servedBy("you guys made us a three-tier cake for the christening, "
                + "do you do cupcakes?")).isTrue();
        assertThat(BoughtBefore.servedBy("the oak bench you built for us is still perfect")).isTrue();
        assertThat(BoughtBefore.servedBy("we hired you for the garden two summers ago")).isTrue();
        assertThat(BoughtBefore.servedBy("you taught my son last term and he wants to carry on")).isTrue();
    }

    /**
     * Drawings named, then drawn by the one spoken to for the writer ("the maps you drew for our guidebook"), are work
     * done for them as a bench built for them is; "you drew us a map" gives directions as often as it sells one.
     */
    @Test
    void drawingsNamedAndDrawnForTheWriterAreWorkDoneForThem() {
        assertThat(BoughtBefore.servedBy("the trail maps you drew for our guidebook sold out the print run")).isTrue();
        assertThat(BoughtBefore.servedBy("those labels you illustrated for us won a prize at the show")).isTrue();
        assertThat(BoughtBefore.servedBy("you drew us a map to the campsite, we found it easily")).isFalse();
        assertThat(BoughtBefore.servedBy("the cartoon you drew of the mayor made me laugh")).isFalse();
    }

    /** Thanks, help between equals and someone else's job are no work bought. */
    @Test
    void thanksHelpOrSomeoneElsesJobIsNot() {
        assertThat(BoughtBefore.servedBy("you made my day with that photo")).isFalse();
        assertThat(BoughtBefore.servedBy("you fixed my bug last week, owe you one")).isFalse();
        assertThat(BoughtBefore.servedBy("you did my head in with that riddle")).isFalse();
        assertThat(BoughtBefore.servedBy("you did my neighbour's roof, right? she said you were quick")).isFalse();
        assertThat(BoughtBefore.servedBy("you taught me the trick with the clamps, cheers")).isFalse();
        assertThat(BoughtBefore.servedBy("can you fix my bike before Saturday?")).isFalse();
    }

    /** A visit or a use told in the past with a remedy asked for is a buyer's; a policy question is not. */
    @Test
    void aVisitGoneWrongWithARemedyAskedIsACustomersWord() {
        assertThat(BoughtBefore.servedBy("we played the lighthouse room on Friday and the last lock jammed, "
                + "any chance of a rebook?")).isTrue();
        assertThat(BoughtBefore.servedBy("I tried the tasting menu on Sunday and half of it was cold. "
                + "could we get a partial refund?")).isTrue();
        assertThat(BoughtBefore.servedBy("we played the lighthouse room on Friday, loved it")).isFalse();
        assertThat(BoughtBefore.servedBy("do you do refunds if we have to cancel?")).isFalse();
        assertThat(BoughtBefore.servedBy("did you get a refund from the supplier in the end?")).isFalse();
    }
    /** The seller's work named to them by their name, made for the writer's own thing, is a client's word too. */
    @Test
    void workNamedByTheMakersNameForTheWritersOwnThingIsACustomersWord() {
        assertThat(BoughtBefore.servedBy("the walnut table @Ana Ruiz built for our kitchen is still the best thing "
                + "we own")).isTrue();
        assertThat(BoughtBefore.servedBy("that sign you painted for my cafe still gets compliments")).isTrue();
        assertThat(BoughtBefore.servedBy("the walnut table @Ana Ruiz built for her sister is gorgeous")).isFalse();
        assertThat(BoughtBefore.servedBy("the bench you built for the club is lovely")).isFalse();
        assertThat(BoughtBefore.servedBy("the joke you made for my sake was kind")).isFalse();
    }

    /** Having come to the seller's own class or course, told to them, is their client's word; another's visit is not. */
    @Test
    void comingToTheSellersClassIsACustomersWord() {
        assertThat(BoughtBefore.servedBy("went to your Thursday pottery class and my hands still ache")).isTrue();
        assertThat(BoughtBefore.servedBy("@Ana Ruiz came to one of your workshops in May, when's the next?")).isTrue();
        assertThat(BoughtBefore.servedBy("we attended your weekend course and loved it")).isTrue();
        assertThat(BoughtBefore.servedBy("my neighbour went to your pottery class, says it's great")).isFalse();
        assertThat(BoughtBefore.servedBy("did you go to your class on Thursday?")).isFalse();
        assertThat(BoughtBefore.servedBy("went to your talk at the library, very interesting")).isFalse();
    }

    /** Paying for a thing's use is buying it: a licence, a rental or a lease taken from the one spoken to. */
    @Test
    void licensingOrRentingFromThemIsACustomersWord() {
        assertThat(BoughtBefore.is("@Ines Park we licensed your slab serif from you in 2024 for the packaging, "
                + "does that cover print runs abroad?")).isTrue();
        assertThat(BoughtBefore.is("rented the long trailer off you last summer, is it free in June?")).isTrue();
        assertThat(BoughtBefore.is("we licensed your photo of the pier for our menu")).isTrue();
    }

    /** The same verbs for someone else's licence, or asked about, say nothing of the writer. */
    @Test
    void someoneElsesLicenceOrAQuestionAboutOneIsNot() {
        assertThat(BoughtBefore.is("my old agency licensed it from you, I think?")).isFalse();
        assertThat(BoughtBefore.is("has anyone licensed a font from you lot at the co-op before?")).isFalse();
        assertThat(BoughtBefore.is("licensed anything from you yet?")).isFalse();
    }

    /** A past client back for more: the work done for them named to its maker, and a price asked for the next job. */
    @Test
    void workDoneForTheWriterAndAPriceAskedIsARepeatJob() {
        assertThat(BoughtBefore.repeatJob("@Noor Aziz hi! you printed our opening flyers in March. could you "
                + "do a second run for the summer sale? what would that cost?")).isTrue();
        assertThat(BoughtBefore.repeatJob("you painted my van two summers ago and folk still ask about it. how much would "
                + "the trailer be?")).isTrue();
        assertThat(BoughtBefore.repeatJob("you guys built our decking in 2023, can we get a quote for a pergola?"))
                .isTrue();
    }

    /**
     * The same verbs in a supposition, about a third party's work or asked of someone ("who printed your
     * invitations?"), or a price asked with no work done for the writer, are a prospect's or a friend's words.
     */
    @Test
    void aSuppositionAThirdPartyOrAPriceAloneIsNoRepeatJob() {
        assertThat(BoughtBefore.repeatJob("if you printed our menus, what would that cost?")).isFalse();
        assertThat(BoughtBefore.repeatJob("who printed your invitations? how much were they?")).isFalse();
        assertThat(BoughtBefore.repeatJob("you painted our neighbours' gate, what would ours cost?")).isFalse();
        assertThat(BoughtBefore.repeatJob("you made my day! what would a custom logo cost?")).isFalse();
        assertThat(BoughtBefore.repeatJob("what would it cost to print 60 cards?")).isFalse();
        assertThat(BoughtBefore.repeatJob("you printed our invitations last spring, they were lovely")).isFalse();
    }

    /** Saying one pays for what the other offers is a customer's word, whatever the thing is called. */
    @Test
    void sayingOnePaysForWhatTheyOfferIsACustomersWord() {
        assertThat(BoughtBefore.payingMember("been a paying reader since the first winter issue, is there an index?"))
                .isTrue();
        assertThat(BoughtBefore.payingMember("as a paid member, can I still get the old recordings?")).isTrue();
        assertThat(BoughtBefore.payingMember("I'm a long-time paying client and the last invoice looks off"))
                .isTrue();
    }

    /** A membership somewhere else, or paying talked of without being one, says nothing of whose customer. */
    @Test
    void aMembershipElsewhereOrPayingTalkIsNoCustomersWord() {
        assertThat(BoughtBefore.payingMember("I'm a paying member of the climbing wall, is yours cheaper?")).isFalse();
        assertThat(BoughtBefore.payingMember("how many paying subscribers do you need before it's worth it?")).isFalse();
        assertThat(BoughtBefore.payingMember("paid members get the recordings, free ones get the notes")).isFalse();
    }

    /** "quote" asked of the other for a job is a price asked, as "a quote" is. */
    @Test
    void aQuoteAskedForAJobTalksOfPay() {
        assertThat(BoughtBefore.payTalked("could you quote for the side fence as well?")).isTrue();
        assertThat(BoughtBefore.payTalked("can you quote us for weekly visits from May?")).isTrue();
    }

    /** "quote" as citing words asks no price. */
    @Test
    void quotingWordsTalksOfNoPay() {
        assertThat(BoughtBefore.payTalked("can you quote me on that in the write-up?")).isFalse();
        assertThat(BoughtBefore.payTalked("could you quote the rule you mean?")).isFalse();
    }
}
