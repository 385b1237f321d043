package dev.rapport.bot.importer.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.bot.importer.IsoTimestamps;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChannelKind;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.ChatMessageBuilder;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MemberRoles;
import dev.rapport.rules.model.MessageDeleted;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.ReactionAdded;
import dev.rapport.rules.model.RecordEnds;
import dev.rapport.rules.model.UserId;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Turns one parsed line of Rapport's JSON Lines format (see {@code docs/jsonl-format.md}) into an event. */
final class JsonLineDecoder {

    ChatEvent decode(JsonNode line) throws BadLineException {
        if (!line.isObject()) {
            throw new BadLineException("expected a JSON object, found " + describe(line));
        }
        String type = required(line, JsonLinesFields.TYPE);
        return switch (type) {
            case JsonLinesFields.MESSAGE -> message(line);
            case JsonLinesFields.DELETED -> new MessageDeleted(MessageId.of(required(line, "id")), time(line),
                    CommunityId.of(required(line, "community")), ChannelId.of(required(line, "channel")));
            case JsonLinesFields.REACTION -> new ReactionAdded(MessageId.of(required(line, "message")),
                    UserId.of(required(line, "messageAuthor")), UserId.of(required(line, "reactor")), time(line),
                    CommunityId.of(required(line, "community")), ChannelId.of(required(line, "channel")),
                    optional(line, "emoji"));
            case JsonLinesFields.ROLES -> new MemberRoles(UserId.of(required(line, "user")),
                    new LinkedHashSet<>(strings(line, "roles", true)), time(line),
                    CommunityId.of(required(line, "community")));
            case JsonLinesFields.RECORD_ENDS -> new RecordEnds(time(line), CommunityId.of(required(line, "community")),
                    ChannelId.of(required(line, "channel")));
            default -> throw new BadLineException("unknown type \"" + type + "\" (expected message, deleted,"
                    + " reaction, roles or record-ends)");
        };
    }

    private static ChatMessage message(JsonNode line) throws BadLineException {
        ChatMessageBuilder builder = ChatMessage.builder()
                .id(required(line, "id"))
                .at(time(line))
                .community(CommunityId.of(required(line, "community")))
                .channel(ChannelId.of(required(line, "channel")))
                .kind(kind(line))
                .by(required(line, "author"))
                .roles(strings(line, "roles", false))
                .text(text(line));
        String parent = optional(line, "parent");
        // thread() is the builder's only way to set a parent; it also sets THREAD, so the declared kind is restored.
        if (parent != null) {
            builder.thread(parent).kind(kind(line));
        }
        String replyTo = optional(line, "replyTo");
        String replyToAuthor = optional(line, "replyToAuthor");
        if (replyToAuthor != null && replyTo == null) {
            throw new BadLineException("field `replyToAuthor` needs `replyTo`");
        }
        if (replyTo != null) {
            builder.replyTo(replyTo, replyToAuthor);
        }
        for (String mention : strings(line, "mentions", false)) {
            builder.mention(mention);
        }
        return builder.build();
    }

    private static ChannelKind kind(JsonNode line) throws BadLineException {
        String kind = required(line, "kind");
        try {
            return ChannelKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadLineException("bad kind \"" + kind + "\" (expected channel, thread or direct)");
        }
    }

    private static String text(JsonNode line) throws BadLineException {
        JsonNode text = line.get("text");
        if (text == null || text.isNull()) {
            throw new BadLineException("missing field `text`");
        }
        if (!text.isTextual()) {
            throw new BadLineException("field `text` must be a string");
        }
        return text.asText();
    }

    private static Instant time(JsonNode line) throws BadLineException {
        String time = required(line, "time");
        try {
            return IsoTimestamps.parse(time);
        } catch (DateTimeParseException e) {
            throw new BadLineException("bad time \"" + time + "\": expected ISO-8601 with an offset, like"
                    + " 2026-01-05T09:00:00Z");
        }
    }

    private static String required(JsonNode line, String field) throws BadLineException {
        String value = optional(line, field);
        if (value == null) {
            throw new BadLineException("missing field `" + field + "`");
        }
        return value;
    }

    /** A scalar field as text (ids may be written as numbers); {@code null} when absent, null or blank. */
    private static String optional(JsonNode line, String field) throws BadLineException {
        JsonNode value = line.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new BadLineException("field `" + field + "` must be a string");
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    private static List<String> strings(JsonNode line, String field, boolean required) throws BadLineException {
        JsonNode value = line.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new BadLineException("missing field `" + field + "`");
            }
            return List.of();
        }
        if (!value.isArray()) {
            throw new BadLineException("field `" + field + "` must be an array of strings");
        }
        List<String> result = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            if (!element.isValueNode() || element.isNull() || element.asText().isBlank()) {
                throw new BadLineException("field `" + field + "` must be an array of non-blank strings");
            }
            result.add(element.asText());
        }
        return result;
    }

    private static String describe(JsonNode node) {
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        return node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
}
