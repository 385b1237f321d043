package dev.rapport.bot.storage;

import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.bot.storage.support.EngineScript;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.bot.storage.support.QuietLogs;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.engine.PersonInCommunity;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.ChatMessageBuilder;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.norms.RoomNormSettings;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.config.Goal;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.rule.RuleId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing lost: a coach restarted from what its periodic save committed (a restart, or a kill -9 right after that
 * save) gives the same tips as a coach that ran on, wherever in the story the restart falls. Each story is run once
 * without a restart, then once per restart point: the first coach saves what changed after every event, as the
 * periodic saver does, and is dropped; a second coach takes everything back from the real database and hears the
 * rest. Run against SQLite and PostgreSQL by the subclasses.
 */
abstract class RestartLosesNothingTest {
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private static final String COMMUNITY = "guild-1";
    /** Where exports file direct messages. */
    private static final String DIRECT_MESSAGES = "0";

    private final Pseudonyms pseudonyms = new Pseudonyms(Fixtures.SECRET);
    private StorageConfig database;
    private Storage storage;

    /** A configuration pointing at a fresh database (empty, or with the schema in place). */
    abstract StorageConfig freshDatabase();

    /**
     * The test's database, open (one per test: each restarted run starts by emptying its engine state). The coach
     * that is dropped and the coach that restarts share only what was committed to it.
     */
    private Storage storage() {
        if (storage == null) {
            database = freshDatabase();
            storage = JdbcStorage.open(database, pseudonyms, Clock.systemUTC());
        }
        return storage;
    }

    @AfterEach
    void close() {
        if (storage != null) {
            storage.close();
        }
    }

    /** Deletes every saved engine state, outside the storage layer: the next run starts from nothing. */
    private void emptyEngineState(StorageConfig config) {
        try (Connection c = DriverManager.getConnection(config.url(), config.user().orElse(null),
                config.password().isEmpty() ? null : config.password().reveal());
             Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM engine_state");
            st.executeUpdate("DELETE FROM community_state");
            st.executeUpdate("DELETE FROM community_part");
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the engine state", e);
        }
    }

    @BeforeAll
    static void quiet() {
        QuietLogs.apply();
    }

    // --- oneway.unanswered: a question that waits for someone away ----------------------------------------------

    /** Ana says she is off; Bob asks her something; its deadline passes while she is away. */
    private Story askedWhileAway() {
        Story s = new Story("ana");
        s.say("ana", "general", "off to the craft fair, back on Wednesday");
        s.mention("bob", "general", "ana", "do you ship to Canada?");
        s.later(Duration.ofHours(33));
        return s;
    }

