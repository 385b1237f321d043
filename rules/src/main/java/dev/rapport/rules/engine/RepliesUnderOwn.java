package dev.rapport.rules.engine;

import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who lately replied under one person's own posts (answered their question, commented on what they showed), so that
 * the person's own later words under such a post are known to be said to them. In many communities a thread is kept
 * together by replying to its first post: the asker's "flattened the backs, why only the first inch?" replies to their
 * own question, yet it is said to the people who answered it, as a reply to one of them would be.
 *
 * <p>A small ring of the last {@link #KEPT} replies (a person's threads are few at a time), forgotten after
 * {@link #MEMORY}: a thread talked through over a few evenings, not a post revived a week on. Not kept in snapshots:
 * after a restart the person's next words under an older post count as said to nobody, as before.
 */
final class RepliesUnderOwn {
    static final int KEPT = 8;
    static final Duration MEMORY = Duration.ofDays(3);

    private final MessageId[] post = new MessageId[KEPT];
    private final UserId[] by = new UserId[KEPT];
    private final Instant[] at = new Instant[KEPT];
    private int next;

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
}
