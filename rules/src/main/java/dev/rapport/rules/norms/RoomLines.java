package dev.rapport.rules.norms;

import java.util.Arrays;

/**
 * Who talks to whom in one channel, line by line, to tell a room of posts (the members' scores, their tasting notes,
 * their pours, a scene written in character, with a word of praise or a question under a post now and then) from a
 * room where people talk among themselves, however few post there. Each line has a depth: a line into a room quiet
 * for the hour starts something (depth 0), a line said within the hour after someone else's answers it (one deeper),
 * and one's own next lines within the hour go on with one's line before (counted once). For each of the channel's last
 * {@link ChannelHabits#MAX_POSTERS} posters it counts, in two half-memory periods like {@link ChannelHabits}:
 * <ul>
 *     <li>posts: lines that start something, said to the room, asking nothing and carrying no link;</li>
 *     <li>talk: lines that start something by speaking to someone or asking the room, and lines deeper than an answer
 *     to a post (a conversation going on: a reply to a reply);</li>
 *     <li>drawn: talk that answered a line of theirs (so that, judging them, talk with them is not counted as the
 *     others talking among themselves).</li>
 * </ul>
 * An answer right under a post (praise, a question about it, however soon it comes) is the room answering a post,
 * neither a post nor talk among themselves: that is how a room of posts is used.
 *
 * <p>Only counts per poster (pseudonym numbers), never text. Not kept across a restart: until it has watched the
 * channel again for a while it reads nothing ({@link #postsToRoomFor}), so a restart licenses less, never more.
 */
final class RoomLines {
    private static final int POSTS = 0;
    private static final int TALK = 1;
    private static final int DRAWN = 2;
    private static final int KINDS = 3;

    /** When this started counting (epoch seconds): after a restart, later than the channel's first message. */
    private long since = Long.MIN_VALUE;
    private long lastPoster = RoomHabits.NOBODY;
    private long lastAt = Long.MIN_VALUE;
    private int lastDepth;
    private long[] who = new long[2];
    private long[] period = new long[2];
    private int[] counts = new int[2 * 2 * KINDS];
    private int size;

    /** Counts a line by {@code poster} at {@code atSecond} (in period {@code now}). */
    void count(long poster, long now, long atSecond, RoomPost post) {
        if (since == Long.MIN_VALUE) {
            since = atSecond;
        }
        boolean recent = lastAt != Long.MIN_VALUE && atSecond - lastAt < ChannelHabits.TURN_SECONDS
                && lastPoster != RoomHabits.NOBODY;
        // One's own next line within the hour goes on with what one was saying (a post in several lines, a link
        // list pasted line by line): it keeps its depth and counts no more; after an hour's quiet a line starts
        // something again.
        boolean goesOn = recent && lastPoster == poster;
        int depth = recent && !goesOn ? lastDepth + 1 : goesOn ? lastDepth : 0;
        long answered = recent && !goesOn ? lastPoster : RoomHabits.NOBODY;
        lastPoster = poster;
        lastAt = atSecond;
        lastDepth = depth;
        if (goesOn) {
            return;
        }
        if (depth == 0) {
            // Links posted to the room (one's shop, a page to follow, an article) are no post of the room's kind:
            // they have their own rules, and neither make a room of posts nor talk in it.
            if (post.toRoom() && !post.question()) {
                if (!post.linked()) {
                    add(poster, now, POSTS);
                }
            } else {
                add(poster, now, TALK);
            }
        } else if (depth >= 2) {
            add(poster, now, TALK);
            if (answered != RoomHabits.NOBODY) {
                add(answered, now, DRAWN);
            }
        }
    }

    /**
     * Whether, for {@code poster} at {@code atSecond} (in period {@code now}), once this has watched the channel for
     * {@code establishedSeconds}, the others here post to the room: at least one of them started something here by
     * posting to the room, and their talk among themselves (talk that answered a line of {@code poster}'s is talk with
     * them, not among themselves) is at most half their posts.
     */
    boolean postsToRoomFor(long poster, long now, long atSecond, long establishedSeconds) {
        if (since == Long.MIN_VALUE || atSecond - since < establishedSeconds) {
            return false;
        }
        int posts = 0;
        int talk = 0;
        for (int i = 0; i < size; i++) {
            if (who[i] == poster) {
                talk -= recent(i, now, DRAWN);
            } else {
                posts += recent(i, now, POSTS);
                talk += recent(i, now, TALK);
            }
        }
        return posts > 0 && Math.max(0, talk) * 2 <= posts;
    }

    /** Lets go of {@code poster}'s counts (someone forgotten). */
    void forget(long poster) {
        if (lastPoster == poster) {
            lastPoster = RoomHabits.NOBODY;
        }
        int i = indexOf(poster);
        if (i < 0) {
            return;
        }
        int last = size - 1;
        System.arraycopy(who, i + 1, who, i, last - i);
        System.arraycopy(period, i + 1, period, i, last - i);
        System.arraycopy(counts, (i + 1) * 2 * KINDS, counts, i * 2 * KINDS, (last - i) * 2 * KINDS);
        Arrays.fill(counts, last * 2 * KINDS, size * 2 * KINDS, 0);
        size = last;
    }

    private void add(long poster, long now, int kind) {
        int i = indexOf(poster);
        if (i < 0) {
            i = slot(poster, now);
        }
        roll(i, now);
        counts[i * 2 * KINDS + kind]++;
    }

    /** Kind {@code k}'s count for poster {@code i} over the current and the previous period as of {@code now}. */
    private int recent(int i, long now, int k) {
        int base = i * 2 * KINDS;
        if (period[i] == now) {
            return counts[base + k] + counts[base + KINDS + k];
        }
        return period[i] == now - 1 ? counts[base + k] : 0;
    }

    private void roll(int i, long now) {
        if (period[i] == now) {
            return;
        }
        int base = i * 2 * KINDS;
        for (int k = 0; k < KINDS; k++) {
            counts[base + KINDS + k] = period[i] == now - 1 ? counts[base + k] : 0;
            counts[base + k] = 0;
        }
        period[i] = now;
    }

    private int indexOf(long poster) {
        for (int i = 0; i < size; i++) {
            if (who[i] == poster) {
                return i;
            }
        }
        return -1;
    }

    /** A slot for a new poster: a free one, else the one heard from longest ago (ties: the first). */
    private int slot(long poster, long now) {
        int i;
        if (size < ChannelHabits.MAX_POSTERS) {
            if (size == who.length) {
                int grown = Math.min(ChannelHabits.MAX_POSTERS, who.length * 2);
                who = Arrays.copyOf(who, grown);
                period = Arrays.copyOf(period, grown);
                counts = Arrays.copyOf(counts, grown * 2 * KINDS);
            }
            i = size++;
        } else {
            i = 0;
            for (int j = 1; j < size; j++) {
                if (period[j] < period[i]) {
                    i = j;
                }
            }
        }
        who[i] = poster;
        period[i] = now;
        Arrays.fill(counts, i * 2 * KINDS, (i + 1) * 2 * KINDS, 0);
        return i;
    }
}
