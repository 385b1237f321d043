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

    /**
     * Written out rather than the record's generated method-handle form: ids are map keys on every message, and the
     * generated one was not always inlined. The same value as the generated one (the text's hash), so maps iterate
     * in the same order.
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof CommunityId other && value.equals(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
