package dev.rapport.bot.importer.discord;

import dev.rapport.bot.coach.NamedTurns;
import dev.rapport.bot.importer.BoundedLruMap;
import dev.rapport.bot.importer.ImportTally;
import dev.rapport.bot.importer.IsoTimestamps;
import dev.rapport.bot.importer.UnicodeText;
import dev.rapport.rules.addressing.AddressingInference;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.ChatMessageBuilder;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.ReactionAdded;
import dev.rapport.rules.model.UserId;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns one exported message into events: the {@link ChatMessage} and one {@link ReactionAdded} per person who
 * reacted. Bot messages and system messages (joins, pins, calls...) become nothing and are counted.
 */
final class DiscordMessageMapper {
    private static final Set<String> KEPT_TYPES = Set.of("Default", "Reply");
    private static final String THREAD_STARTER = "ThreadStarterMessage";

    private final DiscordChannel where;
    private final BoundedLruMap<String, UserId> authorsByMessage;
    /**
     * One {@link UserId} per person for the messages that name them: the engine keeps the first instance it meets
     * and would otherwise copy every message to swap in its own, and a reused id has its hash computed once.
     */
    private final Map<String, UserId> people = new HashMap<>();
    /**
     * Each person's roles as last read, as one immutable set: a person's roles rarely change between messages, and
     * handing the same set on spares a copy of it per message (the message keeps an immutable set as it is).
     */
    private final Map<UserId, Set<String>> roles = new HashMap<>();
    private final ImportTally tally;
    private final BoundedLruMap<UserId, String> names;
    private final BoundedLruMap<UserId, String> usernames;

    /** People whose ids are reused, at most; past it the reuse starts over (the ids stay right, only new). */
    private static final int REUSED_IDS = 50_000;

    /** In a direct conversation, everyone known to take part: each message speaks to the others. */
    private final List<String> directPeople;

    /** How many of a channel's latest authors are known by name, to read "Morning! Ana: ..." as said to Ana. */
    static final int NAMED_SPEAKERS = NamedTurns.SPEAKERS_PER_CHANNEL;
    /** The channel's latest authors by the names they show: the live bot reads names the same way. */
    private final NamedTurns speakers;

    /**
     * @param addressing how people address each other by name (stateless: one reader's mappers may share it)
     */
    DiscordMessageMapper(DiscordChannel where, BoundedLruMap<String, UserId> authorsByMessage, ImportTally tally,
                         BoundedLruMap<UserId, String> names, BoundedLruMap<UserId, String> usernames,
                         List<String> directPeople, AddressingInference addressing) {
        this.speakers = new NamedTurns(addressing, NAMED_SPEAKERS, 1);
        this.directPeople = directPeople;
        this.where = where;
        this.authorsByMessage = authorsByMessage;
        this.tally = tally;
        this.names = names;
        this.usernames = usernames;
    }

    /**
     * The events for {@code message}, in order; empty when it is not a person's message.
     *
     * @param place where the message starts ({@code line:column}), to name it in warnings; asked only then
     */
    List<ChatEvent> map(ExportedMessage message, Supplier<String> place) throws BadExportException {
        ExportedMessage.Person author = message.author();
        if (author.bot()) {
            tally.botMessage();
            return List.of();
        }
        String type = message.type();
        if (type == null) {
            type = "Default";
        }
        String content = message.content();
        if (UnicodeText.hasLoneSurrogate(content)) {
            tally.brokenText(place.get());
            content = UnicodeText.repair(content);
        }
        if (!isKept(type, content) || (content.isEmpty() && !message.carriesSomething())) {
            tally.skip();
            return List.of();
        }

        String id = required(message.id(), "message has no \"id\"");
        String authorId = required(author.id(), "message " + id + " has no \"author\" with an \"id\"");
        Instant time = timestamp(message.timestamp(), id);
        UserId authorUser = user(authorId);
        ChatMessage chat = chatMessage(message, type, id, authorUser, time, content);
        authorsByMessage.put(id, authorUser);
        rememberName(authorUser, author);
        speakers.spoke(where.channel().value(), authorId, author.nickname(), author.name());
        tally.message();

        if (message.reactors().isEmpty()) {
            return List.of(chat);
        }
        List<ChatEvent> events = new ArrayList<>(1 + message.reactors().size());
        events.add(chat);
        addReactions(message, chat, events);
        return events;
    }

    /**
     * The nickname people see in the server, else the account name; and the account name where it differs, so
     * that {@code --user} finds a person by either. For reports, never stored.
     */
    /** The id of the person {@code value} names, the same instance each time. */
    /** {@code read}, as the set handed on last time for {@code author} when it holds the same roles. */
    private Set<String> rolesOf(UserId author, Set<String> read) {
        if (read.isEmpty()) {
            return Set.of();
        }
        Set<String> last = roles.get(author);
        if (last != null && last.equals(read)) {
            return last;
        }
        if (roles.size() >= REUSED_IDS) {
            roles.clear();
        }
        Set<String> kept = Set.copyOf(read);
        roles.put(author, kept);
        return kept;
    }

