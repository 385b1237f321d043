package dev.rapport.rules.model;

import java.util.Objects;

/** A message, unique within its platform. */
public record MessageId(String value) implements Comparable<MessageId> {
    public MessageId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a MessageId cannot be blank");
        }
    }

    public static MessageId of(String value) {
        return new MessageId(value);
    }

    @Override
    public int compareTo(MessageId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
