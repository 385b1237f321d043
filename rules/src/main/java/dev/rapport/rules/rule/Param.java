package dev.rapport.rules.rule;

import java.util.Objects;

/**
 * A rule's threshold: its config key, default and allowed range. The range is checked when config is loaded and
 * when an admin changes a threshold, so a rule never runs with a value it was not written for.
 *
 * @param key          the config key below the rule, e.g. {@code min-messages}
 * @param defaultValue the value used when nothing is configured
 * @param min          the smallest allowed value
 * @param max          the largest allowed value
 * @param integral     whether the value must be a whole number
 * @param description  what it means, for help texts and validation messages
 */
public record Param(String key, double defaultValue, double min, double max, boolean integral, String description) {
    public Param {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
        if (min > max || defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException("bad range for " + key);
        }
    }

    public static Param count(String key, int defaultValue, int min, int max, String description) {
        return new Param(key, defaultValue, min, max, true, description);
    }

    public static Param share(String key, double defaultValue, String description) {
        return new Param(key, defaultValue, 0.0, 1.0, false, description);
    }

    public static Param number(String key, double defaultValue, double min, double max, String description) {
        return new Param(key, defaultValue, min, max, false, description);
    }

    /** Null when {@code value} is allowed, otherwise what is allowed. */
    public String problemWith(double value) {
        if (Double.isNaN(value) || value < min || value > max) {
            return "must be between " + fmt(min) + " and " + fmt(max);
        }
        if (integral && value != Math.rint(value)) {
            return "must be a whole number between " + fmt(min) + " and " + fmt(max);
        }
        return null;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    public String allowed() {
        return (integral ? "a whole number" : "a number") + " from " + fmt(min) + " to " + fmt(max);
    }
}
