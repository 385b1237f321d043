package dev.rapport.bot.run;

import dev.rapport.bot.config.RapportConfig;
import dev.rapport.bot.storage.Storage;

/** Builds the bot's parts for one run, once configuration and storage are open (the composition root does it). */
@FunctionalInterface
public interface BotAssembler {
    CoachBot assemble(RapportConfig config, RunSettings settings, Storage storage);
}
