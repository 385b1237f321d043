package dev.rapport.bot.importer.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.bot.importer.BoundedLruMap;
import dev.rapport.bot.importer.ImportTally;
import dev.rapport.bot.importer.UnicodeText;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.ChatMessageBuilder;
import dev.rapport.rules.model.ReactionAdded;
import dev.rapport.rules.model.UserId;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns one exported message into events: the {@link ChatMessage} and one {@link ReactionAdded} per person who
 * reacted. Bot messages and system messages (joins, pins, calls...) become nothing and are counted.
 */
final class DiscordMessageMapper {
    private static final Set<String> KEPT_TYPES = Set.of("Default", "Reply");
    private static final String THREAD_STARTER = "ThreadStarterMessage";

    private final DiscordChannel where;
    private final BoundedLruMap<String, String> authorsByMessage;
    private final ImportTally tally;
    private final BoundedLruMap<UserId, String> names;
    private final BoundedLruMap<UserId, String> usernames;

    DiscordMessageMapper(DiscordChannel where, BoundedLruMap<String, String> authorsByMessage, ImportTally tally,
                         BoundedLruMap<UserId, String> names, BoundedLruMap<UserId, String> usernames) {
        this.where = where;
        this.authorsByMessage = authorsByMessage;
        this.tally = tally;
        this.names = names;
        this.usernames = usernames;
    }

    /**
     * The events for {@code message}, in order; empty when it is not a person's message.
     *
     * @param place where the message starts ({@code line:column}), to name it in warnings
     */
    List<ChatEvent> map(JsonNode message, String place) throws BadExportException {
        if (!message.isObject()) throw new BadExportException("a message is not a JSON object");
        JsonNode author = message.get("author");
        if (author != null && author.path("isBot").asBoolean(false)) {
            tally.botMessage();
            return List.of();
        }
        String type = JsonFields.text(message, "type");
        if (type == null) type = "Default";
        String content = message.path("content").isTextual() ? message.get("content").asText() : "";
        if (UnicodeText.hasLoneSurrogate(content)) {
            tally.brokenText(place);
            content = UnicodeText.repair(content);
        }
        if (!isKept(type, content) || (content.isEmpty() && !carriesSomething(message))) {
            tally.skip();
            return List.of();
        }

        String id = required(message, "id", "message has no \"id\"");
        String authorId = required(author, "id", "message " + id + " has no \"author\" with an \"id\"");
        Instant time = timestamp(message, id);
        ChatMessage chat = chatMessage(message, type, id, authorId, time, content, author);
        authorsByMessage.put(id, authorId);
        rememberName(authorId, author);
        tally.message();

        List<ChatEvent> events = new ArrayList<>(1);
        events.add(chat);
        addReactions(message, chat, events);
        return events;
    }

    /**
     * The nickname people see in the server, else the account name; and the account name where it differs, so
     * that {@code --user} finds a person by either. For reports, never stored.
     */
    private void rememberName(String authorId, JsonNode author) {
        String account = JsonFields.text(author, "name");
        String name = JsonFields.text(author, "nickname");
        if (name == null) name = account;
        if (name == null) return;
        UserId id = UserId.of(authorId);
        names.put(id, UnicodeText.repair(name));
        if (account != null && !account.equals(name)) usernames.put(id, UnicodeText.repair(account));
    }

    private static boolean isKept(String type, String content) {
        return KEPT_TYPES.contains(type) || (THREAD_STARTER.equals(type) && !content.isEmpty());
    }

    /** A message with no text but an image, file, embed or sticker is still something a person posted. */
    private static boolean carriesSomething(JsonNode message) {
        return JsonFields.hasElements(message, "attachments") || JsonFields.hasElements(message, "embeds")
                || JsonFields.hasElements(message, "stickers");
    }

