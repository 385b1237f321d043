package dev.rapport.rules.model;

import java.util.Objects;

/** A channel, thread or DM conversation. */
public record ChannelId(String value) implements Comparable<ChannelId> {
    public ChannelId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a ChannelId cannot be blank");
        }
    }

    public static ChannelId of(String value) {
        return new ChannelId(value);
    }

    @Override
    public int compareTo(ChannelId other) {
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
        return o == this || o instanceof ChannelId other && value.equals(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
