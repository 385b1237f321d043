package dev.rapport.bot.storage.changes;

import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the change feed.
 *
 * @param seq       its place in the feed: later changes have higher numbers, in commit order
 * @param user      whose opt-in or data changed (empty for community settings)
 * @param community where (empty for forgetting, which is everywhere)
 */
public record Change(long seq, ChangeKind kind, Optional<UserId> user, Optional<CommunityId> community, Instant at) {
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(at, "at");
    }
}
