package dev.rapport.rules.text;

import dev.rapport.rules.links.LinkExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A price with a call to book is an offer to buy, like a price with "DM me". */
class PitchTest {

    private static boolean pitch(String text) {
        return Pitch.is(text, LinkExtractor.extract(text));
    }

    @Test
    void aPriceWithABookingLinkIsAPitch() {
        assertThat(pitch("full shop audit for €199, better ranks in 30 days. Grab a slot: https://cal.com/ole/audit"))
                .isTrue();
        assertThat(pitch("portrait sessions from $90, book a call and we'll plan it")).isTrue();
    }

    @Test
    void aBookingLinkOrAPriceAloneIsNot() {
        assertThat(pitch("here's the calendar for Thursday's meetup: https://cal.com/club/meetup")).isFalse();
        assertThat(pitch("the new fees are $0.20 per listing, ouch")).isFalse();
    }

    @Test
    void aPricePutAsAnOfferingQuestionSellsButABuyersQuestionAboutPayingItDoesNot() {
        assertThat(Pitch.pricedQuestion("the blue kayak is €300 with the paddle, shall I keep it for you?")).isTrue();
        assertThat(Pitch.pricedQuestion("hello! the ceramics class is €40 right? can I pay in cash on the day?"))
                .isFalse();
        assertThat(Pitch.pricedQuestion("is the match ticket £12? how do we pay, at the gate?")).isFalse();
    }

    @Test
    void openSlotsWithAContactCallAreAnOfferOfOnesWork() {
        assertThat(pitch("heads up, my pet portrait slots for spring are open, 4 left, DM me to grab one")).isTrue();
        assertThat(pitch("taking commissions again! dm me if you want your own sticker design")).isTrue();
    }

    /** The same offer said the short, casual or misspelled ways people say it. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "comissions r open 🎨 dm for prices",
            "commisions open again!! 3 spots open, dm if interested",
            "commish open, sketch pages 25 quid, dm",
            "doing mixing n mastering 30€/track, hit me up",
            "hand-poured candles 8 bucks each, pm for scents",
            "open for work! logo + brand kits from 150 dollars, drop me a dm",
            "accepting orders for the winter scarves, whatsapp me",
            "sourdough loaves £6 each, message for orders 🍞"
    })
    void anOfferSaidCasuallyIsStillAnOffer(String post) {
        assertThat(pitch(post)).as(post).isTrue();
    }

    /** Contact calls and prices in talk that offers nothing: a question, a plan, something one bought. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "are ur commissions open? couldn't find the form",
            "anyone know a good comic artist? dm me names pls",
            "the fair has spots left for volunteers, ask at the desk",
            "what do you all charge per track? 30€ feels low",
            "lol my dog ate the charger again. dm"
    })
    void contactCallsOrPricesInTalkThatOffersNothingAreNot(String post) {
        assertThat(pitch(post)).as(post).isFalse();
    }

    @Test
    void openSlotsWithoutAContactCallOrAContactCallAloneAreNot() {
        assertThat(pitch("the workshop has 4 slots left, the organisers say")).isFalse();
        assertThat(pitch("dm me when you're back from the trip, I have questions")).isFalse();
    }

    @Test
    void onesOwnThingPricedWithItsLinkIsAnOffer() {
        assertThat(pitch("my cookbook Salt & Smoke is $3 until Friday: https://books.example/salt-smoke")).isTrue();
        assertThat(pitch("my sticker packs are now 99p each https://shop.example/stickers")).isTrue();
    }

    @Test
    void aPriceOneNamesOfWhatOneBoughtIsNot() {
        assertThat(pitch("I paid $40 for my tablet stand, worth it: https://stands.example/x2")).isFalse();
        assertThat(pitch("my old tablet was $300 and this one is better https://tabs.example/review")).isFalse();
    }

    @Test
    void aServiceOfOnesOwnWithACallToBookIsASalesCall() {
        assertThat(pitch("I run a small SEO agency, we help bakeries get found. Grab a 15-minute call: "
                + "https://seo.example/book")).isTrue();
        assertThat(pitch("the agency meetup moved to Thursday, details: https://meetups.example/agency")).isFalse();
    }

    @Test
    void askingWhoGivesAServiceAsksForAnOffer() {
        assertThat(OfferRequest.is("Does anyone here give piano lessons? My daughter wants to start")).isTrue();
        assertThat(OfferRequest.is("anyone teach watercolour online?")).isTrue();
    }

    @Test
    void askingWhatSomeoneGaveIsNot() {
        assertThat(OfferRequest.is("Did anyone go to the piano recital on Sunday?")).isFalse();
        assertThat(OfferRequest.is("does the library give out cards to visitors?")).isFalse();
    }
    /** A business calling someone's problem the one it solves, with a call to book, makes the call a sales call. */
    @Test
    void sayingYourBusinessSolvesTheirProblemWithACallToBookIsASalesCall() {
        assertThat(pitch("oh that's exactly what we fix, shipping labels and returns in one place. Grab 20 minutes "
                + "with me: https://calendly.com/someone/intro")).isTrue();
    }

