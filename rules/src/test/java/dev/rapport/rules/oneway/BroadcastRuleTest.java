package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.ObjIntConsumer;

import static dev.rapport.rules.rule.RuleId.LINKS_SHARE;
import static dev.rapport.rules.rule.RuleId.ONEWAY_BROADCAST;
import static org.assertj.core.api.Assertions.assertThat;

class BroadcastRuleTest {

    @Test
    void firesWhenNearlyEveryMessageAddressesNobody() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 10; i++) {
            chat.say("ana", "general", "Big news from my studio, part " + i);
        }
        chat.mention("ana", "general", "bob", "thanks bob");
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("share-percent")).isEqualTo(91));
    }

    @Test
    void staysQuietWhenHalfTheMessagesAreConversations() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 6; i++) {
            chat.say("ana", "general", "an update " + i);
            chat.mention("ana", "general", "bob", "what do you think, bob?");
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /** Lines sent within the same minute continue one turn: a pasted listing is one message to the room, not ten. */
    @Test
    void staysQuietForAListingPastedLineByLine() {
        Chat chat = Chat.coaching("ana");
        chat.mention("ana", "help", "bob", "here is what the disk tool says");
        java.time.Instant pasted = chat.now().plusSeconds(30);
        for (int i = 0; i < 10; i++) {
            chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("paste" + i).at(pasted.plusSeconds(i))
                    .in(Chat.COMMUNITY, "help").by("ana").text("/dev/sda" + i + "  2048  409600  83 Linux").build());
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
        assertThat(chat.report("ana").stats().messages()).as("every line is still a message in the numbers").isEqualTo(11);
    }

    /** Continuation is about lines in one go: the same announcements a minute or more apart are turns of their own. */
    @Test
    void firesForTheSameLinesSentAsSeparateAnnouncements() {
        Chat chat = Chat.coaching("ana");
        chat.mention("ana", "help", "bob", "here is what the disk tool says");
        for (int i = 0; i < 10; i++) {
            chat.say("ana", "help", "/dev/sda" + i + "  2048  409600  83 Linux");
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    /**
     * After asking the room for help, an error typed out line by line is one request, even a minute a line and with
     * other people talking in between.
     */
    @Test
    void staysQuietForAnErrorTypedOutLineByLineAfterAskingForHelp() {
        Chat chat = anaTypesOutTheScreenAfter("my laptop stops at boot with an error, it says:");
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /** The same lines, with no request for help before them, are separate announcements. */
    @Test
    void firesForTheSameLinesWithoutARequestBeforeThem() {
        Chat chat = anaTypesOutTheScreenAfter("my laptop shows this at boot:");
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    /** Ana says {@code opener} in #help, then types what her screen shows, a line a minute, among others' chatter. */
    private static Chat anaTypesOutTheScreenAfter(String opener) {
        return Scene.coaching("ana").says("ana", "help", opener)
                .times(10, (scene, i) -> scene.after(Duration.ofMinutes(1))
                        .says("p" + i, "help", "unrelated chatter " + i)
                        .says("ana", "help", "line " + i + " of the message on screen: waiting for device " + i))
                .finish();
    }

    // --- small rooms: a line that takes a turn is said to the others, a post between silences is not ----------

    /**
     * Two coaches talk in a channel only three people use, the third (Uma) coached; the room is known to be small
     * after their exchange.
     */
    private static Scene twoCoachesTalk() {
        return Scene.coaching("uma").times(10, (scene, i) -> scene.says(i % 2 == 0 ? "rory" : "tess", "general",
                "client check-ins are easier on a form, point " + i));
    }

    /**
     * The third member posts about her own training every few hours, to nobody, while the other two talk only now
     * and then: a run of posts of one's own, hours apart, speaks to nobody in particular, however small the room.
     */
    @Test
    void firesForPostsHoursApartIntoASmallRoomThatTakeNoOnesTurn() {
        Chat chat = twoCoachesTalk()
                .times(11, (scene, i) -> scene.after(Duration.ofHours(5))
                        .says("uma", "general", "early session done, my squat felt strong today, day " + i))
                .finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("broadcast")).isEqualTo(10));
    }

    /**
     * A slow conversation in the same small room: each line answers the other's last one, an hour or more later,
     * without the reply button. Taking turns is talking to the other, however slow the turns.
     */
    @Test
    void staysQuietForASlowConversationTakingTurnsInASmallRoom() {
        Chat chat = twoCoachesTalk()
                .times(11, (scene, i) -> scene
                        .after(Duration.ofHours(2))
                        .says("tess", "general", "how do you program deloads for beginners, round " + i + "?")
                        .after(Duration.ofHours(3))
                        .says("uma", "general", "when the bar goes quiet for a week, not on a calendar, round " + i))
                .finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /**
     * In the same small room the two coaches answer each other by reply, and Uma, two hours after each of their
     * exchanges, posts her own training news: a line after the others' words to each other takes neither one's turn,
     * however small the room (since session 37).
     */
    @Test
    void firesForPostsAfterTheOthersRepliedToEachOtherInASmallRoom() {
        Chat chat = twoCoachesTalk()
                .times(11, (scene, i) -> scene
                        .after(Duration.ofHours(2))
                        .says("rory", "general", "moving my clients to morning slots next month, round " + i)
                        .answers("tess", "general", "rory", "mornings suit most of mine as well, round " + i)
                        .after(Duration.ofHours(2))
                        .says("uma", "general", "early session done, my squat felt strong today, day " + i))
                .finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    /** Where the other's last line was said to the room, the same post, hours later, still takes its turn. */
    @Test
    void staysQuietForTheSamePostsAfterTheOthersSpokeToTheRoom() {
        Chat chat = twoCoachesTalk()
                .times(11, (scene, i) -> scene
                        .after(Duration.ofHours(2))
                        .says("rory", "general", "moving my clients to morning slots next month, round " + i)
                        .says("tess", "general", "mornings suit most of mine as well, round " + i)
                        .after(Duration.ofHours(2))
                        .says("uma", "general", "early session done, my squat felt strong today, day " + i))
                .finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }

    // --- asking the room: questions that drew answers are conversation ------------------------------------------

    /** A busy channel, Iris's: several people talk, so nobody's line is said to "the other two" by default. */
    private static Scene aBusyMarketChannel() {
        return Scene.coaching("iris").times(12, (scene, i) -> scene.says("stallholder" + (i % 5), "general",
                "the van is unloaded and the awning is up, stall " + i));
    }

    /**
     * In the busy channel, Iris posts stall news to nobody every three hours, eight times; the first three times, an
     * hour later, she asks the room something and the room takes it up or not: {@code asksAndTheRoom}. The week ends.
     */
    private static Chat irisPostsAndAsks(ObjIntConsumer<Scene> asksAndTheRoom) {
        return aBusyMarketChannel()
                .times(8, (scene, i) -> {
                    scene.after(Duration.ofHours(3)).says("iris", "general",
                            "new glaze batch out of the kiln, mugs on the stall from nine, batch " + i);
                    if (i < 3) {
                        asksAndTheRoom.accept(scene.after(Duration.ofHours(1)), i);
                    }
                })
                .finish();
    }

    /**
     * A potter posts stall news to nobody every few hours and asks the room three questions now and then; nobody
     * answers them. Questions nobody takes up are still lines to nobody.
     */
    @Test
    void firesWhenTheQuestionsToTheRoomDrawNoAnswer() {
        Chat chat = postsAndAsksTheRoom(false);
        assertThat(chat.findings(ONEWAY_BROADCAST)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("broadcast")).isEqualTo(11));
    }

    /**
     * The same week, but each question draws an answer from someone (a reply to it): asking the room and getting
     * answers is a conversation, so 8 of 11 turns to nobody (73%) is not broadcasting.
     */
    @Test
    void staysQuietWhenTheQuestionsToTheRoomDrewAnswers() {
        Chat chat = postsAndAsksTheRoom(true);
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
        assertThat(chat.report("iris").stats().replies()).as("the answered questions count as conversation").isEqualTo(3);
    }

    private static Chat postsAndAsksTheRoom(boolean answered) {
        String[] questions = {
            "Does anyone else think the new card reader is slow to connect in the mornings?",
            "Is the car park gate still locked before seven, does anybody know?",
            "Who else is doing the late-night market in December?",
        };
        return irisPostsAndAsks((scene, i) -> {
            MessageId q = scene.says("iris", "general", questions[i]).last();
            scene.says("stallholder" + i, "general", "the weather looks fine for tomorrow, stall " + i);
            if (answered) {
                scene.replies("stallholder" + (i + 1), "general", q, "iris",
                        "yes, mine takes a minute too, switching it off and on again helps");
            }
        });
    }

    /** An answer need not use the reply button: words to the asker in that channel while the question is open. */
    @Test
    void staysQuietWhenTheRoomAnsweredTheAskerByName() {
        Chat chat = irisPostsAndAsks((scene, i) -> scene
                .says("iris", "general", "Has anybody found a good supplier of bubble wrap near the ring road, round "
                        + i + "?")
                .asks("stallholder" + i, "general", "iris",
                        "the packaging place behind the garden centre sells big rolls cheaply"));
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /**
     * An answer need not name the asker either: in a busy room the next line after a question to the room, minutes
     * later, that opens as its answer (a belief offered, a yes, a hand raised) takes it up. The questions drew answers.
     */
    @Test
    void staysQuietWhenTheNextLineAfterEachQuestionOpensAsItsAnswer() {
        Chat chat = irisPostsAndAsks((scene, i) -> scene
                .says("iris", "general", "Does anybody know whether the council moved the bin day for the square, round "
                        + i + "?")
                .after(Duration.ofMinutes(10))
                .says("stallholder" + i, "general", "I reckon it went to Thursdays after the roadworks started"));
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /**
     * The same lines an hour and more after the questions, or a line that does not open as an answer, are remarks
     * of their own: the room moved on, and the questions still went to nobody.
     */
    @Test
    void firesWhenTheLineAfterEachQuestionComesLateOrOpensAsARemark() {
        Chat late = irisPostsAndAsks((scene, i) -> scene
                .says("iris", "general", "Does anybody know whether the council moved the bin day for the square, round "
                        + i + "?")
                .after(Duration.ofMinutes(50))
                .says("stallholder" + i, "general", "I reckon it went to Thursdays after the roadworks started"));
        assertThat(late.findings(ONEWAY_BROADCAST)).hasSize(1);
        Chat remark = irisPostsAndAsks((scene, i) -> scene
                .says("iris", "general", "Does anybody know whether the council moved the bin day for the square, round "
                        + i + "?")
                .after(Duration.ofMinutes(10))
                .says("stallholder" + i, "general", "the roadworks by the fountain have finally packed up"));
        assertThat(remark.findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    /**
     * Raising a hand to someone else's head count ("who fancies ...?") soon after it is a word to them: a week of
     * such answers beside one's own posts is not a week of talking to nobody.
     */
    @Test
    void staysQuietWhenTheAnswersToOthersHeadCountsRaiseAHand() {
        Chat chat = irisPostsAndAsks((scene, i) -> scene
                .says("stallholder" + i, "general", "Who fancies splitting a pallet of paper bags this month, lot " + i
                        + "?")
                .after(Duration.ofMinutes(5))
                .says("iris", "general", "me, put me down for a box"));
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /** A thank-you to the asker is not an answer: the questions still went to nobody. */
    @Test
    void firesWhenTheRoomOnlyThankedTheAsker() {
        Chat chat = irisPostsAndAsks((scene, i) -> {
            MessageId q = scene.says("iris", "general", "Anyone else planning to bring a heater this winter, round " + i
                    + "?").last();
            scene.replies("stallholder" + i, "general", q, "iris", "thanks so much!");
        });
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    /**
     * What the answer changed stays consistent with edits and deletions: an answered question, edited, is still
     * conversation; deleted, it leaves the numbers as if it had never been written.
     */
    @Test
    void anAnsweredQuestionEditedStaysConversationAndDeletedLeavesNoTrace() {
        Chat chat = aBusyMarketChannel().build();
        chat.later(java.time.Duration.ofHours(1));
        MessageId q = chat.say("iris", "general", "Does the market have a spare gazebo weight anyone could lend?");
        chat.reply("stallholder1", "general", q, "iris", "there are four spare ones in the office, ask at the desk");
        chat.feed(dev.rapport.rules.model.ChatMessage.builder().id(q.value()).at(chat.now()).in(Chat.COMMUNITY, "general")
                .by("iris").text("Does the market have a spare gazebo weight or two anyone could lend?").build());
        assertThat(chat.report("iris").stats().replies()).as("edited, still answered").isEqualTo(1);
        assertThat(chat.report("iris").stats().messages()).isEqualTo(1);
        chat.delete(q, "general");
        assertThat(chat.report("iris").stats().replies()).isZero();
        assertThat(chat.report("iris").stats().messages()).isZero();
    }

    // --- a channel for one's own logs or progress: posting to the room is what it is for ------------------------

    /** A runner's training diary, one entry a day or two, with a few chats with the others. */
    private static void trainingDiaryWeek(Chat chat, dev.rapport.rules.model.ChannelInfo where) {
        for (int i = 0; i < 10; i++) {
            chat.later(java.time.Duration.ofHours(9));
            chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("entry" + i).at(chat.now())
                    .in(Chat.COMMUNITY, where.name()).channelInfo(where).by("ana")
                    .text("long run " + i + ": 14 km at an easy pace, calves tight on the hills").build());
        }
        chat.mention("ana", "general", "bob", "bob, the new trail shoes are worth it");
        chat.mention("ana", "general", "cleo", "cleo, see you at the parkrun");
    }

    @Test
    void staysQuietForEntriesInAChannelForKeepingOnesOwnLog() {
        Chat chat = Chat.coaching("ana");
        trainingDiaryWeek(chat, dev.rapport.rules.model.ChannelInfo.of("training-log", "Post your sessions here."));
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /**
     * Since session 49: a topic that names things and then bids the members post them ("medals and race numbers from
     * past seasons, share them all here") makes a room for those posts, as "your medals" would.
     */
    @Test
    void staysQuietForEntriesInARoomWhoseTopicNamesThingsThenBidsThemPosted() {
        Chat chat = Chat.coaching("ana");
        trainingDiaryWeek(chat, dev.rapport.rules.model.ChannelInfo.of("club-archive",
                "medals and race numbers from past seasons, share them all here"));
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /** Asks bidden so ("questions about past seasons? share them here") make a room for asking, not for posts. */
    @Test
    void firesForTheSameEntriesWhereTheTopicBidsQuestionsPosted() {
        Chat chat = Chat.coaching("ana");
        trainingDiaryWeek(chat, dev.rapport.rules.model.ChannelInfo.of("club-archive",
                "questions about past seasons? share them here"));
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    @Test
    void firesForTheSameEntriesPostedToAnOrdinaryChannel() {
        Chat chat = Chat.coaching("ana");
        trainingDiaryWeek(chat, dev.rapport.rules.model.ChannelInfo.of("running-chat", "Talk about anything running."));
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    /**
     * A week of {@code entries} entries in her training log and {@code news} posts of her own news to nobody in the
     * chat room, hours apart, with nobody spoken to.
     */
    private static Chat logAndNewsWeek(int entries, int news) {
        Chat chat = Chat.coaching("ana");
        dev.rapport.rules.model.ChannelInfo log = dev.rapport.rules.model.ChannelInfo.of("training-log",
                "Post your sessions here.");
        for (int i = 0; i < entries; i++) {
            chat.later(java.time.Duration.ofHours(7));
            chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("log" + i).at(chat.now())
                    .in(Chat.COMMUNITY, log.name()).channelInfo(log).by("ana")
                    .text("hill repeats " + i + ": six of them, legs heavy by the fourth").build());
        }
        for (int i = 0; i < news; i++) {
            chat.later(java.time.Duration.ofHours(7));
            chat.say("ana", "running-chat", "I finally booked my spring marathon, my plan starts next week, part " + i);
        }
        chat.finish();
        return chat;
    }

    /**
     * Eight posts of her own news to nobody and two log entries: the entries are what their room is for and are left
     * out of the share, not out of the week, so a week of ten turns is judged, and eight of eight spoke to nobody
     * (since session 37).
     */
    @Test
    void firesForAWeekOfPostsToNobodyBesideAFewEntriesWhereTheyBelong() {
        assertThat(logAndNewsWeek(2, 8).findings(ONEWAY_BROADCAST)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("share-percent")).isEqualTo(100));
    }

    /**
     * The same ten posts all in one channel, two of them echoing its name: the others there are the same kind of post,
     * so the excused two count no more than they, and eight turns are too few to judge.
     */
    @Test
    void staysQuietWhenTheExcusedPostsWentWhereTheOthersToNobodyWent() {
        Chat chat = Chat.coaching("ana");
        dev.rapport.rules.model.ChannelInfo tallies = dev.rapport.rules.model.ChannelInfo.of("harvest-tallies", "");
        for (int i = 0; i < 10; i++) {
            chat.later(java.time.Duration.ofHours(7));
            chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("t" + i).at(chat.now())
                    .in(Chat.COMMUNITY, tallies.name()).channelInfo(tallies).by("ana")
                    .text(i < 2 ? "today's tally from my plot: beans and leeks, day " + i
                            : "dug the last of my potatoes this morning, day " + i).build());
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /**
     * A week of {@code news} posts of her own news to nobody in the allotment chat, beside posts in the room for harvest
     * tallies, in order: {@code true} one that names its kind ("today's tally"), {@code false} one that does not.
     */
    private static Chat talliesBesideNews(int news, boolean... named) {
        Chat chat = Chat.coaching("ana");
        dev.rapport.rules.model.ChannelInfo tallies = dev.rapport.rules.model.ChannelInfo.of("harvest-tallies", "");
        for (int i = 0; i < named.length; i++) {
            chat.later(java.time.Duration.ofHours(7));
            chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("t" + i).at(chat.now())
                    .in(Chat.COMMUNITY, tallies.name()).channelInfo(tallies).by("ana")
                    .text(named[i] ? "today's tally from my plot: beans and leeks, day " + i
                            : "dug the last of my potatoes this morning, day " + i).build());
        }
        for (int i = 0; i < news; i++) {
            chat.later(java.time.Duration.ofHours(7));
            chat.say("ana", "allotment-chat", "I finally sowed my winter onions, my plan for the shed is next, part " + i);
        }
        chat.finish();
        return chat;
    }

    /**
     * Since session 40: eight posts to nobody in the chat room, beside three in the tallies room of which two name
     * their kind: those two are most of her posts there, so the room's kind is what she posts there, and they are
     * turns of the week (eleven), though the one that did not name it spoke to nobody.
     */
    @Test
    void firesWhenTheNamedPostsAreMostOfHerPostsInTheirRoom() {
        assertThat(talliesBesideNews(8, true, false, true).findings(ONEWAY_BROADCAST)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("share-percent")).isEqualTo(100));
    }

    /**
     * Seven posts to nobody in the chat room, beside three in the tallies room of which one names its kind: it is one
     * among her plain posts there, the same kind as they, and nine turns are too few to judge.
     */
    @Test
    void staysQuietWhenTheNamedPostIsOneAmongHerPlainPostsThere() {
        assertThat(talliesBesideNews(7, false, true, false).findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /** A week mostly of log entries, with four posts to nobody besides, is judged by those four alone: too few. */
    @Test
    void staysQuietForAWeekMostlyOfEntriesWhereTheyBelong() {
        assertThat(logAndNewsWeek(6, 4).findings(ONEWAY_BROADCAST)).isEmpty();
    }

    @Test
    void channelsForOnesOwnLogsAndWinsAreKnownByNameOrTopic() {
        assertThat(dev.rapport.rules.text.ChannelPurpose.ownPosts(dev.rapport.rules.model.ChannelInfo.of("wins", "")))
                .isTrue();
        assertThat(dev.rapport.rules.text.ChannelPurpose.ownPosts(
                dev.rapport.rules.model.ChannelInfo.of("garden-journal", ""))).isTrue();
        assertThat(dev.rapport.rules.text.ChannelPurpose.ownPosts(
                dev.rapport.rules.model.ChannelInfo.of("builds", "Keep a log of your builds here"))).isTrue();
        assertThat(dev.rapport.rules.text.ChannelPurpose.ownPosts(
                dev.rapport.rules.model.ChannelInfo.of("changelog", ""))).isFalse();
        assertThat(dev.rapport.rules.text.ChannelPurpose.ownPosts(
                dev.rapport.rules.model.ChannelInfo.of("general", "Chat about anything"))).isFalse();
    }
    @Test
    void staysQuietForPostsInAChannelMadeForPostingOnesOwnThings() {
        Chat chat = Chat.coaching("ana");
        trainingDiaryWeek(chat, dev.rapport.rules.model.ChannelInfo.of("run-of-the-day", "What did you run today?"));
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /** A room whose topic gives its posts a rate ("one line a day") is for those lines, though nobody else posts. */
    @Test
    void staysQuietForEntriesInARoomWhoseTopicGivesThemARate() {
        Chat chat = Chat.coaching("ana");
        trainingDiaryWeek(chat, dev.rapport.rules.model.ChannelInfo.of("daily-miles", "post your miles, one line a day"));
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /** A topic that only says when the room meets ("one day a week") names no kind of post. */
    @Test
    void firesForTheSameEntriesInARoomWhoseTopicSaysWhenItMeets() {
        Chat chat = Chat.coaching("ana");
        trainingDiaryWeek(chat, dev.rapport.rules.model.ChannelInfo.of("riverside", "we meet up one day a week"));
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    @Test
    void firesForTheSamePostsInAnAskingRoomThatNamesThem() {
        Chat chat = Chat.coaching("ana");
        trainingDiaryWeek(chat, dev.rapport.rules.model.ChannelInfo.of("runs-help", "Ask about your runs"));
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
    }
    // --- what the room's own words say its posts are -------------------------------------------------------------

    /** A week of one's own allotment news, ten entries to the room, each naming the allotment and the harvest. */
    private static Chat allotmentWeek(dev.rapport.rules.model.ChannelInfo where) {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 10; i++) {
            chat.later(java.time.Duration.ofHours(9));
            chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("tally" + i).at(chat.now())
                    .in(Chat.COMMUNITY, where.name()).channelInfo(where).by("ana")
                    .text("harvest tally from my allotment, day " + i + ": two kilos of beans and I dug the leeks")
                    .build());
        }
        chat.mention("ana", "general", "bob", "bob, thanks for the seed potatoes");
        chat.finish();
        return chat;
    }

    /** A room named for a collection of posts (tallies): echoing it is posting what the room collects. */
    @Test
    void staysQuietForEntriesEchoingARoomNamedForThemInThePlural() {
        Chat chat = allotmentWeek(dev.rapport.rules.model.ChannelInfo.of("harvest-tallies", ""));
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /**
     * A room named for one thing, its subject (the allotment), with a topic of things to talk about: every line of
     * one's own news names the subject and is still told to nobody.
     */
    @Test
    void firesForTheSameEntriesEchoingARoomNamedForItsSubject() {
        Chat chat = allotmentWeek(dev.rapport.rules.model.ChannelInfo.of("the-allotment", "beds, pests, compost heaps"));
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    /** A week of a club's dates posted by the one who keeps them, in the room named as the club's calendar. */
    private static Chat fixturesWeek(dev.rapport.rules.model.ChannelInfo where) {
        Chat chat = Chat.coaching("ana");
        String[] days = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        for (int i = 0; i < 10; i++) {
            chat.later(java.time.Duration.ofHours(9));
            chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("date" + i).at(chat.now())
                    .in(Chat.COMMUNITY, where.name()).channelInfo(where).by("ana")
                    .text(days[i % 7] + " " + (i + 3) + "th: fell race at the quarry, 10am start, entries on the day")
                    .build());
        }
        chat.mention("ana", "general", "bob", "bob, are you marshalling on sunday?");
        chat.finish();
        return chat;
    }

    @Test
    void staysQuietForDatesPostedToARoomKeptAsTheCalendar() {
        assertThat(fixturesWeek(dev.rapport.rules.model.ChannelInfo.of("race-calendar", "")).findings(ONEWAY_BROADCAST))
                .isEmpty();
        assertThat(fixturesWeek(dev.rapport.rules.model.ChannelInfo.of("whats-on", "club dates, posted by the committee"))
                .findings(ONEWAY_BROADCAST)).isEmpty();
    }

    @Test
    void firesForTheSameDatesPostedToARoomForTalk() {
        assertThat(fixturesWeek(dev.rapport.rules.model.ChannelInfo.of("fell-running", "anything on the hills"))
                .findings(ONEWAY_BROADCAST)).hasSize(1);
    }
    /** A week of ten posts to the choir's notice board, hours apart, by someone who speaks to nobody all week. */
    private static Chat noticeBoardWeek(String... posts) {
        Chat chat = Chat.coaching("ana");
        dev.rapport.rules.model.ChannelInfo board = dev.rapport.rules.model.ChannelInfo.of("choir-news",
                "");
        for (int i = 0; i < 10; i++) {
            chat.later(java.time.Duration.ofHours(9));
            chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("notice" + i).at(chat.now())
                    .in(Chat.COMMUNITY, board.name()).channelInfo(board).by("ana")
                    .text(posts[i % posts.length] + " (" + i + ")").build());
        }
        chat.finish();
        return chat;
    }

    /**
     * The notice board carries the choir's news; a member's own doings pinned there ("my solo", "I've been asked")
     * tell of the poster alone, and are posts to nobody as they would be in any room (since session 62).
     */
    @Test
    void firesForAMembersOwnDoingsPostedWeekLongToTheNoticeBoard() {
        assertThat(noticeBoardWeek("I've been asked to sing my solo at the cathedral, I'm rather nervous",
                "My sister came to hear me rehearse and I was glad she did",
                "A neighbour heard me practising and I think she was impressed")
                .findings(ONEWAY_BROADCAST)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("share-percent")).isEqualTo(100));
    }

    /** The choir's own news on its board is what the board is for, an "I" of the one who posts it among it. */
    @Test
    void staysQuietForTheChoirsNewsPostedToTheNoticeBoard() {
        assertThat(noticeBoardWeek("Rehearsal moves to the church hall on Thursday, I've put the map in the pins",
                "Our spring concert tickets are on sale at the door, we start at seven",
                "Sopranos: the new scores are in the box by the piano")
                .findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /** A week of articles passed on to the room, each with its link and a line about it. */
    private static Chat articlesWeek(dev.rapport.rules.model.ChannelInfo where) {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 10; i++) {
            chat.later(java.time.Duration.ofHours(9));
            chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("article" + i).at(chat.now())
                    .in(Chat.COMMUNITY, where.name()).channelInfo(where).by("ana")
                    .text("a clear piece on soil fungi and why digging hurts them, part " + i
                            + " https://soiljournal.example/fungi-" + i)
                    .build());
        }
        chat.mention("ana", "general", "bob", "bob, did the mulch help?");
        chat.finish();
        return chat;
    }

    /** Passing on others' articles with their links is what a room made for reading is for. */
    @Test
    void staysQuietForArticlesPassedOnInARoomMadeForReading() {
        assertThat(articlesWeek(dev.rapport.rules.model.ChannelInfo.of("library", "")).findings(ONEWAY_BROADCAST))
                .isEmpty();
    }

    /**
     * Dropped into a room for talk, the same articles are still told to nobody; since the person also talked with
     * someone and the posts are others' links passed on, the one tip about them is the link-share tip, which speaks
     * for the broadcast (one behaviour, one tip: {@code engine/LinkShareOneTip}).
     */
    @Test
    void tipsForTheSameArticlesDroppedIntoARoomForTalk() {
        Chat week = articlesWeek(dev.rapport.rules.model.ChannelInfo.of("lounge", ""));
        assertThat(week.findings(LINKS_SHARE)).hasSize(1);
        assertThat(week.findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /** In the room made for reading neither tip comes: passing articles on is what it is for. */
    @Test
    void noLinkTipEitherForArticlesPassedOnInARoomMadeForReading() {
        assertThat(articlesWeek(dev.rapport.rules.model.ChannelInfo.of("library", "")).findings(LINKS_SHARE))
                .isEmpty();
    }
}
