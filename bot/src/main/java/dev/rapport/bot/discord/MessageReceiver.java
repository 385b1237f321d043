package dev.rapport.bot.discord;

import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;

/** A feature that reads messages as they are posted, edited, deleted and reacted to. Messages by bots never reach it. */
public interface MessageReceiver {

    void onMessageReceived(MessageReceivedEvent event);

    default void onMessageUpdate(MessageUpdateEvent event) {
    }

    default void onMessageDelete(MessageDeleteEvent event) {
    }

    default void onReactionAdd(net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent event) {
    }
}
