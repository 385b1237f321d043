package dev.rapport.rules.engine;

import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Who lately replied under one person's own posts (answered their question, commented on what they showed), so that
 * the person's own later words under such a post are known to be said to them. In many communities a thread is kept
 * together by replying to its first post: the asker's "flattened the backs, why only the first inch?" replies to their
 * own question, yet it is said to the people who answered it, as a reply to one of them would be.
 *
 * <p>A small ring of the last {@link #KEPT} replies (a person's threads are few at a time), forgotten after
 * {@link #MEMORY}: a thread talked through over a few evenings, not a post revived a week on. Kept in the person's
 * snapshot ({@link UserSnapshot.Reply}: the repliers by pseudonym), ring order and all, so that after a restart the
 * person's next words under the post are said to the same people as without one.
 */
final class RepliesUnderOwn {
    static final int KEPT = 8;
    static final Duration MEMORY = Duration.ofDays(3);

    private final MessageId[] post = new MessageId[KEPT];
    private final UserId[] by = new UserId[KEPT];
    private final Instant[] at = new Instant[KEPT];
    private int next;
    /**
     * Whether someone here may be known by a stand-in id (taken back from a snapshot, not seen since): until each is
     * put back under their own id ({@link #renamed}), the same person could be kept twice. Never set without a restart.
     */
    private boolean standIns;

    /** One reply kept: under which post, by whom, when. */
    record Reply(MessageId post, UserId by, Instant at) {
    }

    /** {@code who} replied under the person's own post {@code under} at {@code when}. */
    void replied(MessageId under, UserId who, Instant when) {
        for (int i = 0; i < KEPT; i++) {
            if (under.equals(post[i]) && who.equals(by[i])) {
                at[i] = when;
                return;
            }
        }
        post[next] = under;
        by[next] = who;
        at[next] = when;
        next = (next + 1) % KEPT;
    }

    /** The people who replied under {@code under} within {@link #MEMORY} before {@code now}, earliest kept first. */
    List<UserId> under(MessageId under, Instant now) {
        List<UserId> who = new ArrayList<>(2);
        Instant horizon = now.minus(MEMORY);
        for (int k = 0; k < KEPT; k++) {
            int i = (next + k) % KEPT;
            if (under.equals(post[i]) && at[i].isAfter(horizon) && !at[i].isAfter(now) && !who.contains(by[i])) {
                who.add(by[i]);
            }
        }
        return who;
    }

    /** Every reply kept, in ring order from the one to be replaced first: what a snapshot keeps. */
    List<Reply> replies() {
        List<Reply> out = new ArrayList<>(KEPT);
        for (int k = 0; k < KEPT; k++) {
            int i = (next + k) % KEPT;
            if (post[i] != null) {
                out.add(new Reply(post[i], by[i], at[i]));
            }
        }
        return out;
    }

    /**
     * The replies a snapshot kept, in {@link #replies} order, so the ring replaces them in the same order as before;
     * {@code standInsAmong}: whether any of their people is a stand-in. Null when none was kept.
     */
    static RepliesUnderOwn of(List<Reply> kept, boolean standInsAmong) {
        if (kept.isEmpty()) {
            return null;
        }
        RepliesUnderOwn r = new RepliesUnderOwn();
        for (Reply reply : kept) {
            r.replied(reply.post(), reply.by(), reply.at());
        }
        r.standIns = standInsAmong;
        return r;
    }

    /** Whether someone here may still be known by a stand-in id. */
    boolean hasStandIns() {
        return standIns;
    }

    /**
     * Puts people taken back by stand-ins under their own ids where {@code real} knows them by now; a no-op once none
     * is left (and always without a restart).
     */
    void renamed(UnaryOperator<UserId> real, java.util.function.Predicate<UserId> isStandIn) {
        if (!standIns) {
            return;
        }
        boolean left = false;
        for (int i = 0; i < KEPT; i++) {
            if (by[i] != null && isStandIn.test(by[i])) {
                by[i] = real.apply(by[i]);
                left |= isStandIn.test(by[i]);
            }
        }
        standIns = left;
    }
}
