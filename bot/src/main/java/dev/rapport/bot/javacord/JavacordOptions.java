package dev.rapport.bot.javacord;

import dev.rapport.bot.coach.BadOption;
import dev.rapport.bot.coach.CommandOptions;
import org.javacord.api.interaction.SlashCommandInteractionOption;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Javacord slash command's path ({@code audience role}) and its arguments, read once from the interaction's option
 * tree: subcommand groups and subcommands first, then the values.
 */
record JavacordOptions(List<String> path, List<SlashCommandInteractionOption> arguments) implements CommandOptions {

    static JavacordOptions of(List<SlashCommandInteractionOption> options) {
        List<String> path = new ArrayList<>();
        List<SlashCommandInteractionOption> level = options;
        while (level.size() == 1 && level.get(0).isSubcommandOrGroup()) {
            path.add(level.get(0).getName());
            level = level.get(0).getOptions();
        }
        return new JavacordOptions(List.copyOf(path), List.copyOf(level));
    }

    /** The subcommand (the last part of the path), or empty text. */
    String subcommand() {
        return path.isEmpty() ? "" : path.get(path.size() - 1);
    }

    /** The subcommand group, when there is one. */
    String group() {
        return path.size() > 1 ? path.get(0) : null;
    }

    @Override
    public Optional<String> text(String name) {
        return find(name).flatMap(SlashCommandInteractionOption::getStringRepresentationValue);
    }

    @Override
    public Optional<Long> number(String name) {
        Optional<SlashCommandInteractionOption> option = find(name);
        if (option.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> value = option.get().getLongValue();
        if (value.isEmpty()) {
            throw new BadOption(name + " must be a whole number from 0 to 23.");
        }
        return value;
    }

    private Optional<SlashCommandInteractionOption> find(String name) {
        return arguments.stream().filter(o -> o.getName().equals(name)).findFirst();
    }
}
