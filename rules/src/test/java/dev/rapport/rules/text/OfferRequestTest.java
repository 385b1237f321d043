package dev.rapport.rules.text;

import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfferRequestTest {

    @Test
    void aChannelNamedForFindingAProviderOrSayingSoInItsTopicIsForRequests() {
        assertThat(OfferRequest.channelFor(ChannelInfo.of("find-an-illustrator", ""))).isTrue();
        assertThat(OfferRequest.channelFor(ChannelInfo.of("looking-for", "Say what you need."))).isTrue();
        assertThat(OfferRequest.channelFor(ChannelInfo.of("board", "Owners describe the job; plumbers answer with an "
                + "estimate below."))).isTrue();
    }

    /** A topic telling providers to quote in the room makes its posts requests; quotes as sayings or a noun do not. */
    @Test
    void aTopicTellingTheTradeToQuoteThereIsForRequestsAQuotationsRoomIsNot() {
        assertThat(OfferRequest.channelFor(ChannelInfo.of("jobs-board", "householders post the job, roofers quote "
                + "here"))).isTrue();
        assertThat(OfferRequest.channelFor(ChannelInfo.of("hauls", "loads to move; drivers bid below"))).isTrue();
        assertThat(OfferRequest.channelFor(ChannelInfo.of("words", "post a quote here that made you think")))
                .isFalse();
        assertThat(OfferRequest.channelFor(ChannelInfo.of("lines", "favourite quotes here, poems too"))).isFalse();
    }

    @Test
    void chatFeedbackAndRequestChannelsAreNot() {
        assertThat(OfferRequest.channelFor(ChannelInfo.of("general", "Talk about anything."))).isFalse();
        assertThat(OfferRequest.channelFor(ChannelInfo.of("feature-requests", "What should the app do next?")))
                .isFalse();
        assertThat(OfferRequest.channelFor(ChannelInfo.of("find-me-on", "Your socials."))).isFalse();
        assertThat(OfferRequest.channelFor(ChannelInfo.of("feedback-requests", "Post your draft, get notes.")))
                .isFalse();
        assertThat(OfferRequest.channelFor(ChannelInfo.UNKNOWN)).isFalse();
    }

    /** Asking for a recommendation asks for a provider; "recommended" inside another word or as praise does not. */
    @Test
    void aRecommendationAskedForIsARequestAWordThatHoldsItIsNot() {
        assertThat(OfferRequest.is("can anyone recommend a tattoo artist near Leeds?")).isTrue();
        assertThat(OfferRequest.is("any recommendations for a piano tuner?")).isTrue();
        assertThat(OfferRequest.is("any freelancers here who do vector logos?")).isTrue();
        assertThat(OfferRequest.is("is the recommended water change 20% or more?")).isFalse();
        assertThat(OfferRequest.is("she recommended it to me last year, was she right?")).isFalse();
    }

    /** Asking where the others buy a thing points them at sellers; asking where they keep or put it does not. */
    @Test
    void askingWhereOthersBuyAThingAsksForASeller() {
        assertThat(OfferRequest.is("where do you all buy linen thread in the EU?")).isTrue();
        assertThat(OfferRequest.is("where does everyone get their coffee beans?")).isTrue();
        assertThat(OfferRequest.is("where do people source cheap plywood?")).isTrue();
        assertThat(OfferRequest.is("where do you all keep your spare needles?")).isFalse();
        assertThat(OfferRequest.is("where do you put the thread when you stitch?")).isFalse();
    }

    /** The people asked may be placed: asking where the buyers of one place shop still asks for sellers. */
    @Test
    void askingWherePeopleOfAPlaceBuyAThingAsksForASeller() {
        assertThat(OfferRequest.is("where do folks in Ireland buy waxed cotton by the metre?")).isTrue();
        assertThat(OfferRequest.is("where do people in the north usually get their grain?")).isTrue();
        assertThat(OfferRequest.is("where do people in the north keep their hives over winter?")).isFalse();
        assertThat(OfferRequest.is("where do you all near the coast park for the early swims?")).isFalse();
    }

    /** Asking who sells one, saying one wants to buy one, or asking who does or coaches a thing asks for a provider. */
    @Test
    void askingWhoSellsWantingToBuyOrAskingWhoCoachesAreRequests() {
        assertThat(OfferRequest.is("anyone selling a spare bike rack? mine snapped")).isTrue();
        assertThat(OfferRequest.is("WTB a size 10 wetsuit, anyone?")).isTrue();
        assertThat(OfferRequest.is("looking to buy a second-hand loom, north of the river")).isTrue();
        assertThat(OfferRequest.is("does anyone here do lessons for total beginners?")).isTrue();
        assertThat(OfferRequest.is("anyone coach open-water swimming around here?")).isTrue();
    }

    @Test
    void sellingTalkAndDoingThingsYourselfAreNot() {
        assertThat(OfferRequest.is("stopped selling at fairs this year, too much standing")).isFalse();
        assertThat(OfferRequest.is("did anyone watch the race last night?")).isFalse();
        assertThat(OfferRequest.is("anyone doing the long ride on Sunday?")).isFalse();
    }

    /** Asking for someone to come out to one's place asks for a tradesperson's visit; asking who came somewhere does not. */
    @Test
    void askingForSomeoneToComeOutAndLookAsksForAVisit() {
        assertThat(OfferRequest.is("could anyone come and look over our boiler? I'm in Eastfield")).isTrue();
        assertThat(OfferRequest.is("can someone come round today or tomorrow? the tap won't stop")).isTrue();
        assertThat(OfferRequest.is("would somebody local pop over and check the fuse box?")).isTrue();
    }

    /** Asking for someone by where they are, who could do the job, asks for someone to come: a visit asked for. */
    @Test
    void askingForSomeoneNearbyWhoCouldLookAsksForAVisit() {
        assertThat(OfferRequest.is("damp patch under the bay window, is anyone near Hull who could take a look?"))
                .isTrue();
        assertThat(OfferRequest.is("anybody local that can fix a sash cord this week?")).isTrue();
        assertThat(OfferRequest.is("anyone based round Didsbury who could come out for a leaking valve?")).isTrue();
    }

    @Test
    void askingTheRoomToLookAtSomethingNamesNoPlaceAndAsksNoVisit() {
        assertThat(OfferRequest.is("is anyone here who could take a look at my CV?")).isFalse();
        assertThat(OfferRequest.is("anyone around here who could take a look at my pull request?")).isFalse();
        assertThat(OfferRequest.is("anyone near Hull this weekend? fancy a ride out")).isFalse();
    }

    @Test
    void askingWhoCameOrWhetherSomeoneIsComingIsNoVisitAsked() {
        assertThat(OfferRequest.is("did anyone come to the open day last week?")).isFalse();
        assertThat(OfferRequest.is("is someone coming to the meetup on Friday?")).isFalse();
        assertThat(OfferRequest.is("can someone come up with a better name for the group?")).isFalse();
    }

    @Test
    void askingWhetherAnyoneDoesAJobInANamedPlaceAsksForSomeoneWhoWorksThere() {
        assertThat(OfferRequest.is("does anyone shear near Builth? our ewes are due")).isTrue();
        assertThat(OfferRequest.is("anybody here plaster round Wigan?")).isTrue();
        assertThat(OfferRequest.is("does anyone tutor in Salford, year 9 maths")).isTrue();
    }

    @Test
    void askingWhetherAnyoneLivesGoesOrPlaysSomewhereOrDoesAJobNowhereNamedIsNot() {
        assertThat(OfferRequest.is("does anyone ride near Builth? would love company on the hill")).isFalse();
        assertThat(OfferRequest.is("is anyone around in Wigan this weekend?")).isFalse();
        assertThat(OfferRequest.is("does anyone shear in the rain? ours are soaked")).isFalse();
        assertThat(OfferRequest.is("anyone else in Salford lose power last night?")).isFalse();
    }

    /** Asking whether anyone knows a provider of some kind wants to be pointed at one, as "know a good …" does. */
    @Test
    void askingWhetherAnyoneKnowsAProviderAsksForOne() {
        assertThat(OfferRequest.is("we just moved to Otley, if anybody knows a swim school for a five year old?"))
                .isTrue();
        assertThat(OfferRequest.is("do you know any piano teachers round here? she wants to start")).isTrue();
        assertThat(OfferRequest.is("anyone know a cheap garage that still does MOTs on Saturdays?")).isTrue();
    }

    /** Knowing a way, a tune or a trick asks for help, nobody's trade; saying one knows no provider asks nothing. */
    @Test
    void askingWhetherAnyoneKnowsAWayOrSayingOneKnowsNoProviderIsNot() {
        assertThat(OfferRequest.is("anyone know a way to stop the chain slipping on hills?")).isFalse();
        assertThat(OfferRequest.is("does anybody know a song like this one but slower?")).isFalse();
        assertThat(OfferRequest.is("I don't know a single garage out here, is that odd?")).isFalse();
    }

    /** Asking for the cheapest way or place to buy a thing, or the best deal on it, asks for a price. */
    @Test
    void askingForTheCheapestWayToBuyAThingAsksForAPrice() {
        assertThat(OfferRequest.is("what's the cheapest way to buy a van's worth of plasterboard?")).isTrue();
        assertThat(OfferRequest.is("cheapest place for drum heads near Crewe?")).isTrue();
        assertThat(OfferRequest.is("best deal on a year of email hosting for four of us?")).isTrue();
    }

    /** Getting a thing somewhere asks how to do a job; a bargain told of asks nothing. */
    @Test
    void askingTheCheapestWayToMoveAThingOrTellingOfADealIsNot() {
        assertThat(OfferRequest.is("cheapest way to get the piano up to the second floor?")).isFalse();
        assertThat(OfferRequest.is("cheapest way to get a sofa into a loft without a hoist?")).isFalse();
        assertThat(OfferRequest.is("found the best deal on paint all year at the shop by the canal")).isFalse();
    }

    /** Asking whether there is a product or a service for a job asks to be pointed at one to get. */
    @Test
    void askingWhetherThereIsAnAppOrServiceForAJobAsksForOne() {
        assertThat(OfferRequest.is("is there a budgeting app that splits bills between flatmates?")).isTrue();
        assertThat(OfferRequest.is("are there any courses that cover forklift refreshers?")).isTrue();
        assertThat(OfferRequest.is("Is there a booking tool for a two-chair salon?")).isTrue();
    }

    /** Asking whether there is a way, a setting or a rule asks how to do a job, not for anything to get. */
    @Test
    void askingWhetherThereIsAWayOrASettingIsNot() {
        assertThat(OfferRequest.is("is there a way to stop the label printer skipping?")).isFalse();
        assertThat(OfferRequest.is("is there a setting that keeps the screen on?")).isFalse();
        assertThat(OfferRequest.is("there is an app for everything these days")).isFalse();
    }

    /** Asking how to book a provider or get onto their list asks to buy a place; booking leave or a room does not. */
    @Test
    void askingHowToBookSomeoneOrGetOntoTheirListAsksForTheirOfferBookingLeaveDoesNot() {
        assertThat(OfferRequest.is("how do I book the farrier for the spring?")).isTrue();
        assertThat(OfferRequest.is("How can we get onto the groomer's waiting list?")).isTrue();
        assertThat(OfferRequest.is("how can i get onto the list for the next litter?")).isTrue();
        assertThat(OfferRequest.is("how do I book time off in the rota app?")).isFalse();
        assertThat(OfferRequest.is("how can we book a meeting room for Friday?")).isFalse();
        assertThat(OfferRequest.is("how do I get on with the new foreman?")).isFalse();
    }

    /** Wishing one's thing had a maker's work done to it asks for whoever does that work; liking a thing does not. */
    @Test
    void wishingOnesThingEngravedOrFramedAsksForAMakerLikingAThingDoesNot() {
        assertThat(OfferRequest.is("Morning all. I'd like my grandmother's old brooch engraved for my niece.")).isTrue();
        assertThat(OfferRequest.is("we would love the two wedding photos framed before June")).isTrue();
        assertThat(OfferRequest.is("planning to have the jumpers embroidered with the club crest")).isTrue();
        assertThat(OfferRequest.is("I'd like it better framed in black, to be honest")).isFalse();
        assertThat(OfferRequest.is("I'd like my weekends back, honestly")).isFalse();
        assertThat(OfferRequest.is("I loved my framed print from the fair")).isFalse();
    }

    /** A buyer offering to talk about the fee asks for paid work; talking about fees in general asks for nothing. */
    @Test
    void offeringToDiscussTheFeeAsksForPaidWorkChattingAboutFeesDoesNot() {
        assertThat(OfferRequest.is("Sam, would you write the toast for our retirement do? Glad to discuss rates."))
                .isTrue();
        assertThat(OfferRequest.is("could anyone cover the Friday stall? willing to talk money")).isTrue();
        assertThat(OfferRequest.is("anyone else think the new platform fees are steep? happy to chat about it"))
                .isFalse();
        assertThat(OfferRequest.is("are we still going to talk about the fees at the meeting?")).isFalse();
    }

    /**
     * Telling traders to send their rate or a quote asks for their terms as "what are your rates?" does; a trader
     * saying they will give a price, or a price with "let me know", asks for none.
     */
    @Test
    void tellingTradersToSendTheirRateAsksForOffersATraderOfferingAPriceDoesNot() {
        assertThat(OfferRequest.is("Need: a garden wall rebuilt, about 6m, in May. Come back with your best rate "
                + "please")).isTrue();
        assertThat(OfferRequest.is("Two bedrooms to paint next month. Send me your day rates.")).isTrue();
        assertThat(OfferRequest.is("could you give us a ballpark price for the porch roof?")).isTrue();
        assertThat(OfferRequest.is("DM me a rough estimate if it's your sort of job")).isTrue();
        assertThat(OfferRequest.is("Once I've measured up I'll give you a price by Friday.")).isFalse();
        assertThat(OfferRequest.is("Sold mine at £40, let me know if you see another going.")).isFalse();
        assertThat(OfferRequest.is("Send me the measurements when you have them, no rush.")).isFalse();
    }
}
