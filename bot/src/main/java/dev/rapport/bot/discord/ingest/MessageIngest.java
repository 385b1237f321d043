package dev.rapport.bot.discord.ingest;

import dev.rapport.bot.coach.CoachService;
import dev.rapport.bot.coach.ContentNotices;
import dev.rapport.bot.discord.MessageReceiver;
import dev.rapport.rules.model.UserId;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.ReactionAdded;

import java.time.Clock;

/**
 * Feeds guild messages, edits, deletions and reactions to the coach. Every message goes in: the engine analyses only the
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
        if (!event.isFromGuild()) {
            return;
        }
        Message m = event.getMessage();
        if (withoutText(m)) {
            notices.unreadable(UserId.of(m.getAuthor().getId()));
        }
        coach.accept(translator.read(m)::build);
    }

    @Override
    public void onMessageUpdate(MessageUpdateEvent event) {
        if (!event.isFromGuild()) {
            return;
        }
        coach.accept(translator.read(event.getMessage())::build);
    }

    /**
     * A reaction in a guild: a small act of giving by the reactor towards the message's author (the engine keeps it
     * only when one of them is coached). Discord names the author in the event, so no message has to be fetched.
     */
    @Override
    public void onReactionAdd(MessageReactionAddEvent event) {
        if (!event.isFromGuild()) {
            return;
        }
        String author = event.getMessageAuthorId();
        if (author == null || author.isEmpty() || author.equals(event.getUserId())) {
            return;
        }
        coach.accept(new ReactionAdded(MessageId.of(event.getMessageId()), UserId.of(author),
                UserId.of(event.getUserId()), clock.instant(), CommunityId.of(event.getGuild().getId()),
                ChannelId.of(event.getChannel().getId()), event.getEmoji().getName()));
    }

    @Override
    public void onMessageDelete(MessageDeleteEvent event) {
        if (!event.isFromGuild()) {
            return;
        }
        coach.accept(translator.deleted(event.getMessageId(), event.getChannel().getId(), event.getGuild().getId(),
                clock.instant()));
    }

    /**
     * Without the Message Content intent Discord sends messages with empty text (and no attachments or embeds);
     * a message that is only a picture or a sticker is not that.
     */
    private static boolean withoutText(Message m) {
        // A forward is empty by design: what it shares is in its snapshot.
        if (MessageTranslator.isForward(m)) {
            return false;
        }
        return m.getContentRaw().isEmpty() && m.getAttachments().isEmpty() && m.getEmbeds().isEmpty()
                && m.getStickers().isEmpty() && m.getPoll() == null;
    }
}