    /** Saying what one fixed oneself, with a link to a meetup calendar, sells nothing. */
    @Test
    void sayingWhatYouDidYourselfWithACalendarLinkIsNot() {
        assertThat(pitch("we solved it by printing labels in batches on Sunday, see the meetup notes: "
                + "https://cal.com/club/meetup")).isFalse();
    }

    /** The family of "we fix that": "we" (or "exactly what I") with a verb of fixing, any object, a call to book. */
    @Test
    void aBusinessSayingItFixesTheProblemInOtherWordsWithACallToBookIsASalesCall() {
        assertThat(pitch("honestly that's precisely what I sort out for bakeries, book a slot: "
                + "https://calendly.com/someone/chat")).isTrue();
        assertThat(pitch("late invoices? we handle exactly this for studios. https://cal.com/acme/intro")).isTrue();
    }

    /** Fixing said as one's own past, or "what I need", with a calendar link, offers nothing. */
    @Test
    void fixingDoneOrWantedWithACalendarLinkIsNot() {
        assertThat(pitch("we fixed the leak ourselves in the end, notes from the meetup: https://cal.com/club/meetup"))
                .isFalse();
        assertThat(pitch("that's exactly what I need for Tuesday, the club calendar: https://cal.com/club/meetup"))
                .isFalse();
    }

    /** "Commissions" and "open" a few words apart, either way round, with a contact call: work offered. */
    @Test
    void commissionsSaidOpenInAnyOrderWithAContactCallAreAnOffer() {
        assertThat(pitch("good news, commissions finally open again for the summer, dm me")).isTrue();
        assertThat(pitch("I'm open for pet portrait commissions, DM me for a quote")).isTrue();
    }

    /** Commissions said to be closed, or not open yet, offer no room for a client, whatever contact call follows. */
    @Test
    void commissionsSaidClosedOrNotOpenAreNoOffer() {
        assertThat(pitch("sorry, commissions are not open till June, dm me if you wish to hear when they are"))
                .isFalse();
        assertThat(pitch("commissions closed for now, no longer taking any, dm me for the waitlist")).isFalse();
        assertThat(pitch("commissions are open again from June, dm me to book a spot")).isTrue();
    }

    @Test
    void aCommissionNamedWithoutSayingItIsOpenIsNot() {
        assertThat(pitch("the mural commission for the library is done! dm me if you want photos")).isFalse();
    }

    /** The call to book said as an order ("book here", "book now at"), with a price: a paid service offered. */
    @Test
    void aPriceWithBookHereOrBookNowIsASale() {
        assertThat(pitch("looks like a cracked joint. we fix those at Benchwork, 40 euros flat, book here "
                + "benchwork.test/fix")).isTrue();
        assertThat(pitch("tuning is $25 a bike this month. Book now at https://spokehouse.test/tune")).isTrue();
    }

