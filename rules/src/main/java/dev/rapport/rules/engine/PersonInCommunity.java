package dev.rapport.rules.engine;

import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;

import java.util.Objects;

/**
 * What the engine keeps state for: one person in one community. A community lives in one place (a Discord guild on
 * one gateway shard), so state kept this way can be split between processes without two of them writing the same
 * part, and the rules look at how a person behaves within one community.
 */
public record PersonInCommunity(UserId user, CommunityId community) implements Comparable<PersonInCommunity> {
    public PersonInCommunity {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(community, "community");
    }

    @Override
    public int compareTo(PersonInCommunity o) {
        int byUser = user.compareTo(o.user);
        return byUser != 0 ? byUser : community.compareTo(o.community);
    }
}
