package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChatMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.rapport.rules.rule.RuleId.ONEWAY_BROADCAST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since session 38: what oneway.broadcast learned of a week before a restart is judged after it as without one. The
 * person's snapshot keeps the week's posts excused as what their channel is for and the channels where their turns
 * to nobody went (version 8), and the community's keeps whom each room's latest line was said to (version 10).
 */
class BroadcastRestartTest {
    private static final ChannelInfo LOG = ChannelInfo.of("training-log", "Post your sessions here.");
    private static final ChannelInfo TALLIES = ChannelInfo.of("harvest-tallies", "");

    /** Ana posts one entry to her training log, seven hours after the line before. */
    private static void logEntry(Chat chat, int i) {
        chat.later(Duration.ofHours(7));
        chat.feed(ChatMessage.builder().id("log" + i).at(chat.now()).in(Chat.COMMUNITY, LOG.name()).channelInfo(LOG)
                .by("ana").text("hill repeats " + i + ": six of them, legs heavy by the fourth").build());
    }

    /** Ana posts her own news to nobody in the chat room, seven hours after the line before. */
    private static void news(Chat chat, int i) {
        chat.later(Duration.ofHours(7));
        chat.say("ana", "running-chat", "I finally booked my spring marathon, my plan starts next week, part " + i);
    }

    /** Ana posts to the tallies channel, echoing its name ({@code echo}: excused as its kind of post) or not. */
    private static void tally(Chat chat, int i, boolean echo) {
        chat.later(Duration.ofHours(7));
        chat.feed(ChatMessage.builder().id("t" + i).at(chat.now()).in(Chat.COMMUNITY, TALLIES.name())
                .channelInfo(TALLIES).by("ana").text(echo ? "today's tally from my plot: beans and leeks, day " + i
                        : "dug the last of my potatoes this morning, day " + i).build());
    }

    /** Two log entries, then eight posts of her news to nobody; with a restart after the entries, or none. */
    private static List<Finding> entriesThenNews(boolean restart) {
        Chat chat = Chat.coaching("ana");
        logEntry(chat, 0);
        logEntry(chat, 1);
        if (restart) {
            chat.restart();
        }
        for (int i = 0; i < 8; i++) {
            news(chat, i);
        }
        return chat.finish().findings(ONEWAY_BROADCAST);
    }

    /**
     * The two entries before the restart are turns of her week all the same: ten turns are judged, eight of eight
     * spoke to nobody, after a restart as without one.
     */
    @Test
    void postsExcusedBeforeARestartStillCountAmongTheWeeksTurns() {
        List<Finding> straight = entriesThenNews(false);

        assertThat(straight).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("share-percent")).isEqualTo(100));
        assertThat(entriesThenNews(true)).isEqualTo(straight);
    }

    /** Eight posts to nobody in the tallies channel, then two echoing its name; with a restart between, or none. */
    private static List<Finding> talliesAfterPostsToNobodyThere(boolean restart) {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 8; i++) {
            tally(chat, i, false);
        }
        if (restart) {
            chat.restart();
        }
        tally(chat, 8, true);
        tally(chat, 9, true);
        return chat.finish().findings(ONEWAY_BROADCAST);
    }

    /**
     * Her posts to nobody before the restart went to the tallies channel: the two excused there after it are the same
     * kind of post and count no more than those, so eight turns are too few to judge, after a restart as without one.
     */
    @Test
    void whereTheTurnsToNobodyWentBeforeARestartIsStillKnownAfterIt() {
        List<Finding> straight = talliesAfterPostsToNobodyThere(false);

        assertThat(straight).isEmpty();
        assertThat(talliesAfterPostsToNobodyThere(true)).isEqualTo(straight);
    }

    /** Two coaches talk in a channel only three people use, the third (Uma) coached: a room known to be small. */
    private static Scene twoCoachesTalk() {
        return Scene.coaching("uma").times(10, (scene, i) -> scene.says(i % 2 == 0 ? "rory" : "tess", "general",
                "client check-ins are easier on a form, point " + i));
    }

    /**
     * The two coaches answer each other by reply, and Uma, two hours after each of their exchanges, posts her own
     * training news; with the process restarting between their words and hers each time, or never.
     */
    private static List<Finding> newsAfterTheOthersRepliedToEachOther(boolean restart) {
        return twoCoachesTalk()
                .times(11, (scene, i) -> {
                    scene.after(Duration.ofHours(2))
                            .says("rory", "general", "moving my clients to morning slots next month, round " + i)
                            .answers("tess", "general", "rory", "mornings suit most of mine as well, round " + i);
                    if (restart) {
                        scene.restart();
                    }
                    scene.after(Duration.ofHours(2))
                            .says("uma", "general", "early session done, my squat felt strong today, day " + i);
                })
                .finish().findings(ONEWAY_BROADCAST);
    }

    /**
     * The room's latest line before the restart was Tess's to Rory: Uma's line after it takes neither one's turn, after
     * a restart as without one.
     */
    @Test
    void aLineAfterTheOthersWordsToEachOtherTakesNoTurnAcrossARestartEither() {
        List<Finding> straight = newsAfterTheOthersRepliedToEachOther(false);

        assertThat(straight).hasSize(1);
        assertThat(newsAfterTheOthersRepliedToEachOther(true)).isEqualTo(straight);
    }
}
