package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_BURST;
import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.LINKS_SHARE;
import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static dev.rapport.rules.rule.RuleId.ONEWAY_BROADCAST;
import static dev.rapport.rules.rule.RuleId.ONEWAY_SELF_FOCUS;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A post that echoes its channel's own name or topic is what the channel is for, on channel names no list knows
 * ({@link dev.rapport.rules.text.ChannelEcho}): one's own work or call there is not promotion, its link not a habit,
 * the post to the room not broadcast or self-focus. What is what it is anywhere stays so: the same link pushed into
 * three other channels, a burst, a pitch at someone who asked nothing, a DM, a sale, and an ad in a room for
 * questions.
 */
class OnPurposePostsTest {
    private static final ChannelInfo SIGNUPS = ChannelInfo.of("beta-signups", "");
    private static final ChannelInfo SWAP = ChannelInfo.of("sketch-swap", "");
    private static final ChannelInfo RECAPS = ChannelInfo.of("sprint-recaps", "");
    private static final ChannelInfo SETUPS = ChannelInfo.of("show-your-setup", "");
    private static final ChannelInfo GENERAL = ChannelInfo.of("general", "");
    private static final ChannelInfo LOUNGE = ChannelInfo.of("lounge", "");
    private static final ChannelInfo ASKING = ChannelInfo.of("spreadsheet-help", "");

    private static final String BETA = "https://ledgerly.example/beta";

    /** Ana's call for beta testers and its two updates, a day apart, each with the sign-up link. */
    private static Chat betaCallThreeTimes(ChannelInfo where) {
        return Scene.coaching("ana")
                .postsIn("ana", where, "[promo] Signups for the beta of my budgeting app are open: " + BETA)
                .after(Duration.ofDays(1))
                .postsIn("ana", where, "[promo] beta update: 20 signups so far, room for 10 more " + BETA)
                .after(Duration.ofDays(1))
                .postsIn("ana", where, "[promo] last day for beta signups " + BETA)
                .finish();
    }

    // --- promo.self and links.repeat -----------------------------------------------------------------------------

