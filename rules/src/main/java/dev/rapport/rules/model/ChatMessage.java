package dev.rapport.rules.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A message as the coach sees it. The text is available in memory while the message is analysed and is
 * never stored: every derived fact the rules keep is a count, a time, an id or a link fingerprint.
 *
 * @param id           the message id; replays and gateway RESUMEs are deduplicated by it
 * @param time         when it was posted
 * @param community    where
 * @param channel      the channel, thread or DM conversation it was posted in
 * @param parent       for a thread, the channel it hangs off; empty otherwise
 * @param kind         channel, thread or direct message
 * @param author       who wrote it
 * @param authorRoles  the author's role ids or names in the community, where the platform tells (may be empty)
 * @param replyTo      the message it explicitly replies to, if any
 * @param replyToAuthor the author of that message, when known
 * @param mentions     people addressed: explicit mentions, or addressing inferred from the text (IRC {@code nick: ...})
 * @param links        links extracted from the text, in order
 * @param text         the text, for in-memory analysis only
 * @param channelInfo  the channel's name and topic where the platform tells ({@link ChannelInfo#UNKNOWN} otherwise)
 * @param authorOwnsCommunity whether the author owns the community (a Discord guild's owner), where the platform
 *                     tells (live; an export does not): in a business's own server its owner is its team
 * @param replyGuessed whether {@code replyTo} is only a guess from timing and words (an IRC log, where nobody clicks
 *                     "reply"), not a link the author made or a name they said
 */
public record ChatMessage(
        MessageId id,
        Instant time,
        CommunityId community,
        ChannelId channel,
        Optional<ChannelId> parent,
        ChannelKind kind,
        UserId author,
        Set<String> authorRoles,
        Optional<MessageId> replyTo,
        Optional<UserId> replyToAuthor,
        List<UserId> mentions,
        List<Link> links,
        String text,
        ChannelInfo channelInfo,
        boolean authorOwnsCommunity,
        boolean replyGuessed) implements ChatEvent {

    public ChatMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(author, "author");
        authorRoles = Set.copyOf(authorRoles);
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(replyToAuthor, "replyToAuthor");
        mentions = List.copyOf(mentions);
        links = List.copyOf(links);
        text = text == null ? "" : text;
        channelInfo = channelInfo == null ? ChannelInfo.UNKNOWN : channelInfo;
        replyGuessed = replyGuessed && replyTo.isPresent();
    }

    /** A message whose reply link, if any, is the author's own. */
    public ChatMessage(MessageId id, Instant time, CommunityId community, ChannelId channel, Optional<ChannelId> parent,
                       ChannelKind kind, UserId author, Set<String> authorRoles, Optional<MessageId> replyTo,
                       Optional<UserId> replyToAuthor, List<UserId> mentions, List<Link> links, String text,
                       ChannelInfo channelInfo, boolean authorOwnsCommunity) {
        this(id, time, community, channel, parent, kind, author, authorRoles, replyTo, replyToAuthor, mentions, links,
                text, channelInfo, authorOwnsCommunity, false);
    }

    /** A message whose channel says nothing about itself (no name or topic known). */
    public ChatMessage(MessageId id, Instant time, CommunityId community, ChannelId channel, Optional<ChannelId> parent,
                       ChannelKind kind, UserId author, Set<String> authorRoles, Optional<MessageId> replyTo,
                       Optional<UserId> replyToAuthor, List<UserId> mentions, List<Link> links, String text) {
        this(id, time, community, channel, parent, kind, author, authorRoles, replyTo, replyToAuthor, mentions, links,
                text, ChannelInfo.UNKNOWN, false);
    }

    public static ChatMessageBuilder builder() {
        return new ChatMessageBuilder();
    }

    /** The people this message is aimed at: the author of the replied-to message first, then the mentions. */
    public List<UserId> addressees() {
        if (replyToAuthor.isEmpty()) {
            return mentions;
        }
        UserId first = replyToAuthor.get();
        if (mentions.isEmpty()) {
            return List.of(first);
        }
        if (mentions.size() == 1 && mentions.get(0).equals(first)) {
            return mentions;
        }
        var all = new java.util.ArrayList<UserId>(mentions.size() + 1);
        all.add(first);
        for (UserId m : mentions) {
            if (!m.equals(first)) {
                all.add(m);
            }
        }
        return List.copyOf(all);
    }

    /** A copy with other text and links, as after an edit. */
    public ChatMessage withText(String newText, List<Link> newLinks) {
        return new ChatMessage(id, time, community, channel, parent, kind, author, authorRoles, replyTo,
                replyToAuthor, mentions, newLinks, newText, channelInfo, authorOwnsCommunity, replyGuessed);
    }
}
