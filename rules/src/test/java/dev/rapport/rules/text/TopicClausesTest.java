package dev.rapport.rules.text;

import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A channel's purpose read from the family of phrasings topics use for it: a kind of verb and, a few words on, a
 * kind of thing. Each both ways, with topics and channel names written for the test.
 */
class TopicClausesTest {

    @Test
    void judgementGivenGotOrSwappedMakesAFeedbackChannel() {
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("sketchbook", "Drop a sketch, get notes."))).isTrue();
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("demos", "Upload a demo and give some crits back"))).isTrue();
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("chapters", "Swap reviews of your chapters"))).isTrue();
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("jam-room", "Share loops, leave thoughts for each other")))
                .isTrue();
    }

    @Test
    void judgementNamedAloneOrATradeOfSomethingElseIsNot() {
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("league", "Opinions on the table and the transfers"))).isFalse();
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("releases", "Get the patch notes here"))).isFalse();
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("tickets", "Give one away, get one back: spare tickets only")))
                .isFalse();
    }

    @Test
    void aScheduleOfShiftsOrACallForPeopleMakesACallsChannel() {
        assertThat(ChannelPurpose.calls(ChannelInfo.of("roster", ""))).isTrue();
        assertThat(ChannelPurpose.calls(ChannelInfo.of("weekend-rotas", ""))).isTrue();
        assertThat(ChannelPurpose.calls(ChannelInfo.of("pantry", "Weekend shifts and cover swaps"))).isTrue();
        assertThat(ChannelPurpose.calls(ChannelInfo.of("library", "Who covers the desk? The roster is pinned"))).isTrue();
        assertThat(ChannelPurpose.calls(ChannelInfo.of("auditions", "Drop open calls for extras here"))).isTrue();
        assertThat(ChannelPurpose.calls(ChannelInfo.of("beta", "Helpers needed for the new tracker"))).isTrue();
    }

    @Test
    void aSingleShiftACallOfTheVoiceKindOrTheWordVolunteerAloneIsNot() {
        assertThat(ChannelPurpose.calls(ChannelInfo.of("night-shift", ""))).isFalse();
        assertThat(ChannelPurpose.calls(ChannelInfo.of("rotary-club", ""))).isFalse();
        assertThat(ChannelPurpose.calls(ChannelInfo.of("voice", "Post when you are free for a voice call"))).isFalse();
        assertThat(ChannelPurpose.calls(ChannelInfo.of("stories", "Volunteer stories from the summer camp"))).isFalse();
    }

    @Test
    void aTopicSayingToPostOnesOwnDoingsMakesAChannelForThem() {
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("climbing", "Track your climbing streaks"))).isTrue();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("garage", "Show off your projects, rust and all"))).isTrue();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("couch-to-10k", "Keep a log of the season's runs")))
                .isTrue();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("kiln", "Share weekly updates from the studio"))).isTrue();
    }

    @Test
    void aTopicNamingProgressWithoutSayingToPostItIsNot() {
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("roadmap", "The progress of the app, by the devs"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("kiln", "Share firing questions here"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("mod-help", "Crashes? Post your crash log"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("plugs", "Your links. One post per project per week")))
                .isFalse();
    }

    @Test
    void aTopicSayingToPostReadingOrPraisingReadsMakesAReadingChannel() {
        assertThat(ChannelPurpose.reading(ChannelInfo.of("nook", "Drop useful links here"))).isTrue();
        assertThat(ChannelPurpose.reading(ChannelInfo.of("nook", "Longform that is worth a read"))).isTrue();
        assertThat(ChannelPurpose.reading(ChannelInfo.of("nook", "Great reads on typography"))).isTrue();
        assertThat(ChannelPurpose.reading(ChannelInfo.of("nook", "Our reading list for the winter"))).isTrue();
        assertThat(ChannelPurpose.reading(ChannelInfo.of("nook", "Essays on urban cycling"))).isTrue();
    }

    @Test
    void aTopicThatOnlyTellsPeopleToReadSomethingIsNot() {
        assertThat(ChannelPurpose.reading(ChannelInfo.of("lobby", "Read the pinned rules first"))).isFalse();
        assertThat(ChannelPurpose.reading(ChannelInfo.of("lobby", "Share your setups"))).isFalse();
        assertThat(ChannelPurpose.reading(ChannelInfo.of("plugs", "Drop your shop links here"))).isFalse();
        assertThat(ChannelPurpose.reading(ChannelInfo.of("printer-help", "Resin, Paper, filament jams"))).isFalse();
    }

    @Test
    void aTopicAskingProvidersToAnswerWithAnOfferIsForRequests() {
        assertThat(OfferRequest.channelFor(ChannelInfo.of("movers", "Say what you need; movers, send us a quote")))
                .isTrue();
        assertThat(OfferRequest.channelFor(ChannelInfo.of("lessons", "Coaches: reply with your prices in the thread")))
                .isTrue();
        assertThat(OfferRequest.channelFor(ChannelInfo.of("repairs", "Post the job, DM your best bid"))).isTrue();
    }

    @Test
    void aTopicSayingToPostOffersIsASellersChannelNotARequestOne() {
        assertThat(OfferRequest.channelFor(ChannelInfo.of("deals", "Post your offers here"))).isFalse();
        assertThat(OfferRequest.channelFor(ChannelInfo.of("reviews", "Reply with your rating of the film"))).isFalse();
    }

    @Test
    void aTopicNamingItsOneKindOfPostMakesARoomForThosePosts() {
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("tide-logs", "how the bay looked. one entry per outing")))
                .isTrue();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("pour-book", "Your verdicts on what you poured"))).isTrue();
    }

    /**
     * A board's rate said with "a", "each" or "every" ("one photo a day"), a label whose things carry their kind's
     * name ("your race reports"), or "show your" with things in the plural, as a {@code #show-your-...} name says it.
     */
    @Test
    void aTopicGivingARateALabelWithItsKindOrSayingToShowOnesOwnThingsMakesARoomForThosePosts() {
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("bird-counts", "post your garden count, one line a day")))
                .isTrue();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("sketch-a-day", "one drawing every morning, any medium")))
                .isTrue();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("results", "Your race reports: course, splits, how it felt")))
                .isTrue();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("balconies", "show your balconies, pots and window boxes")))
                .isTrue();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("vans", "show off your conversions, finished or not")))
                .isTrue();
    }

    /** A time that says when ("open one day a week"), asks or troubles with a kind's name, or offers shown: not one. */
    @Test
    void aTopicSayingWhenOrHeadedByAsksWithTheirKindOrShowingOffersOrWorkingIsNotOne() {
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("clubhouse", "bar open one day a week, Fridays"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("race-room", "Your race questions, answered by coaches")))
                .isFalse();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("pond", "your pump problems and fixes"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("stalls", "show your prices up front"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("maths", "show your working on every answer"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("pond", "show your errors in a code block"))).isFalse();
    }

    /**
     * A board for one kind of post says so by what it turns away: "<things> only", "only <things>", "no chat", or talk
     * sent elsewhere ("chat in #general", "replies in threads").
     */
    @Test
    void aTopicKeepingTheRoomToOneKindOfPostOrSendingTalkElsewhereMakesARoomForThosePosts() {
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("river-board", "Catches only: species, weight, swim")))
                .isTrue();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("night-sky", "only photos please"))).isTrue();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("bakes-today", "no chat, just what came out of the oven")))
                .isTrue();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("trail-days", "what you rode today. chat in #general")))
                .isTrue();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("plates", "what you cooked. discussion goes in #kitchen")))
                .isTrue();
    }

    /** A daily thread's question to every member about their own day: each post answers it to the room. */
    @Test
    void aTopicAskingEveryoneAboutTheirDayMakesARoomForTheAnswers() {
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("cuppa", "What's in your mug today?"))).isTrue();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("kit-check", "what did you ride tonight"))).isTrue();
    }

    /** The daily question may come as a bidding to post: the member bidden is the one it asks about. */
    @Test
    void aTopicBiddingEveryonePostTheirThingOfTheDayMakesARoomForThePosts() {
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("the-bench", "post what's on the lathe today"))).isTrue();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("supper", "share what's in the oven tonight"))).isTrue();
    }

    /** A bidding to post a trouble or a need is a room for asking, and one not about the day names no kind of post. */
    @Test
    void aTopicBiddingEveryonePostATroubleOrNotAboutTheDayIsNot() {
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("the-bench", "post what went wrong on the lathe today")))
                .isFalse();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("the-bench", "share what you need for the build tonight")))
                .isFalse();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("the-bench", "post what you like about lathes"))).isFalse();
    }

    @Test
    void aTopicAskingAboutTroublesOrNotAboutTheDayIsNot() {
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("cuppa", "What are you stuck on today?"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("cuppa", "what do you think of oat milk"))).isFalse();
    }

    /** Who may post, what language, or asks only: a rule of the room, not a kind of post. */
    @Test
    void aTopicSayingWhoOrWhatLanguageOrAsksOnlyIsNotOne() {
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("river-board", "members only"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("river-board", "English only, be kind"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("river-board", "questions only, no spam"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("river-board", "subscribers only"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("river-chat", "no spam, no politics"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("river-chat", "no talking politics, chat in English"))).isFalse();
    }

    @Test
    void aTopicHeadedByAsksOrAOneOffWordIsNotOne() {
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("pour-corner", "Your questions on pouring"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("bay-chat", "one more thing: be kind"))).isFalse();
    }

    @Test
    void aTopicListingEventsByDatesAndTicketsIsTheEventsBoard() {
        assertThat(ChannelPurpose.announcements(ChannelInfo.of("choir-gigs", "the choir's concerts: dates and tickets")))
                .isTrue();
        assertThat(ChannelPurpose.announcements(ChannelInfo.of("choir-chat", "spare tickets and dates, ask here")))
                .isFalse();
        assertThat(ChannelPurpose.announcements(ChannelInfo.of("choir-lobby", "tickets for anything, swap away")))
                .isFalse();
    }

    @Test
    void aListingOfDatesOrATopicSayingWhoPostsMakesAListingKeptForTheMembers() {
        assertThat(ChannelPurpose.listing(ChannelInfo.of("race-calendar", ""))).isTrue();
        assertThat(ChannelPurpose.listing(ChannelInfo.of("club-fixtures", ""))).isTrue();
        assertThat(ChannelPurpose.listing(ChannelInfo.of("whats-on", "club dates and entry forms, posted by the committee")))
                .isTrue();
        assertThat(ChannelPurpose.listing(ChannelInfo.of("noticeboard", "Only admins can post here"))).isTrue();
        assertThat(ChannelPurpose.listing(ChannelInfo.of("timings", "kept up to date by our organisers"))).isTrue();
    }

    /** One role named with "the", whatever it is called, keeps the board; the members as a whole do not. */
    @Test
    void aTopicNamingTheOneRoleWhoPostsMakesAListingButTheMembersAsAWholeDoNot() {
        assertThat(ChannelPurpose.listing(ChannelInfo.of("league-tables", "standings, updated by the match secretary")))
                .isTrue();
        assertThat(ChannelPurpose.listing(ChannelInfo.of("tide-times", "posted by the harbourmaster"))).isTrue();
        assertThat(ChannelPurpose.listing(ChannelInfo.of("league-tables", "standings, updated by the members")))
                .isFalse();
        assertThat(ChannelPurpose.listing(ChannelInfo.of("tide-times", "posted by the whole community"))).isFalse();
        assertThat(ChannelPurpose.listing(ChannelInfo.of("tide-times", "posted by the harbourmaster, ask questions in"
                + " the thread below please"))).isTrue();
    }

    @Test
    void aRoomAboutAListingOrOneWhereTheKeepersAnswerIsNot() {
        assertThat(ChannelPurpose.listing(ChannelInfo.of("schedule-questions", ""))).isFalse();
        assertThat(ChannelPurpose.listing(ChannelInfo.of("calendar-chat", ""))).isFalse();
        assertThat(ChannelPurpose.listing(ChannelInfo.of("orders", "Questions answered by our team within a day")))
                .isFalse();
        assertThat(ChannelPurpose.listing(ChannelInfo.of("mod-lounge", "staff only"))).isFalse();
        assertThat(ChannelPurpose.listing(ChannelInfo.of("general", "ask the mods anything"))).isFalse();
    }

    @Test
    void aTopicAskingEachMemberWhereOrHowTheyAreAsksAfterMembers() {
        assertThat(ChannelPurpose.asksAfterMembers(ChannelInfo.of("paddling", "On the water? Tell us where you're paddling")))
                .isTrue();
        assertThat(ChannelPurpose.asksAfterMembers(ChannelInfo.of("sunday", "tell us how your weekend went"))).isTrue();
    }

    @Test
    void aTopicAskingForANeedATroubleOrAnOpinionDoesNot() {
        assertThat(ChannelPurpose.asksAfterMembers(ChannelInfo.of("support", "Tell us what you need help with")))
                .isFalse();
        assertThat(ChannelPurpose.asksAfterMembers(ChannelInfo.of("roadmap", "tell us what you think of the plans")))
                .isFalse();
        assertThat(ChannelPurpose.asksAfterMembers(ChannelInfo.of("paddling", "Where are you paddling this year?")))
                .isFalse();
    }

    /** Since session 49: things named, then bidden posted in the next clause, make a room for those posts. */
    @Test
    void thingsNamedThenBiddenPostedMakeARoomForThem() {
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("archive", "programmes and tickets from the old ground, "
                + "share them all here"))).isTrue();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("kitchen", "recipes you swear by: post them here"))).isTrue();
    }

    @Test
    void asksOrLinksBiddenSoOrThingsPassedOnAreNot() {
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("archive", "questions about the old ground? post them here")))
                .isFalse();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("archive", "useful links, drop them here"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("overflow", "spare bookings? pass them on here"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("archive", "programmes and tickets, what to do with them")))
                .isFalse();
    }
}
