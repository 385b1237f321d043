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

    @Override
    public String toString() {
        return value;
    }
}
