package dev.rapport.rules.norms;

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
 * <p>Only counts per poster (pseudonym numbers), never text. Kept across a restart with the channel's habits (since
 * session 40; {@link #lines}, {@link #of}): before, a restart forgot the room, which read nothing until watched again.
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
    private final PosterCounts posters = new PosterCounts(KINDS, 2);

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
        for (int i = 0; i < posters.size(); i++) {
            if (posters.who(i) == poster) {
                talk -= posters.recent(i, now, DRAWN);
            } else {
                posts += posters.recent(i, now, POSTS);
                talk += posters.recent(i, now, TALK);
            }
        }
        return posts > 0 && Math.max(0, talk) * 2 <= posts;
    }

    /** What is counted, as plain values to keep across a restart; null before the first line. */
    RoomHabits.Lines lines() {
        if (since == Long.MIN_VALUE) {
            return null;
        }
        java.util.List<RoomHabits.LinePoster> saved = new java.util.ArrayList<>(posters.size());
        for (int i = 0; i < posters.size(); i++) {
            saved.add(new RoomHabits.LinePoster(posters.who(i), posters.period(i), posters.current(i, POSTS),
                    posters.current(i, TALK), posters.current(i, DRAWN), posters.before(i, POSTS),
                    posters.before(i, TALK), posters.before(i, DRAWN)));
        }
        return new RoomHabits.Lines(since, lastPoster, lastAt, lastDepth, saved);
    }

    /** The counts {@link #lines} gave, taken back (at most {@link ChannelHabits#MAX_POSTERS} posters, in order). */
    static RoomLines of(RoomHabits.Lines kept) {
        RoomLines l = new RoomLines();
        l.since = kept.since();
        l.lastPoster = kept.lastPoster();
        l.lastAt = kept.lastAt();
        l.lastDepth = kept.lastDepth();
        int n = Math.min(kept.posters().size(), ChannelHabits.MAX_POSTERS);
        for (int j = 0; j < n; j++) {
            RoomHabits.LinePoster p = kept.posters().get(j);
            int i = l.posters.append(p.who(), p.period());
            l.posters.set(i, POSTS, p.posts(), p.postsBefore());
            l.posters.set(i, TALK, p.talk(), p.talkBefore());
            l.posters.set(i, DRAWN, p.drawn(), p.drawnBefore());
        }
        return l;
    }

    /** Lets go of {@code poster}'s counts (someone forgotten). */
    void forget(long poster) {
        if (lastPoster == poster) {
            lastPoster = RoomHabits.NOBODY;
        }
        posters.forget(poster);
    }

    private void add(long poster, long now, int kind) {
        posters.increment(posters.slotOf(poster, now), kind);
    }
}
