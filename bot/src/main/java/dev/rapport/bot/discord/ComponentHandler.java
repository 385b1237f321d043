package dev.rapport.bot.discord;

import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/**
 * A feature that owns buttons whose custom id starts with {@code prefix() + ":"}; the rest of the id carries the
 * button's arguments (e.g. {@code tip:helpful:42}).
 */
public interface ComponentHandler {

    String prefix();

    /** {@code args} is the custom id's arguments after the prefix, unescaped (see {@link ComponentId}). */
    void onButton(ButtonInteractionEvent event, java.util.List<String> args);
}
