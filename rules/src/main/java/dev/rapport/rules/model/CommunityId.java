package dev.rapport.rules.model;

import java.util.Objects;

/** A community: a Discord guild, an IRC network, a Slack workspace... */
public record CommunityId(String value) implements Comparable<CommunityId> {
    public CommunityId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a CommunityId cannot be blank");
        }
    }

    public static CommunityId of(String value) {
        return new CommunityId(value);
    }

    @Override
    public int compareTo(CommunityId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
