package dev.rapport.rules.norms;

import java.util.Arrays;

/**
 * The habits of one channel's recent posters: for each of its last {@link #MAX_POSTERS} distinct posters (as
 * pseudonym numbers), how many things they started there by telling the room something, how many by asking the room,
 * and how many of their posts showed a link of their own, in two half-memory periods (the current one and the one
 * before), so old habits fade without a log of messages. Flat arrays: a channel costs a few hundred bytes at most,
 * however busy it is.
 *
 * <p>Each poster counts once, however much they post: a channel's norm is what most of the people who start things
 * there do, so one prolific poster (a broadcaster in a chat channel, a link dumper) makes no norm for the others.
 * People who only answer or congratulate are the room's audience and count neither way.
 */
final class ChannelHabits {
    /** Posters followed per channel: enough to tell a room's habit from one or two people's. */
    static final int MAX_POSTERS = 16;
    /**
     * A line said within this long after someone else's in the channel is a turn in their conversation: on Discord
     * most conversation has no reply link, so only a post that starts something (into a room quiet for the hour, or
     * after one's own) is a post to the room.
     */
    static final long TURN_SECONDS = 3_600;

    private static final int TELLS = 0;
    private static final int ASKS = 1;
    private static final int SHOWS = 2;
    private static final int KINDS = 3;

    /**
     * A room's habit is known only once the room has been watched this long: in its first days a handful of posts
     * happen to be news, and a chat channel would look like a log.
     */
    static final long ESTABLISHED_SECONDS = 7 * 24 * 3_600;

    /** Who talks to whom here, line by line: not kept across a restart ({@link RoomLines}). */
    private final RoomLines lines = new RoomLines();

    /** When the first message here was counted (epoch seconds). */
    private long since = Long.MIN_VALUE;
    private long lastPoster;
    private long lastAt = Long.MIN_VALUE;
    private long[] who = new long[4];
    private long[] period = new long[4];
    /** Per poster: {@link #KINDS} counts of the current period, then {@link #KINDS} of the one before. */
    private int[] counts = new int[4 * 2 * KINDS];
    private int size;

    /** Counts {@code post} by {@code poster}, written at {@code atSecond} (epoch seconds), in period {@code now}. */
    void count(long poster, long now, long atSecond, RoomPost post) {
        if (since == Long.MIN_VALUE) {
            since = atSecond;
        }
        boolean starts = lastAt == Long.MIN_VALUE || poster == lastPoster || atSecond - lastAt >= TURN_SECONDS;
        lines.count(poster, now, atSecond, post);
        lastPoster = poster;
        lastAt = atSecond;
        boolean tells = post.toRoom() && starts && !post.question();
        // A question to the room asks it, whenever it comes: in a chat channel questions fly mid-conversation.
        boolean asks = post.toRoom() && post.question();
        if (!tells && !asks && !post.shows()) {
            return;
        }
        int i = indexOf(poster);
        if (i < 0) {
            i = add(poster, now);
        }
        roll(i, now);
        int base = i * 2 * KINDS;
        if (tells) {
            counts[base + TELLS]++;
        }
        if (asks) {
            counts[base + ASKS]++;
        }
        if (post.shows()) {
            counts[base + SHOWS]++;
        }
    }

    /**
     * The channel's norm for {@code poster} writing at {@code atSecond} (in period {@code now}), once the channel has
     * been watched for {@link #ESTABLISHED_SECONDS}, from the others who started something there:
     * whether at least {@code minRegulars} of them, and {@code minShare} of them, only ever tell the room things
     * (never ask it), and mostly show their own work with its link.
     */
    Norm normFor(long poster, long now, long atSecond, int minRegulars, double minShare) {
        return normFor(poster, now, atSecond, minRegulars, minShare, ESTABLISHED_SECONDS);
    }

