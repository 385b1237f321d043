package dev.rapport.bot.discord.ingest;

import dev.rapport.bot.coach.CoachService;
import dev.rapport.bot.discord.MessageReceiver;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;

import java.time.Clock;

/**
 * Feeds guild messages, edits and deletions to the coach. Every message goes in: the engine analyses only the
 * people who opted in and uses the others only as their counterparts. Direct messages to the bot are commands
 * (see the DM text commands), not networking, so they are not analysed.
 */
public final class MessageIngest implements MessageReceiver {
    private final CoachService coach;
    private final MessageTranslator translator;
    private final Clock clock;

    public MessageIngest(CoachService coach, MessageTranslator translator, Clock clock) {
        this.coach = coach;
        this.translator = translator;
        this.clock = clock;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (!event.isFromGuild()) return;
        coach.accept(translator.toChatMessage(event.getMessage()));
    }

    @Override
    public void onMessageUpdate(MessageUpdateEvent event) {
        if (!event.isFromGuild()) return;
        coach.accept(translator.toChatMessage(event.getMessage()));
    }

    @Override
    public void onMessageDelete(MessageDeleteEvent event) {
        if (!event.isFromGuild()) return;
        coach.accept(translator.deleted(event.getMessageId(), event.getChannel().getId(), event.getGuild().getId(),
                clock.instant()));
    }
}
