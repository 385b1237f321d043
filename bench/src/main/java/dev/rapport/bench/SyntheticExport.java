package dev.rapport.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rapport.bot.importer.jsonl.JsonLinesWriter;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.UserId;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;

/**
 * Writes a {@link SyntheticChat} stream as one DiscordChatExporter JSON export, with the exporter's fields in its
 * order (author, roles, attachments, embeds, reactions, mentions, reference), so that a reader does all of the work
 * it does on a real export. Streamed: a million messages take a few hundred MB on disk and nothing in memory.
 */
final class SyntheticExport {
    /** The exporter writes offsets, not "Z", and milliseconds. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
    private SyntheticExport() {
    }

    /**
     * {@code FILE [MESSAGES] [PEOPLE] [PER-DAY]}: writes an export to try replay on by hand; a file ending in
     * {@code .jsonl} gets Rapport's JSON Lines format (in 8 channels) instead of a one-channel DiscordChatExporter file.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SyntheticExport FILE [MESSAGES=1000000] [PEOPLE=5000] [PER-DAY=20000]");
            System.exit(2);
        }
        long messages = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int people = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        int perDay = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
        Path file = Path.of(args[0]);
        if (args[0].endsWith(".jsonl")) {
            writeJsonLines(new SyntheticChat(people, 8, perDay, 42), messages, file);
        } else {
            write(new SyntheticChat(people, 1, perDay, 42), messages, file);
        }
    }

    /** Writes {@code messages} messages of {@code chat} in Rapport's JSON Lines event format. */
    static Path writeJsonLines(SyntheticChat chat, long messages, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonLinesWriter lines = new JsonLinesWriter(out)) {
            Iterator<ChatMessage> it = chat.stream(messages);
            while (it.hasNext()) {
                lines.write(it.next());
            }
        }
        return file;
    }

    /** Writes {@code messages} messages of {@code chat} (use one channel: an export file is one channel). */
    static Path write(SyntheticChat chat, long messages, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("guild");
            json.writeStringField("id", SyntheticChat.COMMUNITY);
            json.writeStringField("name", "Makers Market");
            json.writeStringField("iconUrl", "https://cdn.discordapp.com/embed/avatars/0.png");
            json.writeEndObject();
            json.writeObjectFieldStart("channel");
            json.writeStringField("id", SyntheticChat.channelId(0));
            json.writeStringField("type", "GuildTextChat");
            json.writeStringField("categoryId", "800000000000000100");
            json.writeStringField("category", "Community");
            json.writeStringField("name", "general");
            json.writeNullField("topic");
            json.writeEndObject();
            json.writeObjectFieldStart("dateRange");
            json.writeNullField("after");
            json.writeNullField("before");
            json.writeEndObject();
            json.writeStringField("exportedAt", "2026-06-01T10:00:00+00:00");
            json.writeArrayFieldStart("messages");
            Iterator<ChatMessage> it = chat.stream(messages);
            while (it.hasNext()) {
                message(json, it.next());
            }
            json.writeEndArray();
            json.writeNumberField("messageCount", messages);
            json.writeEndObject();
        }
        return file;
    }

    private static void message(JsonGenerator json, ChatMessage m) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", m.id().value());
        json.writeStringField("type", m.replyTo().isPresent() ? "Reply" : "Default");
        json.writeStringField("timestamp", TIMESTAMP.format(m.time().atOffset(ZoneOffset.UTC)));
        json.writeNullField("timestampEdited");
        json.writeNullField("callEndedTimestamp");
        json.writeBooleanField("isPinned", false);
        StringBuilder content = new StringBuilder();
        for (UserId u : m.mentions()) {
            content.append('@').append(name(u)).append(' ');
        }
        json.writeStringField("content", content.append(m.text()).toString());
        json.writeFieldName("author");
        user(json, m.author(), true);
        json.writeArrayFieldStart("attachments");
        json.writeEndArray();
        json.writeArrayFieldStart("embeds");
        json.writeEndArray();
        json.writeArrayFieldStart("stickers");
        json.writeEndArray();
        json.writeArrayFieldStart("reactions");
        json.writeEndArray();
        json.writeArrayFieldStart("mentions");
        if (m.replyToAuthor().isPresent()) {
            user(json, m.replyToAuthor().get(), false);
        }
        for (UserId u : m.mentions()) {
            user(json, u, false);
        }
        json.writeEndArray();
        if (m.replyTo().isPresent()) {
            json.writeObjectFieldStart("reference");
            json.writeStringField("messageId", m.replyTo().get().value());
            json.writeStringField("channelId", m.channel().value());
            json.writeStringField("guildId", SyntheticChat.COMMUNITY);
            json.writeEndObject();
        }
        json.writeArrayFieldStart("inlineEmojis");
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void user(JsonGenerator json, UserId u, boolean author) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", u.value());
        json.writeStringField("name", name(u));
        json.writeStringField("discriminator", "0000");
        json.writeStringField("nickname", "Maker " + u.value().substring(u.value().length() - 6));
        if (author) {
            json.writeStringField("color", "#1F8B4C");
        }
        json.writeBooleanField("isBot", false);
        if (author) {
            json.writeArrayFieldStart("roles");
            json.writeStartObject();
            json.writeStringField("id", "600000000000000001");
            json.writeStringField("name", "Member");
            json.writeStringField("color", "#1F8B4C");
            json.writeNumberField("position", 1);
            json.writeEndObject();
            json.writeEndArray();
            json.writeStringField("avatarUrl", "https://cdn.discordapp.com/embed/avatars/1.png");
        }
        json.writeEndObject();
    }

    private static String name(UserId u) {
        return "maker" + u.value().substring(u.value().length() - 6);
    }
}
