package dev.rapport.bot.javacord;

import dev.rapport.bot.coach.CoachActions;
import dev.rapport.bot.coach.CoachService;
import dev.rapport.bot.coach.CoachTexts;
import dev.rapport.bot.coach.Communities;
import dev.rapport.bot.coach.ContentNotices;
import dev.rapport.bot.coach.NamedTurns;
import dev.rapport.bot.coach.Reply;
import dev.rapport.bot.discord.DiscordWork;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.ChatMessageBuilder;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageDeleted;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.ReactionAdded;
import dev.rapport.rules.model.UserId;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageAuthor;
import org.javacord.api.entity.message.MessageReference;
import org.javacord.api.entity.permission.Role;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.javacord.api.event.message.MessageCreateEvent;
import org.javacord.api.event.message.MessageDeleteEvent;
import org.javacord.api.event.message.MessageEditEvent;
import org.javacord.api.event.message.reaction.ReactionAddEvent;
import org.javacord.api.listener.message.MessageCreateListener;
import org.javacord.api.listener.message.MessageDeleteListener;
import org.javacord.api.listener.message.MessageEditListener;
import org.javacord.api.listener.message.reaction.ReactionAddListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Messages through Javacord: guild messages, edits, deletions and reactions go to the coach as the core's events (the
 * engine keeps only what concerns people who opted in); a direct message to the bot is a text command, answered in the
 * DM. Messages by bots never count. The coach only queues work: nothing here blocks Javacord's event threads.
 */
