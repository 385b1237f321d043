package dev.rapport.rules.norms;

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

    /** Who talks to whom here, line by line ({@link RoomLines}; kept across a restart since session 40). */
    private RoomLines lines = new RoomLines();

    /** When the first message here was counted (epoch seconds). */
    private long since = Long.MIN_VALUE;
    private long lastPoster;
    private long lastAt = Long.MIN_VALUE;
    private final PosterCounts posters = new PosterCounts(KINDS, 4);

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
        int i = posters.slotOf(poster, now);
        if (tells) {
            posters.increment(i, TELLS);
        }
        if (asks) {
            posters.increment(i, ASKS);
        }
        if (post.shows()) {
            posters.increment(i, SHOWS);
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
        for (int i = 0; i < posters.size(); i++) {
            if (posters.who(i) == poster || posters.period(i) < now - 1) {
                continue;
            }
            int tells = posters.recent(i, now, TELLS);
            int asks = posters.recent(i, now, ASKS);
            int shows = posters.recent(i, now, SHOWS);
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

    /** What is counted here, as plain values (see {@link RoomHabits}). */
    RoomHabits habits() {
        java.util.List<RoomHabits.Poster> saved = new java.util.ArrayList<>(posters.size());
        for (int i = 0; i < posters.size(); i++) {
            saved.add(new RoomHabits.Poster(posters.who(i), posters.period(i), posters.current(i, TELLS),
                    posters.current(i, ASKS), posters.current(i, SHOWS), posters.before(i, TELLS),
                    posters.before(i, ASKS), posters.before(i, SHOWS)));
        }
        return new RoomHabits(since, lastPoster, lastAt, saved, lines.lines());
    }

    /** The habits {@link #habits} gave, taken back (at most {@link #MAX_POSTERS} posters, in their order). */
    static ChannelHabits of(RoomHabits h) {
        ChannelHabits c = new ChannelHabits();
        c.since = h.since();
        c.lastPoster = h.lastPoster();
        c.lastAt = h.lastAt();
        if (h.lines() != null) {
            c.lines = RoomLines.of(h.lines());
        }
        int n = Math.min(h.posters().size(), MAX_POSTERS);
        for (int j = 0; j < n; j++) {
            RoomHabits.Poster p = h.posters().get(j);
            int i = c.posters.append(p.who(), p.period());
            c.posters.set(i, TELLS, p.tells(), p.tellsBefore());
            c.posters.set(i, ASKS, p.asks(), p.asksBefore());
            c.posters.set(i, SHOWS, p.shows(), p.showsBefore());
        }
        return c;
    }

    /** Lets go of {@code poster}'s counts here (someone forgotten); true when there were any, or they wrote last. */
    boolean forget(long poster) {
        lines.forget(poster);
        boolean was = lastPoster == poster;
        if (was) {
            lastPoster = RoomHabits.NOBODY;
        }
        return posters.forget(poster) || was;
    }
}
