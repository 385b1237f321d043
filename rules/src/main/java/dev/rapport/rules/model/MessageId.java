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
        return o == this || o instanceof MessageId other && value.equals(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
