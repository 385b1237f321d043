package dev.rapport.bot.storage.state;

import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyStats;

import java.time.Instant;
import java.util.List;

/**
 * The rolling per-person state the rules look back on, kept so that a restart does not forget it. Every write is
 * keyed by message id, so replaying the same events twice changes nothing. Other people appear only as
 * pseudonyms; no text is kept.
 */
public interface RollingStateStore {
    /** Remembers that {@code message} by {@code from} waits for {@code user}'s answer since {@code since}. */
    void putPending(UserId user, MessageId message, UserId from, Instant since, IsoWeek week);

    /** The person answered (or the message was deleted): it no longer waits. True when it was pending. */
    boolean resolvePending(UserId user, MessageId message);

    /** What waits for the person, oldest first. */
    List<PendingItem> pending(UserId user);

    void putLinkPost(UserId user, LinkPost post);

    /** The person's link posts at or after {@code since}, oldest first. */
    List<LinkPost> linkPosts(UserId user, Instant since);

    void recordInteraction(UserId user, Interaction interaction);

    /**
     * Per counterpart, how often the person gave and received attention in {@code week}; the audience is the
     * latest one seen. Most interactions first.
     */
    List<WeeklyStats.Counterpart> tallies(UserId user, IsoWeek week);
}
