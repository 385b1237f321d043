package dev.rapport.bot.discord.ingest;

import dev.rapport.bot.coach.NamedTurns;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.ChatMessageBuilder;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageDeleted;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.messages.MessageSnapshot;
import dev.rapport.rules.links.LinkExtractor;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.utils.TimeUtil;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates JDA messages into the core's {@link ChatMessage} at the edge: ids as strings, the guild as the
 * community, threads with their parent channel, replies with the replied-to author, mentions, and in a direct
 * conversation the other participant as the addressee (so a first DM pitch counts as aimed at someone). A forward
 * is a share of someone else's message: neither a reply nor a message without text.
 */
public final class MessageTranslator {

    /** The community direct conversations belong to: they are outside every guild. */
    public static final CommunityId DIRECT = dev.rapport.bot.coach.Communities.DIRECT;

    /** Each channel's recent authors by name: "Morning! Ana: ..." speaks to Ana, as in an export. */
    private final NamedTurns namedTurns;

    public MessageTranslator(NamedTurns namedTurns) {
        this.namedTurns = namedTurns;
    }

    public ChatMessage toChatMessage(Message m) {
        return read(m).build();
    }

    /**
     * Everything the core needs of {@code m}, read from JDA on the calling thread, not yet built: building finds the
     * links in the text, which the gateway thread leaves to the coach's thread. The builder holds only strings and
     * lists, never the JDA message, so a queue of them costs what the built messages would.
     */
    public ChatMessageBuilder read(Message m) {
        String author = m.getAuthor().getId();
        ChatMessageBuilder b = ChatMessage.builder()
                .id(m.getId())
                // The snowflake's milliseconds, as getTimeCreated() has them, without the Calendar it builds on the
                // gateway thread for every message.
                // (getDiscordTimestamp goes the other way: from a time to a snowflake.)
                .at(Instant.ofEpochMilli((m.getIdLong() >>> TimeUtil.TIMESTAMP_OFFSET) + TimeUtil.DISCORD_EPOCH))
                .by(author)
                .channel(ChannelId.of(m.getChannel().getId()))
                .text(m.getContentRaw());
        if (m.isFromGuild()) {
            b.community(CommunityId.of(m.getGuild().getId()));
            if (m.getChannelType().isThread()) {
                ThreadChannel thread = m.getChannel().asThreadChannel();
                b.thread(thread.getParentChannel().getId());
            }
            Member member = m.getMember();
            if (member != null) {
                b.roles(roleKeys(member.getRoles()));
            }
            // The guild's owner: in a business's own server (someone wears its Team role), its team.
            if (m.getGuild().getOwnerIdLong() == m.getAuthor().getIdLong()) {
                b.byOwner();
            }
        } else {
            b.community(DIRECT).direct();
            if (m.getChannel() instanceof PrivateChannel pc) {
                User partner = pc.getUser();
                if (partner != null && !partner.getId().equals(author)) {
                    b.mention(partner.getId());
                } else if (partner != null) {
                    b.mention(m.getJDA().getSelfUser().getId());
                }
            }
        }
        List<User> mentioned = m.getMentions().getUsers();
        for (User u : mentioned) {
            String id = u.getId();
            if (!id.equals(author)) {
                b.mention(UserId.of(id));
            }
        }
        MessageReference ref = m.getMessageReference();
        if (m.isFromGuild()) {
            // "Morning! Ana: the blue one" is said to Ana, a recent author of the channel, read as an export's reader
            // reads it; a reply, a forward or a mention already says whom it speaks to, but for a name it turns to
            // after its first part (NamedTurns.spokenTo).
            String channel = m.getChannel().getId();
            Message replied = ref == null ? null : m.getReferencedMessage();
            boolean toOwn = replied != null && replied.getAuthor().getId().equals(author);
            namedTurns.spokenTo(channel, author, m.getContentRaw(), !mentioned.isEmpty()
                    || ref != null && NamedTurns.replySpeaksToItsAuthor(m.getContentRaw(), toOwn))
                    .forEach(b::mention);
            User user = m.getAuthor();
            Member member = m.getMember();
            namedTurns.spoke(channel, author, member == null ? null : member.getNickname(), user.getGlobalName(),
                    user.getName());
        }
        if (isForward(m)) {
            // A forward shares someone else's message: not a reply, and its words are not the person's own. The links
            // it carries are what the person shared, so the link rules see them (a forward cross-posted is still one).
            StringBuilder shared = new StringBuilder();
            for (MessageSnapshot snapshot : m.getMessageSnapshots()) {
                shared.append(snapshot.getContentRaw()).append('\n');
            }
            b.text("").links(LinkExtractor.extract(shared.toString()));
        } else if (ref != null && ref.getType() == MessageReference.MessageReferenceType.DEFAULT) {
            Message replied = m.getReferencedMessage();
            b.replyTo(MessageId.of(ref.getMessageId()), replied == null ? null : UserId.of(replied.getAuthor().getId()));
        }
        return b;
    }

    /** A forwarded message: Discord's FORWARD reference, empty content, the original in its snapshots. */
    static boolean isForward(Message m) {
        MessageReference ref = m.getMessageReference();
        return ref != null && ref.getType() == MessageReference.MessageReferenceType.FORWARD;
    }

    public MessageDeleted deleted(String messageId, String channelId, String guildIdOrNull, Instant at) {
        CommunityId community = guildIdOrNull == null ? DIRECT : CommunityId.of(guildIdOrNull);
        return new MessageDeleted(MessageId.of(messageId), at, community, ChannelId.of(channelId));
    }

    /** Role ids and names both: the operator's audience settings may name either. */
    private static List<String> roleKeys(List<Role> roles) {
        List<String> keys = new ArrayList<>(roles.size() * 2);
        for (Role r : roles) {
            keys.add(r.getId());
            keys.add(r.getName());
        }
        return keys;
    }
}
