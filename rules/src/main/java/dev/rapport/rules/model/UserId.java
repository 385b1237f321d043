package dev.rapport.rules.model;

import java.util.Objects;

/** A person, platform-neutral: the adapter decides the spelling (a Discord snowflake, an IRC nick...). */
public record UserId(String value) implements Comparable<UserId> {
    public UserId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a user id cannot be blank");
        }
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public int compareTo(UserId other) {
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
        return o == this || o instanceof UserId other && value.equals(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