    /**
     * As {@link #normFor(long, long, long, int, double)}, once the channel has been watched for {@code establishedSeconds}:
     * read looking back over a week that is over, the week's own posts are evidence already in, so less watching
     * is needed than when a message is read as it comes.
     */
    Norm normFor(long poster, long now, long atSecond, int minRegulars, double minShare, long establishedSeconds) {
        if (since == Long.MIN_VALUE) {
            return Norm.NONE;
        }
        // Granting a licence (posting to the room, showing one's work) waits for a week of the channel; taking one
        // away does not: two of the others asking the room things already show the channel is a place to talk.
        boolean established = atSecond - since >= establishedSeconds;
        int starting = 0;
        int telling = 0;
        int showing = 0;
        int asking = 0;
        for (int i = 0; i < size; i++) {
            if (who[i] == poster || period[i] < now - 1) {
                continue;
            }
            int tells = recent(i, now, TELLS);
            int asks = recent(i, now, ASKS);
            int shows = recent(i, now, SHOWS);
            if (tells + asks + shows == 0) {
                continue;
            }
            starting++;
            // Someone who asks the room things uses it as a place to talk: a chat channel's regulars tell it news
            // and ask it questions, while a log or wins channel's only tell it.
            if (tells > 0 && asks == 0) {
                telling++;
            }
            if (shows > 0 && shows * 2 >= tells + asks) {
                showing++;
            }
            if (asks > 0) {
                asking++;
            }
        }
        boolean room = established && telling >= minRegulars && telling >= minShare * starting;
        boolean own = established && showing >= minRegulars && showing >= minShare * starting;
        // Taking a licence away needs less evidence than granting one: two people asking the room, and half of those
        // who start things there, make it a place to talk.
        boolean talks = asking >= 2 && asking * 2 >= starting;
        return room || own || talks ? new Norm(room, own, talks) : Norm.NONE;
    }

    /**
     * Whether the others here post to the room rather than talk among themselves, for {@code poster} at
     * {@code atSecond} (in period {@code now}): see {@link RoomLines#postsToRoomFor}.
     */
    boolean othersPostToRoom(long poster, long now, long atSecond, long establishedSeconds) {
        return lines.postsToRoomFor(poster, now, atSecond, establishedSeconds);
    }

    /** Kind {@code k}'s count for poster {@code i} over the current and the previous period as of {@code now}. */
    private int recent(int i, long now, int k) {
        int base = i * 2 * KINDS;
        if (period[i] == now) {
            return counts[base + k] + counts[base + KINDS + k];
        }
        // Their last period is now the previous one: what was current then still counts, what was before has faded.
        return period[i] == now - 1 ? counts[base + k] : 0;
    }

    /** Moves poster {@code i}'s counts on to period {@code now}. */
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

    /** What is counted here, as plain values (see {@link RoomHabits}). */
    RoomHabits habits() {
        java.util.List<RoomHabits.Poster> posters = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int base = i * 2 * KINDS;
            posters.add(new RoomHabits.Poster(who[i], period[i], counts[base + TELLS], counts[base + ASKS],
                    counts[base + SHOWS], counts[base + KINDS + TELLS], counts[base + KINDS + ASKS],
                    counts[base + KINDS + SHOWS]));
        }
        return new RoomHabits(since, lastPoster, lastAt, posters);
    }

    /** The habits {@link #habits} gave, taken back (at most {@link #MAX_POSTERS} posters, in their order). */
    static ChannelHabits of(RoomHabits h) {
        ChannelHabits c = new ChannelHabits();
        c.since = h.since();
        c.lastPoster = h.lastPoster();
        c.lastAt = h.lastAt();
        int n = Math.min(h.posters().size(), MAX_POSTERS);
        c.who = new long[Math.max(4, n)];
        c.period = new long[c.who.length];
        c.counts = new int[c.who.length * 2 * KINDS];
        for (int i = 0; i < n; i++) {
            RoomHabits.Poster p = h.posters().get(i);
            int base = i * 2 * KINDS;
            c.who[i] = p.who();
            c.period[i] = p.period();
            c.counts[base + TELLS] = p.tells();
            c.counts[base + ASKS] = p.asks();
            c.counts[base + SHOWS] = p.shows();
            c.counts[base + KINDS + TELLS] = p.tellsBefore();
            c.counts[base + KINDS + ASKS] = p.asksBefore();
            c.counts[base + KINDS + SHOWS] = p.showsBefore();
        }
        c.size = n;
        return c;
    }

    /** Lets go of {@code poster}'s counts here (someone forgotten); true when there were any, or they wrote last. */
    boolean forget(long poster) {
        lines.forget(poster);
        boolean was = lastPoster == poster;
        if (was) {
            lastPoster = RoomHabits.NOBODY;
        }
        int i = indexOf(poster);
        if (i < 0) {
            return was;
        }
        int last = size - 1;
        System.arraycopy(who, i + 1, who, i, last - i);
        System.arraycopy(period, i + 1, period, i, last - i);
        System.arraycopy(counts, (i + 1) * 2 * KINDS, counts, i * 2 * KINDS, (last - i) * 2 * KINDS);
        Arrays.fill(counts, last * 2 * KINDS, size * 2 * KINDS, 0);
        size = last;
        return true;
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
    private int add(long poster, long now) {
        int i;
        if (size < MAX_POSTERS) {
            if (size == who.length) {
                int grown = Math.min(MAX_POSTERS, who.length * 2);
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
