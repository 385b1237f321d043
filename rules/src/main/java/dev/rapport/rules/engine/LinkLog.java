package dev.rapport.rules.engine;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.rule.UserHistory.LinkPost;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A person's link posts and promotions of the last week, in one log of flat arrays in the order they were posted.
 * Three lists the rules read live in it: each link's posts ({@link #postsOf}), the links of the last hour
 * ({@link #recentLinks}) and the promotions ({@link #promotions}); an entry says by its flags which lists hold it,
 * and a list lets go of an entry by clearing its flag. Entries no list holds are dropped when the log would grow.
 *
 * <p>It replaces a map of fingerprints to deques of records, a deque of the last hour and a deque of promotions: a
 * post cost a record, its deque slots and its own message id and fingerprint strings (about 190 bytes, and a deque
 * and a map per person); here it is 32 bytes, and a fingerprint posted again shares the first one's string. Each list
 * keeps exactly what its deque kept: trimmed from its oldest end, as far as the first post that is not too old.
 *
 * <p>Message ids that are plain decimal numbers (Discord's snowflakes) are kept as a {@code long}
 * ({@link OwnMessages#code}), others as the id.
 */
final class LinkLog {
    /** In its link's posts. */
    static final int POSTS = 1;
    /** In the links of the last hour. */
    static final int RECENT = 2;
    /** In the promotions. */
    static final int PROMOTIONS = 4;
    /**
     * In the offers made where they fit (a priced listing in the room for listings): not promotion, but the offer's
     * link taken from there into other rooms is the same offer pushed again, and its room one of a cross-post's.
     */
    static final int OFFERS = 8;
    private static final int FLAGS = 4;
    private static final int MASK = (1 << FLAGS) - 1;
    private static final int REFS = 3;   // channel, fingerprint (null for a promotion), the id when not a number
    /** A sweep over more posts than this remembers finished links in a set rather than by a scan back. */
    private static final int SCANNED = 32;
    /** How far back, from the newest, a post looks for an earlier post of its link to share the fingerprint with. */
    private static final int SHARED_SEARCH = 64;

    // Entry i: the epoch second shifted left by FLAGS with the flags below; the nanosecond; the message id as a
    // number (or -1); its references.
    private long[] times;
    private int[] nanos;
    private long[] messages;
    private Object[] refs;
    private int size;
    /** Whether every entry is at least as late as the one before (nearly always): trims may then stop early. */
    private boolean ordered = true;
    // No entry before these holds the flag: each list's oldest end, so that trimming it does not scan the others.
    private int postsFrom;
    private int recentFrom;
    private int promotionsFrom;
    private int offersFrom;

    boolean isEmpty() {
        return live() == 0;
    }

    /** A link posted: in its link's posts, after those older than {@code postsHorizon} are let go, and in the recent. */
    void posted(String fingerprint, ChannelId channel, MessageId message, Instant at, Instant postsHorizon,
                Instant recentHorizon) {
        String shared = trimPosts(fingerprint, postsHorizon);
        trim(RECENT, recentHorizon);
        append(POSTS | RECENT, shared, channel, message, at);
    }

    /** A promotion posted, after those older than {@code horizon} are let go. */
    void promoted(ChannelId channel, MessageId message, Instant at, Instant horizon) {
        trim(PROMOTIONS, horizon);
        append(PROMOTIONS, null, channel, message, at);
    }

    /** An offer posted where it fits, with its link, after those older than {@code horizon} are let go. */
    void offered(String fingerprint, ChannelId channel, MessageId message, Instant at, Instant horizon) {
        trim(OFFERS, horizon);
        append(OFFERS, fingerprint, channel, message, at);
    }

    /** The offers of one link made where they fit, oldest first. */
    List<LinkPost> offersOf(String fingerprint) {
        List<LinkPost> out = null;
        for (int i = offersFrom; i < size; i++) {
            if ((times[i] & OFFERS) != 0 && fingerprint.equals(refs[i * REFS + 1])) {
                if (out == null) {
                    out = new ArrayList<>(1);
                }
                out.add(post(i));
            }
        }
        return out == null ? List.of() : out;
    }

    /** Takes a message out of every list (deleted, or edited and about to be counted again). */
    void forget(MessageId message) {
        long code = OwnMessages.code(message);
        for (int i = 0; i < size; i++) {
            if ((times[i] & MASK) != 0 && same(i, code, message)) {
                times[i] &= ~MASK;
            }
        }
    }

    /** Lets go of every link's posts older than {@code horizon} (each link's list from its oldest end, as a trim). */
    void sweepPosts(Instant horizon) {
        Set<String> finished = size - postsFrom > SCANNED ? new HashSet<>() : null;
        for (int i = postsFrom; i < size; i++) {
            if (ordered && !before(i, horizon)) {
                break;
            }
            if ((times[i] & POSTS) == 0) {
                continue;
            }
            String fingerprint = (String) refs[i * REFS + 1];
            if (finished != null ? finished.contains(fingerprint) : heldBefore(i, fingerprint)) {
                continue;
            }
            if (before(i, horizon)) {
                times[i] &= ~POSTS;
            } else if (finished != null) {
                finished.add(fingerprint);
            }
        }
        trim(OFFERS, horizon);
        int live = live();
        if (live == 0) {
            clear();
        } else if (live * 4 < times.length && times.length > 4) {
            // A log that emptied a lot gives its room back.
            compact(Math.max(2, live * 2));
        }
    }

    /** The posts of one link, oldest first. */
    List<LinkPost> postsOf(String fingerprint) {
        List<LinkPost> out = null;
        for (int i = postsFrom; i < size; i++) {
            if ((times[i] & POSTS) != 0 && fingerprint.equals(refs[i * REFS + 1])) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(post(i));
            }
        }
        return out == null ? List.of() : out;
    }

    /** Whether a post of the last week linked to {@code host} (a fingerprint is host and path) but not to {@code except}. */
    boolean postedOtherOn(String host, String except) {
        for (int i = postsFrom; i < size; i++) {
            if ((times[i] & POSTS) != 0 && refs[i * REFS + 1] instanceof String f && !f.equals(except)
                    && f.startsWith(host) && (f.length() == host.length() || f.charAt(host.length()) == '/')) {
                return true;
            }
        }
        return false;
    }

    /** The messages of the last week that linked to {@code host} but not to {@code except}, oldest first. */
    List<MessageId> messagesOnOther(String host, String except) {
        List<MessageId> out = null;
        for (int i = postsFrom; i < size; i++) {
            if ((times[i] & POSTS) != 0 && refs[i * REFS + 1] instanceof String f && !f.equals(except)
                    && f.startsWith(host) && (f.length() == host.length() || f.charAt(host.length()) == '/')) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(post(i).message());
            }
        }
        return out == null ? List.of() : out;
    }

    /** The entries holding {@code flag}, oldest first. */
    List<LinkPost> list(int flag) {
        List<LinkPost> out = null;
        for (int i = from(flag); i < size; i++) {
            if ((times[i] & flag) != 0) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(post(i));
            }
        }
        return out == null ? List.of() : out;
    }

    /** What a visitor is shown of each entry: its link's fingerprint (null for a promotion) and the post. */
    interface Visitor {
        void visit(String fingerprint, LinkPost post);
    }

    /** Visits the entries holding {@code flag}, oldest first. */
    void forEach(int flag, Visitor visitor) {
        for (int i = from(flag); i < size; i++) {
            if ((times[i] & flag) != 0) {
                visitor.visit((String) refs[i * REFS + 1], post(i));
            }
        }
    }

    private LinkPost post(int i) {
        long code = messages[i];
        MessageId id = code >= 0 ? MessageId.of(Long.toString(code)) : (MessageId) refs[i * REFS + 2];
        return new LinkPost(Instant.ofEpochSecond(times[i] >> FLAGS, nanos[i]), (ChannelId) refs[i * REFS], id);
    }

    /**
     * Lets go of the oldest posts of {@code fingerprint} while they are older than {@code horizon}; returns the string
     * the log already holds for that link among its latest posts (or the one given), so that a link posted again
     * shares it.
     */
    private String trimPosts(String fingerprint, Instant horizon) {
        for (int i = postsFrom; i < size; i++) {
            if (ordered && !before(i, horizon)) {
                // Every later post is no older: nothing more to let go.
                break;
            }
            if ((times[i] & POSTS) == 0 || !fingerprint.equals(refs[i * REFS + 1])) {
                continue;
            }
            if (!before(i, horizon)) {
                break;
            }
            times[i] &= ~POSTS;
        }
        advance();
        for (int i = size - 1, n = 0; i >= postsFrom && n < SHARED_SEARCH; i--, n++) {
            Object f = refs[i * REFS + 1];
            if ((times[i] & POSTS) != 0 && fingerprint.equals(f) || (times[i] & OFFERS) != 0 && fingerprint.equals(f)) {
                return (String) f;
            }
        }
        return fingerprint;
    }

    private void trim(int flag, Instant horizon) {
        for (int i = from(flag); i < size; i++) {
            if ((times[i] & flag) == 0) {
                continue;
            }
            if (!before(i, horizon)) {
                break;
            }
            times[i] &= ~flag;
        }
        advance();
    }

    /** Whether an entry before {@code i} still holds {@code fingerprint}'s post: its list stopped trimming there. */
    private boolean heldBefore(int i, String fingerprint) {
        for (int j = postsFrom; j < i; j++) {
            if ((times[j] & POSTS) != 0 && fingerprint.equals(refs[j * REFS + 1])) {
                return true;
            }
        }
        return false;
    }

    private void append(int flags, String fingerprint, ChannelId channel, MessageId message, Instant at) {
        if (times == null || size == times.length) {
            makeRoom();
        }
        long second = at.getEpochSecond();
        if (size > 0 && (second < times[size - 1] >> FLAGS
                || second == times[size - 1] >> FLAGS && at.getNano() < nanos[size - 1])) {
            ordered = false;
        }
        long code = OwnMessages.code(message);
        times[size] = second << FLAGS | flags;
        nanos[size] = at.getNano();
        messages[size] = code;
        refs[size * REFS] = channel;
        refs[size * REFS + 1] = fingerprint;
        refs[size * REFS + 2] = code < 0 ? message : null;
        size++;
    }

    /** Drops the entries no list holds; grows when more than half of the room is still in use. */
    private void makeRoom() {
        int capacity = times == null ? 0 : times.length;
        compact(capacity == 0 || live() * 2 > capacity ? Math.max(2, capacity * 2) : capacity);
    }

    /** Moves the entries some list holds, in order, into arrays of {@code next} entries. */
    private void compact(int next) {
        long[] t = new long[next];
        int[] n = new int[next];
        long[] m = new long[next];
        Object[] r = new Object[next * REFS];
        int k = 0;
        for (int i = 0; i < size; i++) {
            if ((times[i] & MASK) == 0) {
                continue;
            }
            t[k] = times[i];
            n[k] = nanos[i];
            m[k] = messages[i];
            System.arraycopy(refs, i * REFS, r, k * REFS, REFS);
            k++;
        }
        times = t;
        nanos = n;
        messages = m;
        refs = r;
        size = k;
        postsFrom = 0;
        recentFrom = 0;
        promotionsFrom = 0;
        offersFrom = 0;
        advance();
    }

    private void clear() {
        times = null;
        nanos = null;
        messages = null;
        refs = null;
        size = 0;
        ordered = true;
        postsFrom = 0;
        recentFrom = 0;
        promotionsFrom = 0;
        offersFrom = 0;
    }

    private int live() {
        int live = 0;
        for (int i = 0; i < size; i++) {
            if ((times[i] & MASK) != 0) {
                live++;
            }
        }
        return live;
    }

    private int from(int flag) {
        return flag == POSTS ? postsFrom : flag == RECENT ? recentFrom : flag == PROMOTIONS ? promotionsFrom : offersFrom;
    }

    private void advance() {
        while (postsFrom < size && (times[postsFrom] & POSTS) == 0) {
            postsFrom++;
        }
        while (recentFrom < size && (times[recentFrom] & RECENT) == 0) {
            recentFrom++;
        }
        while (promotionsFrom < size && (times[promotionsFrom] & PROMOTIONS) == 0) {
            promotionsFrom++;
        }
        while (offersFrom < size && (times[offersFrom] & OFFERS) == 0) {
            offersFrom++;
        }
    }

    private boolean before(int i, Instant horizon) {
        long second = times[i] >> FLAGS;
        return second < horizon.getEpochSecond() || second == horizon.getEpochSecond() && nanos[i] < horizon.getNano();
    }

    private boolean same(int i, long code, MessageId message) {
        return code >= 0 ? messages[i] == code : messages[i] < 0 && message.equals(refs[i * REFS + 2]);
    }

    @Override
    public String toString() {
        return "LinkLog(" + live() + " of " + size + ")";
    }

    /** The room the log holds, in entries: for tests that it gives room back. */
    int room() {
        return times == null ? 0 : times.length;
    }
}
