package dev.rapport.bot.run;

import dev.rapport.bot.coach.CoachingSettings;
import dev.rapport.bot.discord.DiscordSettings;

/** The settings {@code rapport run} reads besides the core's: {@code rapport.discord} and {@code rapport.coaching}. */
public record RunSettings(DiscordSettings discord, CoachingSettings coaching) {
}
