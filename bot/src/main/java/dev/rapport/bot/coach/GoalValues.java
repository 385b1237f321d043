package dev.rapport.bot.coach;

import dev.rapport.rules.config.Goal;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code goal} option on every platform: what a person wants from the server, or "not said" (the server's goal
 * applies). Inside a button id a goal travels as one letter, so a consent button with a long time zone stays under
 * Discord's 100-character limit.
 */
public final class GoalValues {
    /** The choice value (and DM word) for "I'd rather not say": the server's goal applies. */
    public static final String NOT_SAID = "not-said";
    private static final String NOT_SAID_CODE = "-";

    private GoalValues() {
    }

    /** A choice value (or what someone typed: "learn", "find customers") as a goal; empty for "not said". */
    public static Optional<Goal> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
        if (t.equals(NOT_SAID) || t.equals("none") || t.equals("default")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Goal.parse(t));
        } catch (IllegalArgumentException e) {
            throw new BadOption("'" + text + "' is not a goal. Allowed: find-customers, keep-customers, "
                    + "find-collaborators, learn, not-said.");
        }
    }

    /** How a goal reads in a reply: "learn", or "not said (this server's goal applies)". */
    public static String describe(Optional<Goal> goal) {
        return goal.map(g -> g.configName().replace('-', ' ')).orElse("not said (this server's goal applies)");
    }

    /** One letter for a button id. */
    public static String code(Optional<Goal> goal) {
        if (goal.isEmpty()) {
            return NOT_SAID_CODE;
        }
        return switch (goal.get()) {
            case FIND_CUSTOMERS -> "c";
            case KEEP_CUSTOMERS -> "k";
            case FIND_COLLABORATORS -> "p";
            case LEARN -> "l";
        };
    }

    /** The goal of a button id's letter; an unknown letter is an expired or forged button. */
    public static Optional<Goal> fromCode(String code) {
        return switch (code) {
            case NOT_SAID_CODE -> Optional.empty();
            case "c" -> Optional.of(Goal.FIND_CUSTOMERS);
            case "k" -> Optional.of(Goal.KEEP_CUSTOMERS);
            case "p" -> Optional.of(Goal.FIND_COLLABORATORS);
            case "l" -> Optional.of(Goal.LEARN);
            default -> throw new IllegalArgumentException("not a goal code: " + code);
        };
    }
}
