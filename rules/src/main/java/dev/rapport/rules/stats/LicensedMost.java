package dev.rapport.rules.stats;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;

import java.util.Map;

/**
 * Whether one's posts excused as what a channel is for (its kind of post, named as such) are most of one's plain posts
 * to the room there: then that kind is what one posts there, and a plain post among them that does not name it is one
 * of them, not a sign that the named ones are one's posts to nobody by another name ({@link WeekTally#judgedTurns}).
 * Where the named posts are a few among one's plain posts to nobody there, they are the same kind as those, and count
 * no more than they do.
 */
final class LicensedMost {

    private LicensedMost() {
    }

    /**
     * @param licensed  the week's excused posts, with their channels
     * @param roomPosts per channel, the week's plain posts to the room that asked and sold nothing, not excused
     *                  ({@code [0]} their turns); a channel not in it is not known to hold any, and is left as it was
     */
    static boolean inChannel(Map<MessageId, ChannelId> licensed, Map<ChannelId, int[]> roomPosts, ChannelId channel) {
        int[] plain = roomPosts == null ? null : roomPosts.get(channel);
        if (plain == null || plain[0] == 0) {
            return false;
        }
        int named = 0;
        for (ChannelId c : licensed.values()) {
            if (c.equals(channel)) {
                named++;
            }
        }
        return named > plain[0];
    }
}
