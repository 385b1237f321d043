package dev.rapport.bot.discord;

import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** A slash command feature: how it is registered, and what it does when used. */
public interface SlashCommand {

    /** The command as registered with Discord; its name routes interactions here. */
    SlashCommandData data();

    void onSlashCommand(SlashCommandInteractionEvent event);

    /** Suggestions while the person types an option marked for autocomplete. */
    default void onAutoComplete(CommandAutoCompleteInteractionEvent event) {
        event.replyChoices().queue();
    }
}
