package dev.rapport.rules.rule;

import java.util.Locale;

/** Graduated modes per rule, so an operator can watch a rule before letting it talk to people. */
public enum RuleMode {
    /** The rule does not run. */
    OFF,
    /** Findings are recorded in stats and logs but never sent to the person. */
    LOG,
    /** Findings become tips. */
    ACT;

    public static RuleMode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a rule mode; allowed: off, log, act");
        }
    }

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
