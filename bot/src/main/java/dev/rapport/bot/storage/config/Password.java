package dev.rapport.bot.storage.config;

import java.util.Arrays;

/** A database password that never shows itself in logs, messages or {@code toString}. */
public final class Password {
    public static final Password NONE = new Password(new char[0]);

    private final char[] value;

    public Password(char[] value) {
        this.value = value.clone();
    }

    public static Password of(String value) {
        return new Password(value.toCharArray());
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    /** The password itself, only for handing to the driver. */
    public String reveal() {
        return new String(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Password p && Arrays.equals(p.value, value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return value.length == 0 ? "(none)" : "(hidden)";
    }
}