    @Test
    void aBookMentionedWithAPriceIsNoCallToBook() {
        assertThat(pitch("the book here is $20 on the publisher's site, worth it")).isFalse();
    }

    /** A demo of one's product given or booked is a sales call, priced or not. */
    @Test
    void aDemoOfferedOrBookedIsASalesCall() {
        assertThat(pitch("we built Tallybird for exactly this, happy to show you a free demo: https://tallybird.test"))
                .isTrue();
        assertThat(pitch("book a quick demo of our scheduler and see it live")).isTrue();
        assertThat(pitch("we have demo slots open this week for the new planner")).isTrue();
    }

    @Test
    void aGamesFreeDemoIsPlayedNotBooked() {
        assertThat(pitch("the free demo is on the store page, I played it twice last night")).isFalse();
    }

    /** One's own thing offered at a price to the one spoken to, with no call to DM: in a DM the DM is the call. */
    @Test
    void aThingOfOnesOwnOfferedAtAPriceIsAPitch() {
        assertThat(pitch("I've got a serviced road bike for $300, could do $270 for you. want photos?")).isTrue();
        assertThat(pitch("yours for 40 quid if you want it")).isTrue();
        assertThat(pitch("can let it go for 60€ this week")).isTrue();
    }

    /**
     * Asking whether the other's thing is still to be had is what a buyer asks: a price beside it is what they would pay,
     * a bid for someone else's goods, in a DM or not.
     */
    @Test
    void aPriceBesideAskingWhetherTheirThingIsStillForSaleIsABidNotAnOffer() {
        assertThat(pitch("saw your tandem in the classifieds, is it still for sale? I can do £400 cash on Sunday"))
                .isFalse();
        assertThat(Pitch.pricedQuestion("is the green tent still available? could do €90 if that suits?")).isFalse();
    }

    /** A seller's own "still available" asks nothing, and with their price it is still their offer. */
    @Test
    void aSellersStillAvailableWithTheirPriceIsStillAnOffer() {
        assertThat(pitch("the tandem's still available, can do £400 for a quick sale")).isTrue();
        assertThat(Pitch.pricedQuestion("the tent is still available, €90 with the poles, want me to hold it?"))
                .isTrue();
    }

    /** Room left in one's diary ("slots free", "now booking") with one's booking page offers one's work. */
    @Test
    void freeSlotsOrBookingsOpenWithTheBookingPageAreAnOffer() {
        assertThat(pitch("Piano lessons: three Tuesday slots free, grade prep included, https://keys.example/book"))
                .isTrue();
        assertThat(pitch("nine of my pupils passed grade five this year. now booking: https://keys.example/book"))
                .isTrue();
    }

    /** Places, spaces or seats said open or left, with a call to book or a booking page, are room one sells. */
    @Test
    void placesOpenOrLeftWithACallToBookOrABookingPageAreAnOffer() {
        assertThat(pitch("Room on the spring glazing classes: 4 spaces open, book via https://claybarn.example/book"))
                .isTrue();
        assertThat(pitch("two seats left on Sunday's map-reading day: https://fellcraft.example/book")).isTrue();
    }

    /** Places said to be gone, or asked about, offer none, whatever page is beside them. */
    @Test
    void noPlacesLeftOrPlacesAskedAboutAreNoOffer() {
        assertThat(pitch("sorry, no places left on the glazing class now https://claybarn.example/book")).isFalse();
        assertThat(pitch("are there any seats left for Friday? https://theatre.example/book")).isFalse();
    }

    /** Slots named without a booking page or a call, or a booking page passed on with no room of one's own, are not. */
    @Test
    void freeSlotsWithNoBookingPageOrABookingPagePassedOnAreNot() {
        assertThat(pitch("two slots free on the Saturday ride if anyone wants to tag along")).isFalse();
        assertThat(pitch("the leisure centre's courts page moved: https://leisure.example/book")).isFalse();
    }