    private UserId user(String value) {
        UserId known = people.get(value);
        if (known != null) {
            return known;
        }
        if (people.size() >= REUSED_IDS) {
            people.clear();
        }
        UserId id = UserId.of(value);
        people.put(value, id);
        return id;
    }

    private void rememberName(UserId id, ExportedMessage.Person author) {
        String account = author.name();
        String name = author.nickname();
        if (name == null) {
            name = account;
        }
        if (name == null) {
            return;
        }
        names.put(id, UnicodeText.repair(name));
        if (account != null && !account.equals(name)) {
            usernames.put(id, UnicodeText.repair(account));
        }
    }

    private static boolean isKept(String type, String content) {
        return KEPT_TYPES.contains(type) || (THREAD_STARTER.equals(type) && !content.isEmpty());
    }

    private ChatMessage chatMessage(ExportedMessage message, String type, String id, UserId author, Instant time,
                                    String content) {
        String authorId = author.value();
        ChatMessageBuilder builder = ChatMessage.builder()
                .id(id)
                .at(time)
                .community(where.community())
                .channel(where.channel())
                .kind(where.kind())
                .by(author)
                .roles(rolesOf(author, message.roles()))
                .channelInfo(where.info())
                .text(content);
        where.parent().ifPresent(parent -> builder.thread(parent.value()));
        // In the order they appear in the text: whether a mention speaks to someone depends on where it stands.
        List<ExportedMessage.Person> mentions = message.mentions();
        if (mentions.size() > 1) {
            mentions = new ArrayList<>(mentions);
            mentions.sort(java.util.Comparator.comparingInt(m -> positionIn(content, m)));
        }
        List<String> named = directPeople.isEmpty() ? List.of() : new ArrayList<>(mentions.size());
        for (ExportedMessage.Person mention : mentions) {
            String mentioned = mention.id();
            if (mentioned != null && !mentioned.equals(authorId) && !mention.bot()) {
                builder.mention(user(mentioned));
                if (!directPeople.isEmpty()) {
                    named.add(mentioned);
                }
            }
        }
        // A direct message speaks to the other side even when it names nobody: the export gives them only in the
        // channel, and without them a first message (a cold pitch) would seem said to no one.
        for (String other : directPeople) {
            if (!other.equals(authorId) && !named.contains(other)) {
                builder.mention(user(other));
            }
        }
        // "Morning! Ana: the blue one": a greeting to the room that turns to someone by name speaks to them, as on IRC,
        // when the name is one of the channel's recent authors'. Said to Ana, it answers what Ana asked, not whoever
        // else waits (the engine, which keeps no names, could only tell it was said to someone).
        boolean reply = "Reply".equals(type) && message.repliedTo() != null
                && NamedTurns.replySpeaksToItsAuthor(content, author.equals(authorsByMessage.get(message.repliedTo())));
        speakers.spokenTo(where.channel().value(), authorId, content,
                        !mentions.isEmpty() || where.kind() == dev.rapport.rules.model.ChannelKind.DIRECT || reply)
                .forEach(person -> builder.mention(user(person)));
        if ("Reply".equals(type)) {
            String repliedTo = message.repliedTo();
            if (repliedTo != null) {
                // Replies to messages beyond the remembered window, or to bots, keep an unknown author.
                builder.replyTo(MessageId.of(repliedTo), authorsByMessage.get(repliedTo));
            }
        }
        return builder.build();
    }

    /** Where a mention stands in the text ({@code @nickname}, {@code @name} or {@code <@id>}); unknown ones last. */
    private static int positionIn(String content, ExportedMessage.Person mention) {
        int best = Integer.MAX_VALUE;
        for (String name : new String[]{mention.nickname(), mention.name()}) {
            if (name == null) {
                continue;
            }
            int i = content.indexOf("@" + name);
            if (i >= 0) {
                best = Math.min(best, i);
            }
        }
        String id = mention.id();
        if (id != null) {
            int i = content.indexOf("<@" + id);
            if (i >= 0) {
                best = Math.min(best, i);
            }
        }
        return best;
    }

    /**
     * The export only lists who reacted, not when: the reaction is dated at the message. Reactions by bots and
     * by the author to their own message are not acts of engaging with someone else and are left out.
     */
    private void addReactions(ExportedMessage message, ChatMessage chat, List<ChatEvent> events) {
        for (ExportedMessage.Reactor reaction : message.reactors()) {
            ExportedMessage.Person user = reaction.person();
            String reactor = user.id();
            if (reactor == null || user.bot()) {
                continue;
            }
            if (reactor.equals(chat.author().value())) {
                continue;
            }
            events.add(new ReactionAdded(chat.id(), chat.author(), user(reactor), chat.time(),
                    chat.community(), chat.channel(), reaction.emoji()));
        }
    }

    private static String required(String value, String problem) throws BadExportException {
        if (value == null) {
            throw new BadExportException(problem);
        }
        return value;
    }

    private static Instant timestamp(String text, String id) throws BadExportException {
        if (text == null) {
            throw new BadExportException("message " + id + " has no \"timestamp\"");
        }
        try {
            return IsoTimestamps.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadExportException("message " + id + " has a bad \"timestamp\" \"" + text
                    + "\": expected ISO-8601 with an offset, like 2026-01-05T09:00:00+00:00");
        }
    }
}
