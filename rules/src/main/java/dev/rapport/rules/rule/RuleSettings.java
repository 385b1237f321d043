package dev.rapport.rules.rule;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A rule's effective settings in one community: its mode and the value of each of its thresholds.
 * Immutable; {@link #with} makes a changed copy.
 */
public final class RuleSettings {
    private final RuleMode mode;
    private final Map<String, Double> values;

    public RuleSettings(RuleMode mode, Map<String, Double> values) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.values = Map.copyOf(values);
    }

    /** Defaults of a rule: mode {@code act}, every threshold at its default. */
    public static RuleSettings defaults(Iterable<Param> params) {
        Map<String, Double> v = new LinkedHashMap<>();
        for (Param p : params) {
            v.put(p.key(), p.defaultValue());
        }
        return new RuleSettings(RuleMode.ACT, v);
    }

    public RuleMode mode() {
        return mode;
    }

    public boolean enabled() {
        return mode != RuleMode.OFF;
    }

    public double value(Param p) {
        Double v = values.get(p.key());
        return v == null ? p.defaultValue() : v;
    }

    public int count(Param p) {
        return (int) Math.round(value(p));
    }

    public Map<String, Double> values() {
        return values;
    }

    public RuleSettings with(RuleMode newMode) {
        return new RuleSettings(newMode, values);
    }

    public RuleSettings with(String key, double value) {
        Map<String, Double> v = new LinkedHashMap<>(values);
        v.put(key, value);
        return new RuleSettings(mode, v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleSettings s && s.mode == mode && s.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, values);
    }

    @Override
    public String toString() {
        return mode.configName() + " " + values;
    }
}
