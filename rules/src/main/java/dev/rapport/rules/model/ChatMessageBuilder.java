package dev.rapport.rules.model;

import dev.rapport.rules.links.LinkExtractor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a {@link ChatMessage} the way adapters and tests read best:
 * {@code ChatMessage.builder().id("1").at(t).in("guild", "general").by("ana").text("hi").build()}.
 * Links are extracted from the text unless given.
 */
public final class ChatMessageBuilder {
    private MessageId id;
    private Instant time;
    private CommunityId community = CommunityId.of("default");
    private ChannelId channel;
    private ChannelId parent;
    private ChannelKind kind = ChannelKind.CHANNEL;
    private UserId author;
    /** Immutable until roles are added to roles already given. */
    private Set<String> roles = Set.of();
    private boolean ownsCommunity;
    private boolean replyGuessed;
    private MessageId replyTo;
    private UserId replyToAuthor;
    private final List<UserId> mentions = new ArrayList<>();
    private List<Link> links;
    private String text = "";
    private ChannelInfo channelInfo = ChannelInfo.UNKNOWN;

    ChatMessageBuilder() {
    }

    public ChatMessageBuilder id(String id) {
        this.id = MessageId.of(id);
        return this;
    }

    public ChatMessageBuilder at(Instant time) {
        this.time = time;
        return this;
    }

    public ChatMessageBuilder in(String community, String channel) {
        this.community = CommunityId.of(community);
        this.channel = ChannelId.of(channel);
        return this;
    }

    public ChatMessageBuilder community(CommunityId community) {
        this.community = community;
        return this;
    }

    public ChatMessageBuilder channel(ChannelId channel) {
        this.channel = channel;
        return this;
    }

    /** Marks the message as posted in a thread hanging off {@code parentChannel}. */
    public ChatMessageBuilder thread(String parentChannel) {
        this.parent = ChannelId.of(parentChannel);
        this.kind = ChannelKind.THREAD;
        return this;
    }

    /** Marks the message as a direct message. */
    public ChatMessageBuilder direct() {
        this.kind = ChannelKind.DIRECT;
        return this;
    }

    public ChatMessageBuilder kind(ChannelKind kind) {
        this.kind = kind;
        return this;
    }

    public ChatMessageBuilder by(String author) {
        this.author = UserId.of(author);
        return this;
    }

    public ChatMessageBuilder by(UserId author) {
        this.author = author;
        return this;
    }

    public ChatMessageBuilder roles(Iterable<String> roles) {
        if (this.roles.isEmpty() && roles instanceof Set<String> given) {
            // A set is taken as an immutable copy, which is the set itself when it is one already: a reader that hands
            // the same set for a person's same roles spares a copy per message (the message keeps it as it is).
            this.roles = Set.copyOf(given);
            return this;
        }
        Set<String> all = new LinkedHashSet<>(this.roles);
        roles.forEach(all::add);
        this.roles = all;
        return this;
    }

    public ChatMessageBuilder replyTo(String messageId, String messageAuthor) {
        this.replyTo = MessageId.of(messageId);
        this.replyToAuthor = messageAuthor == null ? null : UserId.of(messageAuthor);
        return this;
    }

    public ChatMessageBuilder replyTo(MessageId messageId, UserId messageAuthor) {
        this.replyTo = messageId;
        this.replyToAuthor = messageAuthor;
        return this;
    }

    /** The reply link is only guessed (from timing and words), as in an IRC log: see {@link ChatMessage#replyGuessed}. */
    public ChatMessageBuilder replyGuessed() {
        this.replyGuessed = true;
        return this;
    }

    public ChatMessageBuilder mention(String user) {
        return mention(UserId.of(user));
    }

    public ChatMessageBuilder mention(UserId user) {
        if (!mentions.contains(user)) {
            mentions.add(user);
        }
        return this;
    }

    public ChatMessageBuilder links(List<Link> links) {
        this.links = links;
        return this;
    }

    public ChatMessageBuilder text(String text) {
        this.text = text == null ? "" : text;
        return this;
    }

    /** The author owns the community (a Discord guild's owner), where the platform tells. */
    public ChatMessageBuilder byOwner() {
        this.ownsCommunity = true;
        return this;
    }

    /** The channel's name and topic, where the platform tells. */
    public ChatMessageBuilder channelInfo(ChannelInfo info) {
        this.channelInfo = info == null ? ChannelInfo.UNKNOWN : info;
        return this;
    }

    public ChatMessage build() {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(time, "time is required");
        Objects.requireNonNull(channel, "channel is required");
        Objects.requireNonNull(author, "author is required");
        List<Link> found = links != null ? links : LinkExtractor.extract(text);
        return new ChatMessage(id, time, community, channel, Optional.ofNullable(parent), kind, author, roles,
                Optional.ofNullable(replyTo), Optional.ofNullable(replyToAuthor), mentions, found, text, channelInfo,
                ownsCommunity, replyGuessed);
    }
}
