package dev.rapport.bot.coach;

import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleMode;
import dev.rapport.rules.rule.RuleSettings;

import java.util.Locale;

/**
 * What an admin asks of one rule: {@code on}, {@code off}, {@code log}, or {@code <threshold key>=<value>} checked
 * against the threshold's allowed range. A refusal says what is allowed.
 */
public sealed interface RuleChange {

    RuleSettings applyTo(RuleSettings current);

    /** The rule runs with this mode. */
    record Mode(RuleMode mode) implements RuleChange {
        @Override
        public RuleSettings applyTo(RuleSettings current) {
            return current.with(mode);
        }
    }

    /** One threshold takes a new value. */
    record Threshold(Param param, double value) implements RuleChange {
        @Override
        public RuleSettings applyTo(RuleSettings current) {
            return current.with(param.key(), value);
        }
    }

    /** @throws IllegalArgumentException saying what is allowed for {@code rule} */
    static RuleChange parse(String text, Rule rule) {
        String t = text.strip();
        switch (t.toLowerCase(Locale.ROOT)) {
            case "on", "act" -> {
                return new Mode(RuleMode.ACT);
            }
            case "off" -> {
                return new Mode(RuleMode.OFF);
            }
            case "log" -> {
                return new Mode(RuleMode.LOG);
            }
            default -> {
                // not a mode word: read below as threshold=value
            }
        }
        int eq = t.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("'" + t + "' is not a setting for " + rule.id() + ". " + allowed(rule));
        }
        String key = t.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        String number = t.substring(eq + 1).strip();
        Param param = rule.params().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow(() ->
                new IllegalArgumentException(rule.id() + " has no threshold '" + key + "'. " + allowed(rule)));
        double value;
        try {
            value = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(rule.id() + " " + key + " must be " + param.allowed() + ", was '" + number + "'.");
        }
        String problem = param.problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(rule.id() + " " + key + " " + problem + " (" + param.description() + ").");
        }
        return new Threshold(param, value);
    }

    /** What may follow the rule id. */
    static String allowed(Rule rule) {
        StringBuilder b = new StringBuilder("Allowed: on, off, log");
        for (Param p : rule.params()) {
            b.append(", ").append(p.key()).append("=<").append(p.allowed()).append('>');
        }
        return b.append('.').toString();
    }
}
