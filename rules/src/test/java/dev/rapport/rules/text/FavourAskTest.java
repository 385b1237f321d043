package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FavourAskTest {

    @Test
    void aRequestForAttentionToOnesOwnStuffIsAFavourAsk() {
        assertThat(FavourAsk.is("could you like and share my pottery page?")).isTrue();
        assertThat(FavourAsk.is("Lovely news! Would you follow our studio account as well?")).isTrue();
        assertThat(FavourAsk.is("can you please vote for me in the mural contest?")).isTrue();
        assertThat(FavourAsk.is("would you mind checking out... no, could you check out my new shop?")).isTrue();
        // The asker's thing called by its name, with the rating asked for the asker: "give us five stars".
        assertThat(FavourAsk.is("would you follow Night Kitchen on your podcast app and give us five stars?")).isTrue();
        assertThat(FavourAsk.is("can you please leave me a review on the shop page?")).isTrue();
    }

    /**
     * What one follows, subscribes to or rates on a platform is an account there; asked of one person as a favour, it
     * is the asker's whatever it is called. Guidance followed and someone else's account are not.
     */
    @Test
    void aFollowOrRatingAskedForANamedAccountOnAPlatformIsAFavourAsk() {
        assertThat(FavourAsk.is("hey, could you follow Copper Kettle Radio on spotify and rate it?")).isTrue();
        assertThat(FavourAsk.is("would you sub to the Tuesday Bakes channel on youtube when you get a sec?"))
                .isTrue();
        assertThat(FavourAsk.is("could you follow the steps on youtube and tell me if it works?")).isFalse();
        assertThat(FavourAsk.is("can you rate her candle shop on etsy?")).isFalse();
        assertThat(FavourAsk.is("do you follow the league on twitter?")).isFalse();
    }

    @Test
    void requestsThatNeedAReplyAreNotFavourAsks() {
        assertThat(FavourAsk.is("could you follow up on my order from Tuesday?")).isFalse();
        assertThat(FavourAsk.is("would you like my notes from the workshop?")).isFalse();
        assertThat(FavourAsk.is("can you check my invoice, the total looks off?")).isFalse();
        assertThat(FavourAsk.is("could you share your glaze recipe?")).isFalse();
        // Asking for the other person's thing, with a word about why in the next sentence: "our", "me" there are not
        // what is asked for.
        assertThat(FavourAsk.is("you said the packing checklist worked, can you share it? our new hires keep asking me"))
                .isFalse();
        assertThat(FavourAsk.is("can you vote on it? my aunt says the date is yours to pick")).isFalse();
        assertThat(FavourAsk.is("could you leave me a note of the times you are free?")).isFalse();
        assertThat(FavourAsk.is("do you follow any potters on Instagram?")).isFalse();
    }

    @Test
    void aRequestThatEndsInAUnitOfAttentionForTheAskerIsAFavourAsk() {
        assertThat(FavourAsk.is("could you follow the bakery on insta and leave us a review?")).isTrue();
        assertThat(FavourAsk.is("can you give me a follow when you have a minute?")).isTrue();
    }

    /** "leave Breadbox a review": the asker's thing, by its name, handed a unit of attention, in the gerund too. */
    @Test
    void aUnitOfAttentionForTheAskersNamedThingIsAFavourAsk() {
        assertThat(FavourAsk.is("would you mind leaving Tidepool a 5 star rating? it'd help so much")).isTrue();
        assertThat(FavourAsk.is("could you give Lanternfish a quick review when you get a sec?")).isTrue();
    }

    @Test
    void aUnitForSomeonePointedAtOrNothingNamedIsNoFavourAsk() {
        assertThat(FavourAsk.is("could you give her a follow? she's new here")).isFalse();
        assertThat(FavourAsk.is("could you leave the dough a few more minutes?")).isFalse();
        assertThat(FavourAsk.is("can you give Priya a hand with the stall?")).isFalse();
    }

    @Test
    void handingTheAskerSomethingElseIsNoFavourAsk() {
        assertThat(FavourAsk.is("could you leave me the keys at the front desk?")).isFalse();
        assertThat(FavourAsk.is("can you give me a hand with the review form?")).isFalse();
    }

    /**
     * A host asking one person to follow "the podcast" asks for the account they run: one recommends someone else's
     * by its name, and a question about what "the channel" holds goes on past the word.
     */
    @Test
    void aFollowAskedForTheAccountItselfIsAFavourAsk() {
        assertThat(FavourAsk.is("would you mind subscribing to the podcast? we're so close to 50")).isTrue();
        assertThat(FavourAsk.is("could you follow the page too, it would help a lot")).isTrue();
    }

    @Test
    void aRequestAboutWhatTheAccountHoldsIsNoFavourAsk() {
        assertThat(FavourAsk.is("could you follow the channel rules before posting again?")).isFalse();
        assertThat(FavourAsk.is("can you subscribe to the newsletter feed in your reader and tell me if it works?"))
                .isFalse();
        assertThat(FavourAsk.is("did you follow the show last season?")).isFalse();
    }

    /** The unit handed to the asker's own thing named as theirs ("my page", "our shop"), not to a person or a chore. */
    @Test
    void aUnitOfAttentionForTheAskersOwnThingIsAFavourAsk() {
        assertThat(FavourAsk.is("can u give my page a follow?")).isTrue();
        assertThat(FavourAsk.is("pls leave our shop a review when u get a sec")).isTrue();
        assertThat(FavourAsk.is("could you give my kid a lift on friday?")).isFalse();
        assertThat(FavourAsk.is("can you give my draft a read and tell me what's off?")).isFalse();
    }

    /** A handle or a site is one name, dots and all: "give @fern.and.clay a follow" asks a favour for it. */
    @Test
    void aFollowAskedForAHandleIsAFavourAsk() {
        assertThat(FavourAsk.is("love it! could you give @fern.and.clay a follow? new pots every week")).isTrue();
        assertThat(FavourAsk.is("would you mind leaving corner.bakes a review?")).isTrue();
        assertThat(FavourAsk.is("could you give @sam.k a hand with the ladder?")).isFalse();
    }

    /** "the cafe insta": an account named by a word and its platform, ending the request. */
    @Test
    void aFollowAskedForTheAccountOnAPlatformIsAFavourAsk() {
        assertThat(FavourAsk.is("@Ada could you follow the choir youtube? we post rehearsals there")).isTrue();
        assertThat(FavourAsk.is("can you follow the band tiktok too?")).isTrue();
        assertThat(FavourAsk.is("could you follow the steps youtube gave and tell me?")).isFalse();
        assertThat(FavourAsk.is("can you follow the studio insta rules for the contest and tell me if I won?")).isFalse();
    }

    /**
     * Since session 35: a rating handed over for the asker's own thing ("leave four stars for our game") and an app
     * rated on "the store" are favours asked, as "leave us a review" and "rate it on spotify" are.
     */
    @Test
    void aRatingAskedForOnesOwnThingOrOnTheStoreIsAFavourAsk() {
        assertThat(FavourAsk.is("hey, can you leave four stars for our puzzle game? it really helps")).isTrue();
        assertThat(FavourAsk.is("could you give a like to my latest post when you're on?")).isTrue();
        assertThat(FavourAsk.is("would you mind rating Lamplight Notes on the app store?")).isTrue();
        assertThat(FavourAsk.is("could you rate Cinder Clock on the play store too, link below")).isTrue();
    }

    /** Stars for someone else's thing, a review of one's draft (the reading asked for), a store's front: owed a word. */
    @Test
    void aRatingForAnothersThingOrAReadingOfOnesDraftIsNoFavourAsk() {
        assertThat(FavourAsk.is("would you drop four stars for her bakery? she fixed my order")).isFalse();
        assertThat(FavourAsk.is("can you give a review of my draft before Friday?")).isFalse();
        assertThat(FavourAsk.is("could you follow the signs on the store front and tell me where the lift is?"))
                .isFalse();
        assertThat(FavourAsk.is("would you mind sharing the recipe on the store page?")).isFalse();
    }
}