    @Test
    void aPriceOnceBoughtAtIsNoOffer() {
        assertThat(pitch("I got mine for $60 second hand, it's been great")).isFalse();
        assertThat(pitch("I paid $20 for the strap and it snapped in a week")).isFalse();
    }

    /** An offer's terms, as a sentence states them: a price in any of its spellings, or a share off. */
    @Test
    void aPriceOrAShareOffAreAnOffersTerms() {
        assertThat(Pitch.namesTerms("the starter kit is $30")).isTrue();
        assertThat(Pitch.namesTerms("40€ for both")).isTrue();
        assertThat(Pitch.namesTerms("25 Quid and it's yours")).isTrue();
        assertThat(Pitch.namesTerms("20% off through Sunday")).isTrue();
    }

    @Test
    void figuresThatAreNoPriceAreNoTerms() {
        assertThat(Pitch.namesTerms("check the keys on both tables, 3 of them were null")).isFalse();
        assertThat(Pitch.namesTerms("echo $PATH and paste the output")).isFalse();
    }

    /** What one's own studio does at a price, a service one does with a call to book, a priced slot to grab: offers. */
    @Test
    void ownWorkDoneAtAPriceAServiceDoneWithABookingAndASlotToGrabArePitches() {
        assertThat(pitch("cute! my bakery does party boxes, 12 cupcakes for $30 → https://bakery.example/boxes")).isTrue();
        assertThat(pitch("we do free garden design visits all over the county, book one here: https://garden.example/visit"))
                .isTrue();
        assertThat(pitch("I run 1:1 chess coaching, a 30 min video call is $40. Grab a slot here: "
                + "https://chess.example/ana")).isTrue();
    }

    @Test
    void whatAFriendsBakeryDoesOrAPlaceToGrabAtAFreeMeetupAreNot() {
        assertThat(pitch("my sister's bakery does party boxes too, ask them https://bakery.example")).isFalse();
        assertThat(pitch("we do meet on Thursdays, come along, grab a seat here: https://club.example/meet")).isFalse();
    }

    /**
     * Cents and pence in a seller's shape, a charm price or a rate per unit, are prices; a deal said to be taken in DMs
     * asks for contact.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "ebook bundles at 99c, DM me for the code",
            "I cut mounts for 60p a sheet, message me",
            "postcards 50c each, claim in DMs",
            "chilli oil £6 a jar, orders via DM"
    })
    void smallChangeAndDealsTakenToDmsMakeAnOffer(String post) {
        assertThat(pitch(post)).as(post).isTrue();
    }

    /**
     * A figure with c or p that is no price (a temperature, players, two cents), or DMs with no price, offers nothing.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "mine only rises at 24c, DM me if yours does the same",
            "we need a 4p game for Friday, dm if you're in",
            "just my 2c, but DM me and I'll explain",
            "let's move this chat to DMs, the thread is busy"
    })
    void smallFiguresThatAreNoPriceOrDmsWithoutAPriceAreNot(String post) {
        assertThat(pitch(post)).as(post).isFalse();
    }

    /**
     * A page named "book" on the writer's site, beside words that speak of a book to read, is the book's page: its
     * price sells a copy, not a session or a call to book. The same page beside a priced session is a booking page.
     */
    @Test
    void aBooksOwnPageWithItsPriceIsNoCallToBook() {
        assertThat(pitch("Finally holding the first copy of my book on canal walks. Hardback £16 from "
                + "https://towpathtales.example/book")).isFalse();
    }

    @Test
    void theSamePageBesideAPricedSessionIsStillACallToBook() {
        assertThat(pitch("Guided towpath walks for groups, £16 a head: https://towpathtales.example/book")).isTrue();
    }
}
