package dev.rapport.bot.discord.coach;

import dev.rapport.bot.coach.GoalValues;
import dev.rapport.rules.config.Goal;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;

import java.util.Optional;

/**
 * The {@code goal} option of {@code /coach start} and {@code /coach settings}: what a person wants from the server,
 * in words people recognise, or "not said" (the server's goal applies). Inside a button id a goal travels as one
 * letter, so a consent button with a long time zone stays under Discord's 100-character limit.
 */
final class GoalChoice {
    /** The choice value (and DM word) for "I'd rather not say": the server's goal applies. */
    static final String NOT_SAID = GoalValues.NOT_SAID;

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

    static Optional<Goal> parse(String text) {
        return GoalValues.parse(text);
    }

    static String describe(Optional<Goal> goal) {
        return GoalValues.describe(goal);
    }

    static String code(Optional<Goal> goal) {
        return GoalValues.code(goal);
    }

    static Optional<Goal> fromCode(String code) {
        return GoalValues.fromCode(code);
    }
}
