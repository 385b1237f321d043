package dev.rapport.bot.discord.coach;

import dev.rapport.rules.config.Goal;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code goal} option of {@code /coach start} and {@code /coach settings}: what a person wants from the server,
 * in words people recognise, or "not said" (the server's goal applies). Inside a button id a goal travels as one
 * letter, so a consent button with a long time zone stays under Discord's 100-character limit.
 */
final class GoalChoice {
    /** The choice value (and DM word) for "I'd rather not say": the server's goal applies. */
    static final String NOT_SAID = "not-said";
    /** The button-id code of "not said". */
    private static final String NOT_SAID_CODE = "-";

    private GoalChoice() {
    }

    /** The option with its labelled choices; optional, and leaving it out means "not said" at start. */
    static OptionData option(String description) {
        return new OptionData(OptionType.STRING, "goal", description, false)
                .addChoice("find customers: meet people who would buy from me", Goal.FIND_CUSTOMERS.configName())
                .addChoice("keep customers: look after the ones I have", Goal.KEEP_CUSTOMERS.configName())
                .addChoice("find collaborators: meet peers to work with", Goal.FIND_COLLABORATORS.configName())
                .addChoice("learn: learn from the people here", Goal.LEARN.configName())
                .addChoice("not said: this server's goal applies", NOT_SAID);
    }

    /** A choice value (or what someone typed: "learn", "find customers") as a goal; empty for "not said". */
    static Optional<Goal> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
        if (t.equals(NOT_SAID) || t.equals("none") || t.equals("default")) return Optional.empty();
        try {
            return Optional.of(Goal.parse(t));
        } catch (IllegalArgumentException e) {
            throw new BadOption("'" + text + "' is not a goal. Allowed: find-customers, keep-customers, "
                    + "find-collaborators, learn, not-said.");
        }
    }

    /** How a goal reads in a reply: "learn", or "not said (this server's goal applies)". */
    static String describe(Optional<Goal> goal) {
        return goal.map(g -> g.configName().replace('-', ' ')).orElse("not said (this server's goal applies)");
    }

    /** One letter for a button id. */
    static String code(Optional<Goal> goal) {
        if (goal.isEmpty()) return NOT_SAID_CODE;
        return switch (goal.get()) {
            case FIND_CUSTOMERS -> "c";
            case KEEP_CUSTOMERS -> "k";
            case FIND_COLLABORATORS -> "p";
            case LEARN -> "l";
        };
    }

    /** The goal of a button id's letter; an unknown letter is an expired or forged button. */
    static Optional<Goal> fromCode(String code) {
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