final class JavacordMessages implements MessageCreateListener, MessageEditListener, MessageDeleteListener,
        ReactionAddListener {
    private static final Logger log = LoggerFactory.getLogger(JavacordMessages.class);

    private final CoachService coach;
    private final CoachActions actions;
    private final ContentNotices notices;
    private final DiscordWork work;
    private final Clock clock;
    /** Each channel's recent authors by name: "Morning! Ana: ..." speaks to Ana, as with JDA and in an export. */
    private final NamedTurns namedTurns;

    JavacordMessages(CoachService coach, CoachActions actions, ContentNotices notices, DiscordWork work, Clock clock,
                     NamedTurns namedTurns) {
        this.namedTurns = namedTurns;
        this.coach = coach;
        this.actions = actions;
        this.notices = notices;
        this.work = work;
        this.clock = clock;
    }

    @Override
    public void onMessageCreate(MessageCreateEvent event) {
        Message message = event.getMessage();
        MessageAuthor author = message.getAuthor();
        if (!author.isUser() || author.isBotUser()) {
            return;
        }
        if (message.isPrivateMessage()) {
            answerDm(message);
            return;
        }
        if (!message.canYouReadContent()) {
            notices.unreadable(UserId.of(author.getIdAsString()));
        }
        coach.accept(toChatMessage(message));
    }

    @Override
    public void onMessageEdit(MessageEditEvent event) {
        Message message = event.getMessage();
        if (message.isPrivateMessage() || !message.getAuthor().isUser() || message.getAuthor().isBotUser()) {
            return;
        }
        coach.accept(toChatMessage(message));
    }

    @Override
    public void onMessageDelete(MessageDeleteEvent event) {
        Optional<Server> server = event.getServer();
        if (server.isEmpty()) {
            return;
        }
        coach.accept(new MessageDeleted(MessageId.of(Long.toUnsignedString(event.getMessageId())), clock.instant(),
                CommunityId.of(server.get().getIdAsString()), ChannelId.of(event.getChannel().getIdAsString())));
    }

    /**
     * A reaction in a guild: a small act of giving by the reactor towards the message's author. Javacord 3.8.0 does not
     * read the author Discord names in the event, so it comes from the cached message, else from one REST call.
     */
    @Override
    public void onReactionAdd(ReactionAddEvent event) {
        Optional<Server> server = event.getServer();
        if (server.isEmpty() || event.getUser().map(User::isBot).orElse(false)) {
            return;
        }
        String reactor = Long.toUnsignedString(event.getUserId());
        CommunityId guild = CommunityId.of(server.get().getIdAsString());
        ChannelId channel = ChannelId.of(event.getChannel().getIdAsString());
        MessageId messageId = MessageId.of(Long.toUnsignedString(event.getMessageId()));
        // A standard emoji by its character(s), a server's own by its name, as JDA and the exports name them.
        String emoji = event.getEmoji().asUnicodeEmoji()
                .orElseGet(() -> event.getEmoji().asCustomEmoji().map(e -> e.getName()).orElse(""));
        event.requestMessage().whenComplete((message, failed) -> {
            if (failed != null) {
                log.warn("the message a reaction was added to could not be read; the reaction is not counted", failed);
                return;
            }
            String author = message.getAuthor().getIdAsString();
            if (!author.equals(reactor)) {
                coach.accept(new ReactionAdded(messageId, UserId.of(author), UserId.of(reactor), clock.instant(),
                        guild, channel, emoji));
            }
        });
    }

    private void answerDm(Message message) {
        UserId user = UserId.of(message.getAuthor().getIdAsString());
        String typed = message.getContent();
        work.supply(() -> actions.dmText(user, typed)).whenComplete((reply, error) -> {
            if (error != null) {
                // The command word only: what people type to the bot is not logged.
                log.warn("a DM command did not complete; the member was shown an apology", error);
            }
            Reply shown = error == null ? reply : Reply.text(CoachTexts.SORRY);
            JavacordDraw.message(shown).send(message.getChannel()).whenComplete((sent, failed) -> {
                if (failed != null) {
                    log.warn("the answer to a DM command could not be sent", failed);
                }
            });
        });
    }

    /**
     * The message as the core sees it: ids as text, the guild as the community, threads with their parent channel,
     * replies with the replied-to author, mentions, and the author's roles by id and name.
     */
    ChatMessage toChatMessage(Message m) {
        ChatMessageBuilder b = ChatMessage.builder()
                .id(m.getIdAsString())
                .at(m.getCreationTimestamp())
                .by(m.getAuthor().getIdAsString())
                .channel(ChannelId.of(m.getChannel().getIdAsString()))
                .text(m.getContent());
        Optional<Server> server = m.getServer();
        if (server.isPresent()) {
            b.community(CommunityId.of(server.get().getIdAsString()));
            m.getServerThreadChannel().ifPresent(thread -> b.thread(thread.getParent().getIdAsString()));
            m.getUserAuthor().ifPresent(user -> b.roles(roleKeys(server.get().getRoles(user))));
            // The server's owner: in a business's own server (someone wears its Team role), its team.
            if (server.get().getOwnerId() == m.getAuthor().getId()) {
                b.byOwner();
            }
        } else {
            b.community(Communities.DIRECT).direct();
        }
        List<User> mentioned = m.getMentionedUsers();
        for (User u : mentioned) {
            if (u.getId() != m.getAuthor().getId()) {
                b.mention(UserId.of(u.getIdAsString()));
            }
        }
        Optional<MessageReference> reference = m.getMessageReference();
        Optional<Long> repliedTo = reference.flatMap(MessageReference::getMessageId);
        Optional<Message> replied = m.getReferencedMessage();
        // Javacord 3.8.0 predates forwards: a forward arrives as an empty message whose reference has no message
        // attached; it is not a reply.
        boolean forward = repliedTo.isPresent() && replied.isEmpty() && m.getContent().isEmpty();
        if (repliedTo.isPresent() && !forward) {
            b.replyTo(MessageId.of(Long.toUnsignedString(repliedTo.get())),
                    replied.map(r -> UserId.of(r.getAuthor().getIdAsString())).orElse(null));
        }
        if (server.isPresent()) {
            // "Morning! Ana: the blue one" is said to Ana, a recent author of the channel, read as the JDA adapter and
            // an export's reader read it; a reply, a forward or a mention already says whom it speaks to, but for a
            // name it turns to after its first part (NamedTurns.spokenTo).
            String channel = m.getChannel().getIdAsString();
            String author = m.getAuthor().getIdAsString();
            boolean toOwn = replied.map(r -> r.getAuthor().getIdAsString().equals(author)).orElse(false);
            namedTurns.spokenTo(channel, author, m.getContent(), !mentioned.isEmpty()
                    || reference.isPresent() && NamedTurns.replySpeaksToItsAuthor(m.getContent(), toOwn))
                    .forEach(b::mention);
            Optional<User> user = m.getUserAuthor();
            // Javacord 3.8.0 predates display names: the server nickname and the account name.
            namedTurns.spoke(channel, author, user.flatMap(u -> u.getNickname(server.get())).orElse(null),
                    m.getAuthor().getName());
        }
        return b.build();
    }

    private static List<String> roleKeys(List<Role> roles) {
        List<String> keys = new ArrayList<>(roles.size() * 2);
        for (Role r : roles) {
            if (r.isEveryoneRole()) {
                continue;
            }
            keys.add(r.getIdAsString());
            keys.add(r.getName());
        }
        return keys;
    }
}
