package dev.rapport.rules.stats;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a week's tally keeps of its own messages for the week's end to read, beside its counts: the posts to the room
 * that asked and sold nothing, per channel ({@link WeekTally#postedToRoom}), whether the person spoke to someone in a
 * channel ({@link WeekTally#spokeToSomeone}), how each message that matters stood toward the others ({@link
 * WeekTally#ownTurn}), and the lines to nobody in a room for one trade's people ({@link WeekTally#talkedInTradeRoom}).
 * Counts, ids and flags only, never text; listed by channel and by message id, so the same tally always gives the same
 * value. Kept in the person's snapshot (version 9), so a week read across a restart excuses, counts and judges what it
 * would have without one.
 *
 * @param whole          whether it holds every message of the week: false for a week taken back from a snapshot that
 *                       kept none of this (before version 9), whose messages before the restart are not known, so the
 *                       week is never judged all about oneself ({@link WeekTally#talkTurnedToOneself})
 * @param conversed      whether the person spoke to someone in a channel this week
 * @param roomPosts      per channel, the week's posts to the room that asked and sold nothing
 * @param ownTurns       per own message, how it stood toward the others
 * @param tradeRoomTurns the own lines to nobody that went to a room for one trade's people
 */
public record TurnsRead(boolean whole, boolean conversed, List<RoomPosts> roomPosts, List<OwnTurn> ownTurns,
                        List<MessageId> tradeRoomTurns) {
    public TurnsRead {
        roomPosts = roomPosts == null ? List.of() : List.copyOf(roomPosts);
        ownTurns = ownTurns == null ? List.of() : List.copyOf(ownTurns);
        tradeRoomTurns = tradeRoomTurns == null ? List.of() : List.copyOf(tradeRoomTurns);
    }

    /**
     * The week's posts to the room in one channel that asked and sold nothing: turns (continuations not counted),
     * words, first-, second- and plural first-person words, and whether the channel is a room for talk by its name or
     * topic.
     */
    public record RoomPosts(ChannelId channel, int turns, int words, int firstPerson, int secondPerson,
                            int firstPersonPlural, boolean talkRoom) {
    }

    /**
     * How one own message stood toward the others: a shift response, support, and the words of a post excused as what
     * its room is for ({@link WeekTally#ownTurn}).
     */
    public record OwnTurn(MessageId message, boolean shift, boolean support, int licensedWords, int licensedFirst,
                          int licensedSecond) {
    }

    // The tally's own layout, shared with WeekTally only: room posts {turns, words, first, second, plural, talk room},
    // own turns {shift, support, licensed words, licensed first, licensed second}.

    static TurnsRead of(boolean whole, boolean conversed, Map<ChannelId, int[]> roomPosts,
                        Map<MessageId, int[]> ownTurns, Set<MessageId> tradeRoomTurns) {
        List<RoomPosts> posts = new ArrayList<>();
        if (roomPosts != null) {
            roomPosts.forEach((channel, c) -> posts.add(new RoomPosts(channel, c[0], c[1], c[2], c[3], c[4],
                    c[5] != 0)));
            posts.sort(Comparator.comparing(RoomPosts::channel));
        }
        List<OwnTurn> turns = new ArrayList<>();
        if (ownTurns != null) {
            ownTurns.forEach((id, t) -> turns.add(new OwnTurn(id, t[0] != 0, t[1] != 0, t[2], t[3], t[4])));
            turns.sort(Comparator.comparing(OwnTurn::message));
        }
        List<MessageId> trade = new ArrayList<>();
        if (tradeRoomTurns != null) {
            trade.addAll(tradeRoomTurns);
            trade.sort(null);
        }
        return new TurnsRead(whole, conversed, posts, turns, trade);
    }

    /** The room posts in the tally's layout; null for none, as a tally keeps them. */
    Map<ChannelId, int[]> roomPostCounts() {
        if (roomPosts.isEmpty()) {
            return null;
        }
        Map<ChannelId, int[]> out = new HashMap<>(4);
        for (RoomPosts p : roomPosts) {
            out.put(p.channel(), new int[] {p.turns(), p.words(), p.firstPerson(), p.secondPerson(),
                p.firstPersonPlural(), p.talkRoom() ? 1 : 0});
        }
        return out;
    }

    /** The own turns in the tally's layout; null for none, as a tally keeps them. */
    Map<MessageId, int[]> ownTurnCounts() {
        if (ownTurns.isEmpty()) {
            return null;
        }
        Map<MessageId, int[]> out = new HashMap<>(4);
        for (OwnTurn t : ownTurns) {
            out.put(t.message(), new int[] {t.shift() ? 1 : 0, t.support() ? 1 : 0, t.licensedWords(),
                t.licensedFirst(), t.licensedSecond()});
        }
        return out;
    }

    /** The trade room's lines as the tally keeps them; null for none. */
    Set<MessageId> tradeRoomTurnIds() {
        return tradeRoomTurns.isEmpty() ? null : new HashSet<>(tradeRoomTurns);
    }
}