    @Test
    void aQuestionThatWaitedForThePersonToBeBackIsStillToldWhenTheirFirstHourBackLeavesIt() {
        Story story = askedWhileAway();
        story.say("ana", "general", "the fair was wonderful, sold out of tea lights");
        story.later(Duration.ofMinutes(30));
        story.later(Duration.ofMinutes(90));
        story.later(Duration.ofDays(7));

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.ONEWAY_UNANSWERED)).singleElement()
                .satisfies(f -> assertThat(f.evidence().suggestions()).containsExactly(MessageId.of("m1")));
        // Restarted while the question waits for her return, in her first hour back, and after it was told.
        assertEveryRestartGives(story, uninterrupted);
    }

    @Test
    void aQuestionThatWaitedForThePersonToBeBackStaysUntoldWhenTheyAnswerItOnceBack() {
        Story story = askedWhileAway();
        story.reply("ana", "general", "m1", "bob", "sorry for the wait, yes, about five days with tracking");
        story.later(Duration.ofHours(2));
        story.later(Duration.ofDays(7));

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.ONEWAY_UNANSWERED)).isEmpty();
        assertEveryRestartGives(story, uninterrupted);
    }

    // --- oneway.unanswered: a question asked after the person said when they would be back ----------------------

    /**
     * On a Wednesday Ana says she is off until Monday; Bob asks her something; its deadline and the week's end pass
     * while she is away. She named her return, so the question waits for it, not for the week's end.
     */
    private Story askedAfterSheNamedHerReturn() {
        Story s = new Story("ana");
        s.later(Duration.ofDays(2));
        s.say("ana", "general", "visiting my sister, off until Monday");
        String question = s.mention("bob", "general", "ana", "is the blue glaze food safe once it is fired?");
        s.later(Duration.ofDays(2));
        s.later(Duration.ofDays(3));
        s.asked = question;
        return s;
    }

    @Test
    void aQuestionAskedAfterSheSaidWhenSheWouldBeBackStillWaitsForHerReturnAfterARestart() {
        Story story = askedAfterSheNamedHerReturn();
        story.reply("ana", "general", story.asked, "bob", "back now: yes, that glaze is food safe once fired");
        story.later(Duration.ofHours(2));
        story.later(Duration.ofDays(7));

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.ONEWAY_UNANSWERED)).isEmpty();
        // Restarted before she names her return, while she is away (before and after the week's end), and after.
        assertEveryRestartGives(story, uninterrupted);
    }

    @Test
    void aQuestionAskedAfterSheSaidWhenSheWouldBeBackIsToldOnceHerFirstHourBackLeavesItAfterARestart() {
        Story story = askedAfterSheNamedHerReturn();
        story.say("ana", "general", "back from my sister's, what did I miss?");
        story.later(Duration.ofHours(2));
        story.later(Duration.ofDays(7));

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.ONEWAY_UNANSWERED)).singleElement()
                .satisfies(f -> assertThat(f.evidence().suggestions()).containsExactly(MessageId.of(story.asked)));
        assertEveryRestartGives(story, uninterrupted);
    }

    // --- oneway.self-focus: words about oneself that go on with one's own request for help ------------------------

    /** What Ana tells the room about her kiln, a minute apart: all about her own things, as describing a problem is. */
    private static final String[] KILN_DETAILS = {
        "I bought my kiln second hand last year and I wired the outlet myself",
        "I fire it at cone 6 and my breaker is rated at 30 amps on my own line",
        "I checked my elements last week and I think my relay clicks as it should",
        "my first two firings went fine but now my third one stops after an hour",
        "I also replaced my thermocouple in March when I moved my studio",
        "my garage gets cold at night so I wonder if my wiring is the issue",
        "I have my manual here and I followed my checklist step by step",
        "I measured my voltage and I got 238 at my outlet before the firing",
        "my neighbour says I should call my electrician but I want to learn",
        "I think my kiln is older than I was told when I bought it",
    };

    private Story kilnStory(boolean askedFirst) {
        Story s = new Story("ana");
        if (askedFirst) {
            s.say("ana", "help", "my kiln keeps tripping the breaker halfway through a firing, could anyone help?");
        } else {
            s.say("ana", "help", "new glaze tests are drying on the shelf");
        }
        for (String line : KILN_DETAILS) {
            s.say("ana", "help", line);
        }
        s.later(Duration.ofDays(7));
        return s;
    }

    @Test
    void linesAboutHerselfThatGoOnWithHerRequestForHelpAreStillHelpSoughtAfterARestart() {
        Story story = kilnStory(true);

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.ONEWAY_SELF_FOCUS)).isEmpty();
        // Restarted after her request and in the middle of her details: they go on with it (when she asked is kept).
        assertEveryRestartGives(story, uninterrupted);
    }

    @Test
    void theSameLinesWithNoRequestBeforeThemAreAllAboutHerself() {
        assertThat(only(kilnStory(false).run(), RuleId.ONEWAY_SELF_FOCUS)).hasSize(1);
    }

    // --- room norms: a channel where the regulars post their own doings to the room ------------------------------

    /** A channel whose name the coach was never taught: only its regulars' habit says what it is for. */
    private static final ChannelInfo FIRINGS = ChannelInfo.of("kiln-corner", "");

    /**
     * For a week four regulars post their firings to the room, hours apart, and a fan answers each; the next week
     * Ana posts ten firings of her own there, nine hours apart, and says two words to people elsewhere.
     */
    private Story anaFollowsTheRoom() {
        Story s = new Story("ana");
        for (int round = 0; round < 2; round++) {
            for (String r : new String[] {"kit", "lou", "mo", "ned"}) {
                s.later(Duration.ofHours(6));
                s.sayIn(r, FIRINGS, "bisque load " + round + " came out clean, only one cracked lid");
                s.later(Duration.ofMinutes(20));
                s.mention("fan", FIRINGS.name(), r, "lovely, " + r + ", what cone was that?");
            }
        }
        s.later(Duration.ofDays(7));
        for (int i = 0; i < 10; i++) {
            s.later(Duration.ofHours(9));
            s.sayIn("ana", FIRINGS, "I glazed my first set of bowls " + i + " and I think my new celadon finally "
                    + "works, my test tiles all came out the way I wanted, my kiln log says cone six");
        }
        s.mention("ana", "general", "bob", "bob, the new trimming tool is worth it");
        s.mention("ana", "general", "cleo", "cleo, see you at the studio on Sunday");
        s.later(Duration.ofDays(7));
        return s;
    }

    @Test
    void aRoomWhoseRegularsPostTheirOwnDoingsKeepsThatNormAcrossARestartSoFollowingItIsNotBroadcasting() {
        Story story = anaFollowsTheRoom();

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.ONEWAY_BROADCAST)).isEmpty();
        assertThat(only(uninterrupted, RuleId.ONEWAY_SELF_FOCUS)).isEmpty();
        // Restarted while the norm is being learned and while Ana follows it: the counts per poster are kept.
        assertEveryRestartGives(story, uninterrupted);
    }

    @Test
    void theRoomNormsAreKeptByPseudonymAndForgettingSomeoneTakesTheirCountsOut() {
        Story story = anaFollowsTheRoom();
        story.runRestartedAfter(story.length());
        String kit = pseudonyms.of(UserId.of("kit"));
        CommunitySnapshot kept = storage().engineState().communities().get(0);
        assertThat(kept.norms()).filteredOn(n -> n.channel().value().equals("kiln-corner")).singleElement()
                .satisfies(n -> assertThat(n.posters()).extracting(CommunitySnapshot.Poster::who).contains(kit));
        assertThat(String.join("\n", storedCommunityDocuments())).doesNotContain("\"kit\"", "bisque", "celadon");
        assertThat(storage().personalData().export(UserId.of("kit"))).contains("\"yourPostsInRooms\"",
                "\"kiln-corner\"");

        storage().personalData().forget(UserId.of("kit"));

        assertThat(storage().engineState().communities().get(0).mentions(kit)).isFalse();
        assertThat(storage().engineState().communities().get(0).norms())
                .filteredOn(n -> n.channel().value().equals("kiln-corner")).singleElement()
                .satisfies(n -> assertThat(n.posters()).hasSize(4));
    }

    // --- oneway.give-take: a request passed over that one could have answered ----------------------------------

    /** Four days on which Vera and Ugo answer Tova's baking questions, thanked each time: a learner's week. */
    private Story helpedOnFourDaysByTwo() {
        return helpedOnFourDaysByTwo(new Story("tova"));
    }

    private Story helpedOnFourDaysByTwo(Story s) {
        String[] questions = {"why does my loaf tear on the side?", "should I bake in a dutch oven or on a stone?",
            "how long do I let the dough rest after shaping?", "what makes the crumb gummy?"};
        for (int i = 0; i < questions.length; i++) {
            s.later(Duration.ofDays(1));
            s.say("tova", "help", questions[i]);
            s.mention(i % 2 == 0 ? "vera" : "ugo", "help", "tova", "that usually comes down to proofing time");
            s.mention("tova", "help", i % 2 == 0 ? "vera" : "ugo", "thanks!");
        }
        s.later(Duration.ofHours(2));
        return s;
    }

    @Test
    void aRequestPassedOverIsCountedWhetherTheRestartCameBeforeWhatSheLearnedWasAskedOrAfterShePassedItOver() {
        Story story = helpedOnFourDaysByTwo();
        int asked = story.length();
        story.say("wim", "help", "why would the side of my loaf tear open in the oven?");
        story.later(Duration.ofMinutes(20));
        story.say("tova", "help", "next one: how warm should the kitchen be for the bulk rise?");
        int passedOver = story.length();
        story.later(Duration.ofHours(3));
        story.say("tova", "help", "the kitchen thermometer says 24, is that too warm?");

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("passed-over")).isEqualTo(1));
        // What she learned comes back (keyed) for a restart before Wim asks; his request, open, for a restart before
        // she passes it over (the community's state); that she passed it over for one after.
        assertThat(asked).isLessThan(passedOver);
        assertEveryRestartGives(story, uninterrupted);
    }

    /** A tool she said she uses is kept like what she learned: a restart between does not make her a stranger to it. */
    @Test
    void aRequestAboutAToolSheSaidSheUsesIsPassedOverWhereverTheRestartCame() {
        Story story = new Story("tova");
        story.say("tova", "general", "we moved all our preorders into Crumbsheet in March, no more paper tickets");
        helpedOnFourDaysByTwo(story);
        story.say("wim", "help", "how do you get last month's totals out of Crumbsheet? the export button is greyed");
        story.later(Duration.ofMinutes(20));
        story.say("tova", "help", "next one: how warm should the kitchen be for the bulk rise?");

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("passed-over")).isEqualTo(1));
        assertEveryRestartGives(story, uninterrupted);
    }

    @Test
    void aRequestSheAnswersAfterARestartIsNotPassedOver() {
        Story story = helpedOnFourDaysByTwo();
        int asked = story.length();
        String request = story.say("wim", "help", "why would the side of my loaf tear open in the oven?");
        story.later(Duration.ofMinutes(20));
        story.reply("tova", "help", request, "wim", "mine did that too, let it proof longer and score it deeper");

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.ONEWAY_GIVE_TAKE)).isEmpty();
        assertEveryRestartGives(story, uninterrupted);
    }

    @Test
    void whatSheLearnedIsKeptAsKeyedTopicWordsNeverAsTextAndTheRequestsSheSkippedAsTimes() {
        Story story = helpedOnFourDaysByTwo();
        story.say("wim", "help", "why would the side of my loaf tear open in the oven?");
        story.later(Duration.ofMinutes(20));
        story.say("tova", "help", "next one: how warm should the kitchen be for the bulk rise?");
        story.runRestartedAfter(story.length());
        UserSnapshot tova = storage().engineState().load(UserId.of("tova"), Fixtures.GUILD).orElseThrow();
        assertThat(tova.learned()).hasSize(4).allSatisfy(l -> assertThat(l.topic()).isNotEmpty()
                .doesNotContainAnyElementsOf(plainHashes("loaf", "tear", "side", "dutch", "oven", "stone", "dough",
                        "rest", "shaping", "crumb", "gummy")));
        assertThat(tova.passedOver()).hasSize(1);
    }

    // --- audience.peers-only: who the others are, as the community saw them ------------------------------------

    /** A channel where people offer their work or post jobs: a community with one is a place where people sell. */
    private static final ChannelInfo GIGS = ChannelInfo.of("gigs", "work offered and wanted");

    /**
     * Ana offers her garden design work in #gigs; Sam's questions wait in #help while she chats with Pete and Pavel
     * in the lounge; then Pete and Pavel post in #gigs ({@code peteSays}, {@code pavelSays}), follow their posts up
     * there, and Ana answers them in the lounge.
     */
    private Story lastWordsWithPeteAndPavelAfterTheyPosted(String peteSays, String pavelSays) {
        Story s = new Story("ana");
        s.sayIn("ana", GIGS, "Booking two garden design jobs for April, homeowners welcome.");
        s.say("sam", "help", "which hedge grows fastest along a fence?");
        s.say("sam", "help", "how much should a small garden plan cost?");
        s.say("sam", "help", "is it worth paying for a soil test?");
        for (int i = 0; i < 8; i++) {
            s.mention("ana", "lounge", i % 2 == 0 ? "pete" : "pavel", "agreed, that planting guide is very good");
        }
        s.sayIn("pete", GIGS, peteSays);
        s.sayIn("pavel", GIGS, pavelSays);
        s.later(Duration.ofHours(1));
        s.sayIn("pete", GIGS, "Great, let us meet on site on Thursday morning.");
        s.sayIn("pavel", GIGS, "Perfect, I will send photos of the courtyard tonight.");
        s.mention("ana", "lounge", "pete", "Thursday morning suits me");
        s.mention("ana", "lounge", "pavel", "photos tonight are fine");
        return s;
    }

    @Test
    void whoPostedAJobIsStillABuyerAfterARestartSoTheirFollowUpsAreNotOffers() {
        Story story = lastWordsWithPeteAndPavelAfterTheyPosted("Need someone to redo my back garden, DM me your rates.",
                "Need someone to plan a small courtyard, send me your rates.");

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.AUDIENCE_PEERS_ONLY)).isEmpty();
        // Restarted after the jobs were posted, before their follow-ups: without the flag the follow-ups read as
        // offers of work, and Pete and Pavel as peers.
        assertEveryRestartGives(story, uninterrupted);
    }

    @Test
    void whoOfferedTheirWorkIsStillInTheTradeAfterARestartAndSamsQuestionsStillWait() {
        Story story = lastWordsWithPeteAndPavelAfterTheyPosted("Open for hedge trimming and lawn work from March.",
                "I have room for one more weekly garden client.");

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.AUDIENCE_PEERS_ONLY)).singleElement()
                .satisfies(f -> assertThat(f.evidence().suggestions()).hasSize(3));
        // Sam's questions are the community's (nobody coached asked them), and so is what Pete and Pavel offered.
        assertEveryRestartGives(story, uninterrupted);
    }

    // --- audience.advocates: a regular who sent people of their own is a customer ------------------------------

    @Test
    void aRegularWhoSentPeopleOfTheirOwnIsStillACustomerAfterARestart() {
        Story story = new Story("ana");
        story.sayWithRoles("ana", "general", "Team", "rye loaves out of the oven at noon");
        story.sayWithRoles("cleo", "general", "Customer", "the rye was gone by one, next time then");
        story.say("dev", "general", "windy on the bridge this morning");
        story.say("dev", "general", "the bus was full again");
        story.mention("dev", "general", "ana", "I sent my whole book club your way, they love the rye");
        story.later(Duration.ofMinutes(5));
        story.mention("dev", "general", "ana", "could you bake thirty rolls for a school fair on Saturday?");
        story.later(Duration.ofHours(2));
        story.sayWithRoles("ana", "off-topic", "Team", "does anyone know a good flour supplier nearby?");
        story.later(Duration.ofHours(24));

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.AUDIENCE_ADVOCATES)).hasSize(1);
        assertEveryRestartGives(story, uninterrupted);
    }

    @Test
    void theCommunityIsKeptWithEveryoneByPseudonymAndNoWordsAndForgettingSomeoneTakesThemOutOfIt() {
        Story story = lastWordsWithPeteAndPavelAfterTheyPosted("Need someone to redo my back garden, DM me your rates.",
                "Need someone to plan a small courtyard, send me your rates.");
        story.runRestartedAfter(story.length());
        String pete = pseudonyms.of(UserId.of("pete"));
        String pavel = pseudonyms.of(UserId.of("pavel"));
        assertThat(String.join("\n", storedCommunityDocuments())).satisfies(doc -> assertThat(doc)
                .contains(pete, pavel, pseudonyms.of(UserId.of("sam")), pseudonyms.of(UserId.of("ana")))
                .doesNotContain("\"pete\"", "\"pavel\"", "\"sam\"", "\"ana\"", "garden", "courtyard", "rates",
                        "hedge"));
        CommunitySnapshot kept = storage().engineState().communities().get(0);
        assertThat(kept.member(pavel)).hasValueSatisfying(m -> assertThat(m.postedJob()).isTrue());
        assertThat(kept.open()).hasSize(3).allSatisfy(r -> assertThat(r.topic()).isNotEmpty());
        assertThat(storage().personalData().export(UserId.of("pavel"))).contains("\"communityState\"",
                "\"postedJob\" : true", "\"communityStatesMentioningYou\" : 1");

        assertThat(storage().personalData().forget(UserId.of("pete")).scrubbedRows())
                .containsEntry("community_state", 1);
        CommunitySnapshot after = storage().engineState().communities().get(0);
        assertThat(after.mentions(pete)).isFalse();
        assertThat(after.member(pavel)).isEqualTo(kept.member(pavel));
    }

    /** The community documents as stored, unparsed (each community in parts). */
    private List<String> storedCommunityDocuments() {
        try (Connection c = DriverManager.getConnection(database.url(), database.user().orElse(null),
                database.password().isEmpty() ? null : database.password().reveal());
             Statement st = c.createStatement();
             java.sql.ResultSet r = st.executeQuery("SELECT state FROM community_part")) {
            List<String> docs = new ArrayList<>();
            while (r.next()) {
                docs.add(r.getString(1));
            }
            return docs;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the community state", e);
        }
    }

    // --- what was said before the restart: who wrote a message, whom it waits on --------------------------------

    /** Bob asks Ana something by name; Cleo, who works with her, answers it in a reply; Ana chats elsewhere. */
    @Test
    void aQuestionToHerThatSomeoneElseAnsweredInAReplyAfterARestartNoLongerWaitsForHer() {
        Story story = new Story("ana");
        story.say("ana", "general", "morning all");
        String question = story.mention("bob", "general", "ana", "is the pottery studio open on Sunday?");
        story.reply("cleo", "general", question, "bob", "yes, from ten to four on Sundays, Ana and I take turns");
        story.say("ana", "market", "the new glazes came in today, lovely blues");
        story.later(Duration.ofHours(25));
        story.later(Duration.ofDays(7));

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.ONEWAY_UNANSWERED)).isEmpty();
        // Restarted between the question and Cleo's answer: the reply is to a message whose author and addressee
        // the coach still knows (kept by pseudonym, without its words).
        assertEveryRestartGives(story, uninterrupted);
    }

    /** A reply by someone else that answers nothing leaves it waiting, restart or not. */
    @Test
    void aReplyBySomeoneElseThatAnswersNothingLeavesItWaitingAfterARestart() {
        Story story = new Story("ana");
        story.say("ana", "general", "morning all");
        String question = story.mention("bob", "general", "ana", "is the pottery studio open on Sunday?");
        story.reply("cleo", "general", question, "bob", "good question, me too?");
        story.say("ana", "market", "the new glazes came in today, lovely blues");
        story.later(Duration.ofHours(25));
        story.later(Duration.ofDays(7));

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.ONEWAY_UNANSWERED)).hasSize(1);
        assertEveryRestartGives(story, uninterrupted);
    }

    /**
     * Bob and Ana met in the guild; Bob writes to her directly, and after a restart she pitches to him there: the
     * conversation's people are kept (by pseudonym), so her pitch counts in the guild where they met.
     */
    @Test
    void aDirectConversationStillCountsWhereItsPeopleMetAfterARestart() {
        Story story = new Story("ana");
        story.say("bob", "general", "morning all, the tomatoes are finally red");
        story.say("ana", "general", "lovely, mine are still green");
        story.direct("dm-ana-bob", "bob", "hi ana, nice to meet you here");
        story.direct("dm-ana-bob", "ana", "[pitch] glad you wrote! my seed packs are half price for you too");
        story.say("ana", "trade", "[pitch] seed packs at half price this week");
        story.later(Duration.ofDays(7));

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.PROMO_SELF)).singleElement()
                .satisfies(f -> assertThat(f.community()).isEqualTo(Fixtures.GUILD));
        assertEveryRestartGives(story, uninterrupted);
    }

    @Test
    void theMessagesAreKeptWithoutWordsAndEveryoneByPseudonymAndForgettingSomeoneTakesTheirsOut() {
        Story story = new Story("ana");
        story.say("ana", "general", "morning all");
        story.mention("bob", "general", "ana", "is the pottery studio open on Sunday?");
        story.direct("dm-ana-bob", "bob", "hi ana, nice to meet you here");
        story.runRestartedAfter(story.length());
        String bob = pseudonyms.of(UserId.of("bob"));
        String ana = pseudonyms.of(UserId.of("ana"));
        List<CommunitySnapshot> kept = storage().engineState().communities();
        assertThat(kept).flatExtracting(CommunitySnapshot::messages).isNotEmpty()
                .anySatisfy(m -> assertThat(m.author()).isEqualTo(bob))
                .anySatisfy(m -> assertThat(m.spokenTo()).containsExactly(ana));
        assertThat(kept).flatExtracting(CommunitySnapshot::conversations).singleElement()
                .satisfies(c -> assertThat(c.people()).containsExactly(bob));
        assertThat(String.join("\n", storedCommunityDocuments())).doesNotContain("\"bob\"", "\"ana\"", "pottery",
                "Sunday", "morning", "nice to meet");

        assertThat(storage().personalData().export(UserId.of("bob"))).contains("\"yourMessages\"");

        storage().personalData().forget(UserId.of("bob"));

        assertThat(storage().engineState().communities()).allSatisfy(c -> assertThat(c.mentions(bob)).isFalse())
                .flatExtracting(CommunitySnapshot::messages).singleElement()
                .satisfies(m -> assertThat(m.author()).isEqualTo(ana));
    }

    // --- oneway.unanswered: a question under her post to nobody by name, answered in the room ------------------

    /** The step after which Dev has answered Bob's question and Bob has not thanked him yet. */
    private static final int ANSWERED_NOT_YET_THANKED = 5;

    /**
     * Bob shares a plan; Ana quips under it; Bob's question follows under her quip, naming nobody. Fourteen hours on,
     * Dev answers it under Bob's plan and, if {@code thanked}, Bob thanks him half an hour later; Ana is around,
     * writing elsewhere.
     */
    private Story answeredInTheRoom(boolean thanked) {
        Story s = new Story("ana");
        String plan = s.say("bob", "general", "planning a ride along the coast on Saturday, first long one");
        String quip = s.reply("ana", "general", plan, "bob", "bring more snacks than you think you need");
        s.reply("bob", "general", quip, "ana", "ha, noted. is a hybrid ok for the path?");
        s.later(Duration.ofHours(14));
        String answer = s.reply("dev", "general", plan, "bob",
                "the coastal path is fine on a hybrid, just walk the last stony stretch down to the harbour");
        s.later(Duration.ofMinutes(30));
        if (thanked) {
            s.reply("bob", "general", answer, "dev", "thanks Dev, hybrid it is then");
        }
        s.later(Duration.ofHours(1));
        s.say("ana", "workshop", "truing a wheel for a friend this afternoon");
        s.later(Duration.ofHours(30));
        return s;
    }

    @Test
    void aQuestionToNobodyByNameAnsweredInTheRoomAndThankedAfterARestartNoLongerWaitsForHer() {
        Story story = answeredInTheRoom(true);

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.ONEWAY_UNANSWERED)).isEmpty();
        // Restarted between Dev's answer and Bob's thanks: the question and the answer are kept (Bob and Dev by
        // pseudonym), so the thanks still closes it.
        assertEveryRestartGives(story, uninterrupted);
    }

    @Test
    void aQuestionToNobodyByNameAnsweredInTheRoomButNeverThankedStillWaitsForHerAfterARestart() {
        Story story = answeredInTheRoom(false);

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.ONEWAY_UNANSWERED)).hasSize(1);
        assertEveryRestartGives(story, uninterrupted);
    }

    @Test
    void theQuestionAnsweredInTheRoomIsKeptByPseudonymWithoutWordsAndForgettingTheAskerTakesItOut() {
        Story story = answeredInTheRoom(true);
        story.runRestartedAfter(ANSWERED_NOT_YET_THANKED);
        String bob = pseudonyms.of(UserId.of("bob"));
        String dev = pseudonyms.of(UserId.of("dev"));
        CommunitySnapshot kept = storage().engineState().communities().get(0);
        assertThat(kept.askedUnnamed()).singleElement().satisfies(a -> {
            assertThat(a.asker()).isEqualTo(bob);
            assertThat(a.questions()).containsExactly(MessageId.of("m2"));
            assertThat(a.answeredBy()).contains(dev);
            assertThat(a.answeredAt()).isPresent();
        });
        assertThat(String.join("\n", storedCommunityDocuments())).doesNotContain("\"bob\"", "\"dev\"", "hybrid",
                "coastal", "snacks");
        assertThat(storage().personalData().export(UserId.of("bob"))).contains("\"yourQuestionsInRooms\"");

        storage().personalData().forget(UserId.of("bob"));

        CommunitySnapshot after = storage().engineState().communities().get(0);
        assertThat(after.mentions(bob)).isFalse();
        assertThat(after.askedUnnamed()).isEmpty();
    }

    // --- audience.peers-only: the week's requests to the room ---------------------------------------------------

    @Test
    void aRequestForOffersToTheRoomIsKeptByPseudonymWithoutWordsAndListedInTheAskersExportTillForgotten() {
        Story story = new Story("ana");
        story.say("ana", "general", "morning all, kiln is warming up");
        story.say("bob", "general", "looking for someone to regrout a small bathroom in Leeds, can anyone quote?");
        story.later(Duration.ofHours(2));
        story.say("ana", "general", "first firing of the week done");
        story.runRestartedAfter(story.length());
        String bob = pseudonyms.of(UserId.of("bob"));
        CommunitySnapshot kept = storage().engineState().communities().get(0);
        assertThat(kept.asked()).singleElement().satisfies(a -> {
            assertThat(a.asker()).isEqualTo(bob);
            assertThat(a.offer()).isTrue();
        });
        assertThat(String.join("\n", storedCommunityDocuments())).doesNotContain("\"bob\"", "regrout", "Leeds");
        assertThat(storage().personalData().export(UserId.of("bob"))).contains("\"yourRequestsToTheRoom\"");

        storage().personalData().forget(UserId.of("bob"));

        CommunitySnapshot after = storage().engineState().communities().get(0);
        assertThat(after.mentions(bob)).isFalse();
        assertThat(after.asked()).isEmpty();
    }

    // --- sell.cold: a promise to write privately, then the DM -------------------------------------------------

    /**
     * Nell asks the room whether anyone has a skillet; Rory answers that he has one and will DM her photos; two hours
     * later his DM brings them and a price ({@code dm}).
     */
    private Story roryPromisesNellADm(String question, String answer, String dm) {
        Story s = new Story("rory");
        s.say("cleo", "swap-shop", "morning all, the spring swap is on Saturday");
        String asked = s.say("nell", "swap-shop", question);
        s.reply("rory", "swap-shop", asked, "nell", answer);
        s.later(Duration.ofHours(2));
        s.directTo("dm-rory-nell", "rory", "nell", dm);
        s.later(Duration.ofDays(7));
        return s;
    }

    @Test
    void aPriceSentByDmAfterPromisingItInTheRoomStillAnswersTheAskerAfterARestart() {
        Story story = roryPromisesNellADm("does anyone have a cast iron skillet, around 28cm, already seasoned?",
                "I've got a 26cm one that's been seasoned for years, I'll DM you some photos",
                "Hi Nell, photos of the skillet: https://rory-kitchen.example/skillet-26. £22 with postage, shall I "
                        + "keep it for you till Friday?");

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.SELL_COLD)).isEmpty();
        // Restarted between the promise and the DM: the promise and Nell's kind of question are kept (Nell by
        // pseudonym), so the DM is what she was promised, not a cold pitch.
        assertEveryRestartGives(story, uninterrupted);
    }

    @Test
    void aPriceForSomethingElseSentByDmToSomeoneWhoAskedHowToDoSomethingIsStillColdAfterARestart() {
        Story story = roryPromisesNellADm("how do I get rust off a cast iron skillet without ruining it?",
                "steel wool and a thin coat of oil, then bake it upside down, I'll DM you a photo of mine",
                "Hi Nell, I also sell restored skillets, 26cm for £22 with postage, shall I keep one for you till "
                        + "Friday? https://rory-kitchen.example/skillets");

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.SELL_COLD)).hasSize(1);
        assertEveryRestartGives(story, uninterrupted);
    }

    @Test
    void thePromiseIsKeptWithTheAskerByPseudonymAndForgettingHerTakesItOut() {
        Story story = roryPromisesNellADm("does anyone have a cast iron skillet, around 28cm, already seasoned?",
                "I've got a 26cm one that's been seasoned for years, I'll DM you some photos", "photos coming");
        story.runRestartedAfter(3);
        String rory = pseudonyms.of(UserId.of("rory"));
        String nell = pseudonyms.of(UserId.of("nell"));
        CommunitySnapshot kept = storage().engineState().communities().get(0);
        assertThat(kept.member(rory)).hasValueSatisfying(m -> assertThat(m.promisedPrivately()).contains(nell));
        assertThat(kept.member(nell)).hasValueSatisfying(m -> assertThat(m.lastQuestionAsksWhoHasOne()).isTrue());
        assertThat(String.join("\n", storedCommunityDocuments())).doesNotContain("\"nell\"", "\"rory\"", "skillet",
                "photos");

        storage().personalData().forget(UserId.of("nell"));

        CommunitySnapshot after = storage().engineState().communities().get(0);
        assertThat(after.mentions(nell)).isFalse();
        assertThat(after.member(rory)).hasValueSatisfying(m -> assertThat(m.promisedPrivately()).isEmpty());
    }

    // --- oneway.give-take: words under one's own post, said to those who replied there ------------------------

    /**
     * Raul answers Ines's workshop questions on three evenings, each under her question; hours later she replies
     * under her own question with {@code back}.
     */
    private Story raulAnswersUnderInesQuestions(String[] back) {
        Story s = new Story("ines");
        String[][] days = {
            {"my new chisels will not take an edge, what am I doing wrong?",
                "flatten the back on a coarse stone first, then hone the bevel, and only use the tip of the stone"},
            {"gluing up a stool tomorrow, how many clamps do I need for four legs?",
                "two band clamps are enough, but always do a dry fit first so you find the long leg before the glue"},
            {"which grit should I finish a chair seat with before the oil goes on?",
                "a finer grit than you think, two hundred and forty, or the oil shows every scratch you left"},
        };
        for (int i = 0; i < days.length; i++) {
            s.later(Duration.ofDays(1));
            String asked = s.say("ines", "workshop-help", days[i][0]);
            s.later(Duration.ofMinutes(30));
            s.reply("raul", "workshop-help", asked, "ines", days[i][1]);
            s.later(Duration.ofHours(3));
            s.reply("ines", "workshop-help", asked, "ines", back[i]);
        }
        s.later(Duration.ofDays(7));
        return s;
    }

    @Test
    void herWordsUnderHerOwnQuestionAreStillSaidToWhoAnsweredThereAfterARestart() {
        Story story = raulAnswersUnderInesQuestions(new String[]{
            "sharpened both chisels that way, the edge holds now. why only the tip of the stone though?",
            "did the dry fit first like you said, one leg was long. trimmed it and glued, it sits flat",
            "went with the finer grit, the scratches are gone but it took an hour. is that normal?"});

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.ONEWAY_GIVE_TAKE)).isEmpty();
        // Restarted between Raul's answer and her words under her question: who replied there is kept (by
        // pseudonym), so she still talks it through with him.
        assertEveryRestartGives(story, uninterrupted);
    }

    @Test
    void onlyThanksUnderHerOwnQuestionAreStillOnlyThanksAfterARestart() {
        Story story = raulAnswersUnderInesQuestions(new String[]{"thanks!", "thank you", "thanks a lot"});

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("thanked")).isEqualTo(1));
        assertEveryRestartGives(story, uninterrupted);
    }

    @Test
    void whoRepliedUnderHerPostIsKeptByPseudonymAndForgettingHimTakesHimOut() {
        Story story = raulAnswersUnderInesQuestions(new String[]{"thanks!", "thank you", "thanks a lot"});
        story.runRestartedAfter(4);
        String raul = pseudonyms.of(UserId.of("raul"));
        UserSnapshot ines = storage().engineState().load(UserId.of("ines"), Fixtures.GUILD).orElseThrow();
        assertThat(ines.repliesUnder()).singleElement().satisfies(r -> assertThat(r.by()).isEqualTo(raul));

        storage().personalData().forget(UserId.of("raul"));

        assertThat(storage().engineState().load(UserId.of("ines"), Fixtures.GUILD).orElseThrow().mentions(raul))
                .isFalse();
    }

    // --- the team's open questions in a support channel ---------------------------------------------------------

    /** A channel where the business's team answers its customers. */
    private static final ChannelInfo DESK = ChannelInfo.of("billing",
            "Trouble with a payment or your plan? Post here and our staff will reply.");

    /**
     * Ana and Tom are the team (a Team role); Cleo, a customer (a Customer role), asks at the desk; {@code
     * tomAtTheDesk}: Tom takes it up there.
     */
    private Story customerAsksTheTeam(boolean tomAtTheDesk) {
        Story s = new Story("ana");
        CoachSettings defaults = CoachSettings.defaults(RuleCatalogue.standard().rules());
        s.settings = new CoachSettings(defaults.rules(), Map.of(), defaults.helpWindow(),
                Map.of("Customer", Audience.CUSTOMER, "Team", Audience.IGNORE), Goal.FIND_CUSTOMERS);
        s.sayWithRoles("ana", "general", "Team", "the spring price list is live on the site");
        s.sayWithRoles("tom", "general", "Team", "and the new checkout goes out on Thursday");
        s.sayInWithRoles("cleo", DESK, "Customer", "my card was charged twice for the March renewal, could someone "
                + "take a look?");
        s.later(Duration.ofMinutes(1));
        if (tomAtTheDesk) {
            s.sayInWithRoles("tom", DESK, "Team", "looking at the payments log now, one moment");
        }
        s.later(Duration.ofHours(2));
        s.sayWithRoles("ana", "general", "Team", "who else is watching the final tonight?");
        s.later(Duration.ofHours(24));
        s.later(Duration.ofDays(7));
        return s;
    }

    @Test
    void aColleagueTakingUpACustomersQuestionAfterARestartServesItForTheWholeTeam() {
        Story story = customerAsksTheTeam(true);

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.AUDIENCE_ADVOCATES)).isEmpty();
        // Restarted while the question waits on the team: that it is the team's, and who the team was, are kept.
        assertEveryRestartGives(story, uninterrupted);
    }

    @Test
    void aCustomersQuestionNobodyOnTheTeamTookUpStillWaitsOnHerAfterARestart() {
        Story story = customerAsksTheTeam(false);

        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.AUDIENCE_ADVOCATES)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("customers-waiting")).isEqualTo(1));
        assertEveryRestartGives(story, uninterrupted);
    }

    // --- room norms when their memory setting changes between runs ------------------------------------------------

    /**
     * The norms' counts are numbered in periods of half their memory; kept with that length, a restart under a longer
     * memory reads them at the same times (read on the new scale, every count was years away and the norm lost).
     */
    @Test
    void aRoomsNormLearnedBeforeARestartHoldsWhenTheNormsMemoryIsLongerAfterIt() {
        Story story = anaFollowsTheRoom();
        List<Finding> uninterrupted = story.run();
        assertThat(only(uninterrupted, RuleId.ONEWAY_BROADCAST)).isEmpty();

        story.roomNormsAfterRestart = new RoomNormSettings(true, 3, 0.75, Duration.ofDays(42));
        assertEveryRestartGives(story, uninterrupted);
    }

    // --- the stories ------------------------------------------------------------------------------------------

    private static List<Integer> plainHashes(String... words) {
        List<Integer> hashes = new ArrayList<>();
        for (String w : words) {
            hashes.add(w.hashCode());
        }
        return hashes;
    }

    private static List<Finding> only(List<Finding> findings, RuleId rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }

    /**
     * A story in one community: messages a minute apart unless time is let pass, with the coached people in UTC.
     * Run through the real rule catalogue, ended by closing every open week.
     */
    /** Restarted after any step of the story, the run gives exactly the uninterrupted run's findings. */
    private static void assertEveryRestartGives(Story story, List<Finding> uninterrupted) {
        for (int restartAfter = 1; restartAfter < story.length(); restartAfter++) {
            assertThat(story.runRestartedAfter(restartAfter))
                    .as("restarted after step %d", restartAfter).isEqualTo(uninterrupted);
        }
    }

    private final class Story {
        private final Set<UserId> coached;
        private final List<Step> steps = new ArrayList<>();
        private Instant now = START;
        private int ids;
        /** The message a scene is about, for the steps added after it. */
        String asked;

        Story(String... coachedPeople) {
            this.coached = Set.of(java.util.Arrays.stream(coachedPeople).map(UserId::of).toArray(UserId[]::new));
        }

        int length() {
            return steps.size();
        }

        String say(String author, String channel, String text) {
            return add(next(author, channel, text).build());
        }

        String sayWithRoles(String author, String channel, String role, String text) {
            return add(next(author, channel, text).roles(Set.of(role)).build());
        }

        String sayIn(String author, ChannelInfo channel, String text) {
            return add(next(author, channel.name(), text).channelInfo(channel).build());
        }

        String sayInWithRoles(String author, ChannelInfo channel, String role, String text) {
            return add(next(author, channel.name(), text).channelInfo(channel).roles(Set.of(role)).build());
        }

        /** A direct message in conversation {@code dm}, filed as exports file them (under an id of its own). */
        String direct(String dm, String author, String text) {
            now = now.plusSeconds(60);
            return add(ChatMessage.builder().id("m" + ids++).at(now).in(DIRECT_MESSAGES, dm).direct().by(author)
                    .text(text).build());
        }

        /** A direct message to {@code to}, counted in the story's community (an export naming its other side). */
        String directTo(String dm, String author, String to, String text) {
            return add(next(author, dm, text).direct().mention(to).build());
        }

        String mention(String author, String channel, String to, String text) {
            return add(next(author, channel, text).mention(to).build());
        }

        String reply(String author, String channel, String to, String toAuthor, String text) {
            return add(next(author, channel, text).replyTo(to, toAuthor).build());
        }

        void later(Duration d) {
            now = now.plus(d);
            Instant until = now;
            steps.add(engine -> engine.advanceTo(until));
        }

        private ChatMessageBuilder next(String author, String channel, String text) {
            now = now.plusSeconds(60);
            return ChatMessage.builder().id("m" + ids++).at(now).in(COMMUNITY, channel).by(author).text(text);
        }

        private String add(ChatMessage m) {
            steps.add(engine -> engine.accept(m));
            return m.id().value();
        }

        /** The room norms' setting of the coach restarted (null: the default, as before the restart). */
        RoomNormSettings roomNormsAfterRestart;

        private CoachEngine engine() {
            return engine(RoomNormSettings.DEFAULTS);
        }

        /** The coach's settings (null: the defaults). */
        CoachSettings settings;

        private CoachEngine engine(RoomNormSettings roomNorms) {
            var builder = CoachEngine.builder().rules(RuleCatalogue.standard().rules())
                    .enrollment(user -> coached.contains(user) ? Optional.of(ZoneOffset.UTC) : Optional.empty())
                    .promoDetector(EngineScript.MARKED).pseudonyms(pseudonyms).roomNorms(roomNorms);
            return (settings == null ? builder : builder.settings(settings)).build();
        }

        /** Every tip of the story told without a restart. */
        List<Finding> run() {
            CoachEngine engine = engine();
            List<Finding> out = new ArrayList<>();
            steps.forEach(step -> out.addAll(step.apply(engine)));
            out.addAll(engine.finish());
            return out;
        }

        /**
         * Every tip of the story, the first coach saving what changed after each event into the test's database and
         * dropped after step {@code k}; a second coach restored from that database tells the rest.
         */
        List<Finding> runRestartedAfter(int k) {
            List<Finding> out = new ArrayList<>();
            Storage s = storage();
            emptyEngineState(database);
            CoachEngine first = engine();
            for (Step step : steps.subList(0, k)) {
                out.addAll(step.apply(first));
                // The periodic save: only the states the engine says changed, as the bot's saver takes them.
                List<UserSnapshot> changed = new ArrayList<>();
                for (PersonInCommunity p : first.drainChanged()) {
                    first.snapshot(p.user(), p.community()).ifPresent(changed::add);
                }
                List<CommunitySnapshot> communities = new ArrayList<>();
                for (CommunityId c : first.drainChangedCommunities()) {
                    first.communitySnapshot(c).ifPresent(communities::add);
                }
                s.engineState().saveAll(changed, communities);
            }
            // The first coach is gone (killed right after its save); the second knows only what the database holds.
            // The bot takes the communities back first; the engine takes them in either order (odd restart points
            // try the other).
            CoachEngine second = roomNormsAfterRestart == null ? engine() : engine(roomNormsAfterRestart);
            if (k % 2 == 0) {
                s.engineState().communities().forEach(second::restoreCommunity);
                s.engineState().all().forEach(second::restore);
            } else {
                s.engineState().all().forEach(second::restore);
                s.engineState().communities().forEach(second::restoreCommunity);
            }
            for (Step step : steps.subList(k, steps.size())) {
                out.addAll(step.apply(second));
            }
            out.addAll(second.finish());
            return out;
        }
    }

    /** One event of a story, or time passing; returns what the coach told. */
    private interface Step {
        List<Finding> apply(CoachEngine engine);
    }
}