    private ChatMessage chatMessage(JsonNode message, String type, String id, String authorId, Instant time,
                                    String content, JsonNode author) {
        ChatMessageBuilder builder = ChatMessage.builder()
                .id(id)
                .at(time)
                .community(where.community())
                .channel(where.channel())
                .kind(where.kind())
                .by(authorId)
                .roles(roles(author))
                .channelInfo(where.info())
                .text(content);
        where.parent().ifPresent(parent -> builder.thread(parent.value()));
        // In the order they appear in the text: whether a mention speaks to someone depends on where it stands.
        List<JsonNode> mentions = new ArrayList<>();
        for (JsonNode mention : JsonFields.elements(message, "mentions")) mentions.add(mention);
        mentions.sort(java.util.Comparator.comparingInt(m -> positionIn(content, m)));
        for (JsonNode mention : mentions) {
            String mentioned = JsonFields.text(mention, "id");
            if (mentioned != null && !mentioned.equals(authorId) && !mention.path("isBot").asBoolean(false)) {
                builder.mention(mentioned);
            }
        }
        if ("Reply".equals(type)) {
            String repliedTo = JsonFields.text(message.get("reference"), "messageId");
            if (repliedTo != null) {
                // Replies to messages beyond the remembered window, or to bots, keep an unknown author.
                builder.replyTo(repliedTo, authorsByMessage.get(repliedTo));
            }
        }
        return builder.build();
    }

    /** Where a mention stands in the text ({@code @nickname}, {@code @name} or {@code <@id>}); unknown ones last. */
    private static int positionIn(String content, JsonNode mention) {
        int best = Integer.MAX_VALUE;
        for (String key : new String[]{"nickname", "name"}) {
            String name = JsonFields.text(mention, key);
            if (name == null || name.isBlank()) continue;
            int i = content.indexOf("@" + name);
            if (i >= 0) best = Math.min(best, i);
        }
        String id = JsonFields.text(mention, "id");
        if (id != null) {
            int i = content.indexOf("<@" + id);
            if (i >= 0) best = Math.min(best, i);
        }
        return best;
    }

    /** Role ids and role names both: configuration may name a role either way. */
    private static Set<String> roles(JsonNode author) {
        Set<String> roles = new LinkedHashSet<>();
        for (JsonNode role : JsonFields.elements(author, "roles")) {
            if (role.isValueNode()) {
                if (!role.asText().isBlank()) roles.add(role.asText());
                continue;
            }
            String roleId = JsonFields.text(role, "id");
            String name = JsonFields.text(role, "name");
            if (roleId != null) roles.add(roleId);
            if (name != null) roles.add(name);
        }
        return roles;
    }

    /**
     * The export only lists who reacted, not when: the reaction is dated at the message. Reactions by bots and
     * by the author to their own message are not acts of engaging with someone else and are left out.
     */
    private static void addReactions(JsonNode message, ChatMessage chat, List<ChatEvent> events) {
        for (JsonNode reaction : JsonFields.elements(message, "reactions")) {
            for (JsonNode user : JsonFields.elements(reaction, "users")) {
                String reactor = JsonFields.text(user, "id");
                if (reactor == null || user.path("isBot").asBoolean(false)) continue;
                if (reactor.equals(chat.author().value())) continue;
                events.add(new ReactionAdded(chat.id(), chat.author(), UserId.of(reactor), chat.time(),
                        chat.community(), chat.channel()));
            }
        }
    }

    private static String required(JsonNode node, String field, String problem) throws BadExportException {
        String value = JsonFields.text(node, field);
        if (value == null) throw new BadExportException(problem);
        return value;
    }

    private static Instant timestamp(JsonNode message, String id) throws BadExportException {
        String text = JsonFields.text(message, "timestamp");
        if (text == null) throw new BadExportException("message " + id + " has no \"timestamp\"");
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadExportException("message " + id + " has a bad \"timestamp\" \"" + text
                    + "\": expected ISO-8601 with an offset, like 2026-01-05T09:00:00+00:00");
        }
    }
}
