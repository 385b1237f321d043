package dev.rapport.rules.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** A membership fact: the roles (ids or names) a person holds in a community from now on. */
public record MemberRoles(UserId user, Set<String> roles, Instant time, CommunityId community) implements ChatEvent {
    public MemberRoles {
        Objects.requireNonNull(user, "user");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(community, "community");
    }
}