    @Test
    void aCallThatEchoesItsChannelsNameIsWhatTheChannelIsFor() {
        Chat chat = betaCallThreeTimes(SIGNUPS);
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    @Test
    void theSameCallInTheGeneralChatIsStillPromotionAndARepeatedLink() {
        Chat chat = betaCallThreeTimes(GENERAL);
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
        assertThat(chat.findings(LINKS_REPEAT)).isNotEmpty();
    }

    @Test
    void onesWorkThatDoesNotEchoTheChannelIsStillPromotion() {
        Chat chat = Scene.coaching("ana")
                .postsIn("ana", SIGNUPS, "[promo] my budgeting app is out, take a look https://ledgerly.example")
                .after(Duration.ofDays(1))
                .postsIn("ana", SIGNUPS, "[promo] my budgeting app, now on tablets https://ledgerly.example/tablet")
                .finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void aSaleThatEchoesTheChannelIsStillASale() {
        Chat chat = Scene.coaching("ana")
                .postsIn("ana", SIGNUPS, "[pitch] beta signups: lifetime licence for $29 " + BETA)
                .after(Duration.ofDays(1))
                .postsIn("ana", SIGNUPS, "[pitch] beta signups close soon, $29 for life " + BETA)
                .finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    /** A question channel's word licenses questions: an ad worded with it is still an ad. */
    @Test
    void anAdThatEchoesARoomForQuestionsIsStillPromotion() {
        Chat chat = Scene.coaching("ana")
                .postsIn("ana", ASKING, "[promo] my spreadsheet templates, 12 in a pack https://sheets.example")
                .after(Duration.ofDays(1))
                .postsIn("ana", ASKING, "[promo] more spreadsheet templates in my pack https://sheets.example/more")
                .finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    /** The link of an on-purpose post is kept: pushed into two more channels within the hour, it is a cross-post. */
    @Test
    void theSameLinkPushedIntoOtherChannelsIsStillARepeatThere() {
        Chat chat = Scene.coaching("ana")
                .postsIn("ana", SIGNUPS, "[promo] Signups for the beta of my budgeting app are open: " + BETA)
                .postsIn("ana", GENERAL, "[promo] my budgeting app needs testers " + BETA)
                .postsIn("ana", LOUNGE, "[promo] my budgeting app needs testers " + BETA)
                .finish();
        assertThat(chat.findings(LINKS_REPEAT)).isNotEmpty();
    }

    /** An ask to subscribe tacked onto a post that echoes the channel is an ask, wherever it is posted. */
    @Test
    void anAskToSubscribeThatEchoesTheChannelIsStillAnAsk() {
        Chat chat = Scene.coaching("ana")
                .postsIn("ana", SWAP, "[ask] my sketch newsletter, subscribe https://ana-draws.example/news")
                .after(Duration.ofDays(1))
                .postsIn("ana", SWAP, "[ask] sketch of the week is in my newsletter, subscribe "
                        + "https://ana-draws.example/news")
                .after(Duration.ofDays(1))
                .postsIn("ana", SWAP, "[ask] more sketches in my newsletter https://ana-draws.example/news")
                .finish();
        assertThat(chat.findingsFor("ana")).extracting(f -> f.rule())
                .containsAnyOf(PROMO_SELF, ONEWAY_ASKS, LINKS_REPEAT);
    }

    // --- links.burst ---------------------------------------------------------------------------------------------

    private static Chat sketchPosts(int posts, ChannelInfo where, Duration apart) {
        Scene scene = Scene.coaching("ana");
        for (int i = 0; i < posts; i++) {
            scene.postsIn("ana", where, "sketch " + i + " for this week's swap: https://ana-draws.example/p" + i)
                    .after(apart);
        }
        return scene.finish();
    }

    /** The echo licenses a post, not a run: four links within minutes are a burst wherever they are posted. */
    @Test
    void sketchLinksOneAfterAnotherWithinMinutesAreStillABurst() {
        assertThat(sketchPosts(4, SWAP, Duration.ofMinutes(1)).findings(LINKS_BURST)).isNotEmpty();
    }

    @Test
    void aWeekOfSketchesPostedForTheSwapIsWhatTheChannelIsFor() {
        Chat chat = sketchPosts(10, SWAP, Duration.ofHours(12));
        assertThat(chat.findings(LINKS_BURST)).isEmpty();
        assertThat(chat.findings(LINKS_SHARE)).isEmpty();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void theSameWeekOfLinksInTheGeneralChatIsALinkHabit() {
        assertThat(sketchPosts(10, GENERAL, Duration.ofHours(12)).findings(LINKS_SHARE)).isNotEmpty();
    }

    // --- a pitch at someone stays a pitch ------------------------------------------------------------------------

    @Test
    void anOfferPushedAtSomeoneWhoAskedNothingIsStillAColdPitchThere() {
        Chat chat = Scene.coaching("ana")
                .asksIn("ana", SIGNUPS, "bob", "[promo] beta signups for my app are open, DM me and I'll add you "
                        + BETA)
                .finish();
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void theSameCallPostedToTheRoomIsNoPitch() {
        Chat chat = Scene.coaching("ana")
                .postsIn("ana", SIGNUPS, "[promo] beta signups for my app are open, DM me and I'll add you " + BETA)
                .finish();
        assertThat(chat.findings(SELL_COLD)).isEmpty();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void theSameWordsInADirectMessageAreStillAColdPitch() {
        Chat chat = Scene.coaching("ana")
                .postsIn("bob", SIGNUPS, "what a lively channel")
                .writesDirectly("ana", "dm-ana-bob", "bob", "[pitch] beta signups for my app, $29 for life " + BETA)
                .finish();
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    // --- oneway.broadcast and oneway.self-focus ------------------------------------------------------------------

    private static Chat tenEntries(ChannelInfo where, String entry) {
        Scene scene = Scene.coaching("ana");
        for (int i = 0; i < 10; i++) {
            scene.after(Duration.ofHours(12)).postsIn("ana", where, entry + " (day " + i + ")");
        }
        return scene.asks("ana", "general", "bob", "thanks bob").finish();
    }

    @Test
    void entriesToTheRoomThatEchoItsNameAreNoBroadcast() {
        Chat chat = tenEntries(RECAPS, "recap of the sprint: I fixed the login bug and shipped my settings page");
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }

    @Test
    void theSameEntriesInAnOrdinaryRoomAreBroadcast() {
        Chat chat = tenEntries(LOUNGE, "recap of the sprint: I fixed the login bug and shipped my settings page");
        assertThat(chat.findings(ONEWAY_BROADCAST)).isNotEmpty();
    }

    private static final String MY_SETUP =
            "I moved my setup to the attic and I am happy with my new desk, my monitor arm and my chair";

    @Test
    void talkAboutOnesOwnSetupWhereSetupsAreShownIsNoSelfFocus() {
        Chat chat = tenEntries(SETUPS, MY_SETUP);
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }

    @Test
    void theSameTalkInAnOrdinaryRoomIsSelfFocus() {
        Chat chat = tenEntries(LOUNGE, MY_SETUP);
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isNotEmpty();
    }
}
