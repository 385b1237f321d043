package dev.rapport.bot.discord.ingest;

import dev.rapport.bot.coach.CoachService;
import dev.rapport.bot.coach.ContentNotices;
import dev.rapport.bot.discord.MessageReceiver;
import dev.rapport.rules.model.UserId;
import net.dv8tion.jda.api.entities.Message;
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
    private final ContentNotices notices;
    private final Clock clock;

    public MessageIngest(CoachService coach, MessageTranslator translator, ContentNotices notices, Clock clock) {
        this.coach = coach;
        this.notices = notices;
        this.translator = translator;
        this.clock = clock;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (!event.isFromGuild()) return;
        Message m = event.getMessage();
        if (withoutText(m)) notices.unreadable(UserId.of(m.getAuthor().getId()));
        coach.accept(translator.toChatMessage(m));
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

    /**
     * Without the Message Content intent Discord sends messages with empty text (and no attachments or embeds);
     * a message that is only a picture or a sticker is not that.
     */
    private static boolean withoutText(Message m) {
        return m.getContentRaw().isEmpty() && m.getAttachments().isEmpty() && m.getEmbeds().isEmpty()
                && m.getStickers().isEmpty() && m.getPoll() == null;
    }
}
