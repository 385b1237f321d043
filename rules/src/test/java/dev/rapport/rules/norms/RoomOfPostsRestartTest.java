package dev.rapport.rules.norms;

import dev.rapport.rules.Chat;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.rapport.rules.rule.RuleId.ONEWAY_BROADCAST;
import static dev.rapport.rules.rule.RuleId.ONEWAY_SELF_FOCUS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since session 40: who talks to whom in a room, line by line ({@link RoomLines}: per poster by pseudonym number,
 * counts and times only), is kept with the room's norms in the community's snapshot, so a room of posts
 * ({@link RoomOfPostsTest}) watched before a restart is still one after it: the same events read straight through
 * and with a restart in the middle give the same tips. Before, a restart forgot the room and licensed nothing until
 * it was watched three days again.
 */
class RoomOfPostsRestartTest {
    private static final ChannelInfo PLOTS = ChannelInfo.of("plot-notes", "");
    private static final ChannelInfo SHED = ChannelInfo.of("the-shed", "");

    /**
     * Two other growers post their own plot notes to a room nobody talks in, one answered by a word under it; then
     * Kit's week: ten notes of her own there, and two words to people in another room; with a restart before the
     * {@code restartAt}th note of hers (none when negative).
     */
    private static List<Finding> kitsWeek(Chat chat, int restartAt) {
        chat.sayIn(PLOTS, "lou", "bed four: broad beans up, two rows lost to mice");
        chat.later(Duration.ofMinutes(5));
        chat.sayIn(PLOTS, "max", "nice rows lou, what variety are they?");
        chat.later(Duration.ofDays(1));
        chat.sayIn(PLOTS, "max", "my plot today: garlic planted, leeks lifted, compost turned");
        chat.later(Duration.ofDays(2));
        chat.sayIn(PLOTS, "lou", "bed two: onion sets in, the soil is still cold");
        chat.later(Duration.between(chat.now(), Chat.START.plus(Duration.ofDays(7))));
        for (int i = 0; i < 10; i++) {
            chat.later(Duration.ofHours(13));
            if (i == restartAt) {
                chat = chat.restart();
            }
            chat.sayIn(PLOTS, "kit", "my bed " + (i % 3 + 1) + " today: I sowed " + (4 + i % 5)
                    + " rows of my early peas and I netted my brassicas against the pigeons");
        }
        chat.mentionIn("kit", SHED, "bob", "bob, thanks for the spare cloches");
        chat.mentionIn("kit", SHED, "cleo", "cleo, are you at the seed swap on Saturday?");
        chat.finish();
        List<Finding> all = new ArrayList<>(chat.findings(ONEWAY_BROADCAST));
        all.addAll(chat.findings(ONEWAY_SELF_FOCUS));
        return all;
    }

    @Test
    void aRoomOfPostsWatchedBeforeARestartIsStillOneAfterIt() {
        List<Finding> straight = kitsWeek(Chat.coaching("kit"), -1);

        assertThat(straight).isEmpty();
        assertThat(kitsWeek(Chat.coaching("kit"), 0)).isEqualTo(straight);
        assertThat(kitsWeek(Chat.coaching("kit"), 5)).isEqualTo(straight);
    }

    /** A room where the others talk among themselves is still one after a restart: the posts are still told. */
    @Test
    void aRoomWhereTheOthersTalkIsStillOneAfterARestart() {
        List<Finding> straight = kitsWeek(othersTalk(), -1);

        assertThat(straight).isNotEmpty();
        assertThat(kitsWeek(othersTalk(), 0)).isEqualTo(straight);
    }

    private static Chat othersTalk() {
        Chat chat = Chat.coaching("kit");
        for (int i = 0; i < 3; i++) {
            chat.mentionIn("lou", PLOTS, "max", "max, did the blight reach your tomatoes " + i + "?");
            chat.later(Duration.ofMinutes(10));
            chat.mentionIn("max", PLOTS, "lou", "not yet lou, I cut the lower leaves off " + i);
            chat.later(Duration.ofMinutes(10));
            chat.mentionIn("lou", PLOTS, "max", "max, good idea, I'll do mine tonight " + i);
            chat.later(Duration.ofHours(3));
        }
        return chat;
    }
}
