package dev.rapport.bot.coach;

import java.util.Optional;

/** The options a person gave a slash command, as any adapter reads them from its platform's interaction. */
public interface CommandOptions {

    Optional<String> text(String name);

    /** A whole-number option; a value that is not one is a {@link BadOption}. */
    Optional<Long> number(String name);
}
