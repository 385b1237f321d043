package dev.rapport.bot.importer.discord;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Writes small DiscordChatExporter-shaped exports for tests, in the exporter's field order. */
public final class DiscordExportBuilder {
    private record Entry(String id, Instant time, String author, String text, String replyTo) {
    }

    private final String guild;
    private final String channel;
    private final List<Entry> entries = new ArrayList<>();
    /** Display names by author id; an author not named here is "user" and the id. */
    private final java.util.Map<String, String> names = new java.util.HashMap<>();
    /** The export's {@code exportedAt} as written; null leaves the field out. */
    private String exportedAt = EXPORTED_AT;

    private static final String EXPORTED_AT = "2026-01-12T10:00:00+00:00";

    public DiscordExportBuilder(String guild, String channel) {
        this.guild = guild;
        this.channel = channel;
    }

    /** The name {@code author} shows in the export. */
    public DiscordExportBuilder name(String author, String name) {
        names.put(author, name);
        return this;
    }

    /** When the export was taken, as written in {@code exportedAt}; null leaves the field out (old exports). */
    public DiscordExportBuilder exportedAt(String when) {
        this.exportedAt = when;
        return this;
    }

    /** When the export was taken. */
    public DiscordExportBuilder exportedAt(Instant when) {
        return exportedAt(when.atOffset(ZoneOffset.UTC).toString());
    }

    public DiscordExportBuilder message(String id, Instant time, String author, String text) {
        entries.add(new Entry(id, time, author, text, null));
        return this;
    }

    public DiscordExportBuilder reply(String id, Instant time, String author, String text, String replyTo) {
        entries.add(new Entry(id, time, author, text, replyTo));
        return this;
    }

    public Path writeTo(Path file) {
        try (OutputStream out = Files.newOutputStream(file); JsonGenerator json = new JsonFactory().createGenerator(out)) {
            writeHeader(json, guild, channel, exportedAt);
            for (Entry e : entries) {
                writeMessage(json, e.id(), e.time(), e.author(), names.getOrDefault(e.author(), "user" + e.author()),
                        e.text(), e.replyTo(), null);
            }
            writeFooter(json, entries.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Streams an export of {@code count} messages, one a second, by 500 rotating authors; every tenth message
     * replies to the one before and every seventh has a reaction, so the reader does all of its work.
     */
    public static Path writeLarge(Path file, int count) throws IOException {
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        try (OutputStream out = Files.newOutputStream(file); JsonGenerator json = new JsonFactory().createGenerator(out)) {
            writeHeader(json, "900000000000000001", "900000000000000010", EXPORTED_AT);
            for (int i = 0; i < count; i++) {
                String id = String.valueOf(1_000_000_000_000_000L + i);
                String replyTo = i % 10 == 9 ? String.valueOf(1_000_000_000_000_000L + i - 1) : null;
                String reactor = i % 7 == 0 ? String.valueOf(700_000 + (i + 1) % 500) : null;
                writeMessage(json, id, start.plusSeconds(i), String.valueOf(700_000 + i % 500),
                        "user" + (700_000 + i % 500), "message number " + i + " about pottery, glazes and kilns; see https://example.com/p/" + (i % 97),
                        replyTo, reactor);
            }
            writeFooter(json, count);
        }
        return file;
    }

    private static void writeHeader(JsonGenerator json, String guild, String channel, String exportedAt)
            throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("guild");
        json.writeStringField("id", guild);
        json.writeStringField("name", "Guild " + guild);
        json.writeEndObject();
        json.writeObjectFieldStart("channel");
        json.writeStringField("id", channel);
        json.writeStringField("type", "GuildTextChat");
        json.writeStringField("name", "channel-" + channel);
        json.writeEndObject();
        if (exportedAt != null) {
            json.writeStringField("exportedAt", exportedAt);
        }
        json.writeArrayFieldStart("messages");
    }

    private static void writeMessage(JsonGenerator json, String id, Instant time, String author, String name,
                                     String text, String replyTo, String reactor) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("type", replyTo == null ? "Default" : "Reply");
        json.writeStringField("timestamp", time.atOffset(ZoneOffset.ofHours(1)).toString());
        json.writeNullField("timestampEdited");
        json.writeBooleanField("isPinned", false);
        json.writeStringField("content", text);
        json.writeObjectFieldStart("author");
        json.writeStringField("id", author);
        json.writeStringField("name", name);
        json.writeBooleanField("isBot", false);
        json.writeArrayFieldStart("roles");
        json.writeStartObject();
        json.writeStringField("id", "3");
        json.writeStringField("name", "Member");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeArrayFieldStart("attachments");
        json.writeEndArray();
        json.writeArrayFieldStart("reactions");
        if (reactor != null) {
            json.writeStartObject();
            json.writeNumberField("count", 1);
            json.writeArrayFieldStart("users");
            json.writeStartObject();
            json.writeStringField("id", reactor);
            json.writeBooleanField("isBot", false);
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("mentions");
        json.writeEndArray();
        if (replyTo != null) {
            json.writeObjectFieldStart("reference");
            json.writeStringField("messageId", replyTo);
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeFooter(JsonGenerator json, int count) throws IOException {
        json.writeEndArray();
        json.writeNumberField("messageCount", count);
        json.writeEndObject();
    }
}
