package dev.rapport.bot.replay.demo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes one channel's posts the way DiscordChatExporter's JSON writer lays them out: guild, channel, date range,
 * export time, messages, and the count after them. Indented with two spaces and {@code \n} on every platform, so
 * the committed files are byte-for-byte what the script produces.
 */
final class ExportWriter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
    /** Emoji used in the demo, with the short codes DiscordChatExporter writes beside them. */
    private static final Map<String, String> EMOJI_CODES = Map.ofEntries(
            Map.entry("👍", "thumbsup"), Map.entry("❤️", "heart"), Map.entry("🙏", "pray"), Map.entry("🔥", "fire"),
            Map.entry("😍", "heart_eyes"), Map.entry("🎉", "tada"), Map.entry("🌿", "herb"), Map.entry("👏", "clap"),
            Map.entry("😄", "smile"), Map.entry("🙌", "raised_hands"), Map.entry("👀", "eyes"),
            Map.entry("✨", "sparkles"), Map.entry("😂", "joy"), Map.entry("💯", "100"), Map.entry("🕯️", "candle"));

    private final OffsetDateTime exportedAt;

    ExportWriter(OffsetDateTime exportedAt) {
        this.exportedAt = exportedAt;
    }

    /** One DiscordChatExporter JSON file per channel: file name to content, in the channels' order. */
    Map<String, String> files(List<Channel> channels, List<Post> posts) {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        for (Channel c : channels) {
            files.put(c.fileName(), write(c, posts));
        }
        return files;
    }

    /** Writes a script's files into {@code dir} (how the committed scene exports are made again). */
    static void writeAll(java.nio.file.Path dir, Map<String, String> files, String what) throws IOException {
        java.nio.file.Files.createDirectories(dir);
        for (Map.Entry<String, String> f : files.entrySet()) {
            java.nio.file.Files.writeString(dir.resolve(f.getKey()), f.getValue(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + what + " to " + dir.toAbsolutePath().normalize());
    }

    String write(Channel channel, List<Post> posts) {
        List<Post> ordered = posts.stream().filter(p -> p.channel().equals(channel))
                .sorted(Comparator.comparing(Post::time)).toList();
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.setPrettyPrinter(new ExporterStyle());
            g.writeStartObject();
            g.writeObjectFieldStart("guild");
            g.writeStringField("id", channel.guildId());
            g.writeStringField("name", channel.guildName());
            g.writeStringField("iconUrl", "https://cdn.discordapp.com/embed/avatars/0.png");
            g.writeEndObject();
            g.writeObjectFieldStart("channel");
            g.writeStringField("id", channel.id());
            g.writeStringField("type", channel.type());
            g.writeStringField("categoryId", channel.categoryId());
            g.writeStringField("category", channel.category());
            g.writeStringField("name", channel.name());
            g.writeStringField("topic", channel.topic());
            g.writeEndObject();
            g.writeObjectFieldStart("dateRange");
            g.writeNullField("after");
            g.writeNullField("before");
            g.writeEndObject();
            g.writeStringField("exportedAt", TIME.format(exportedAt));
            g.writeArrayFieldStart("messages");
            for (Post p : ordered) {
                message(g, p);
            }
            g.writeEndArray();
            g.writeNumberField("messageCount", ordered.size());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void message(JsonGenerator g, Post p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("type", p.type());
        g.writeStringField("timestamp", TIME.format(p.time()));
        g.writeNullField("timestampEdited");
        g.writeNullField("callEndedTimestamp");
        g.writeBooleanField("isPinned", false);
        g.writeStringField("content", p.content());
        g.writeFieldName("author");
        author(g, p.author(), !p.channel().direct());
        g.writeArrayFieldStart("attachments");
        g.writeEndArray();
        g.writeArrayFieldStart("embeds");
        g.writeEndArray();
        g.writeArrayFieldStart("stickers");
        g.writeEndArray();
        g.writeArrayFieldStart("reactions");
        for (Map.Entry<String, List<Persona>> r : p.reactions().entrySet()) {
            reaction(g, r.getKey(), r.getValue());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("mentions");
        for (Persona m : p.mentions()) {
            user(g, m);
        }
        g.writeEndArray();
        if (p.replyTo().isPresent()) {
            g.writeObjectFieldStart("reference");
            g.writeStringField("messageId", p.replyTo().get().id());
            g.writeStringField("channelId", p.channel().id());
            g.writeStringField("guildId", p.channel().direct() ? null : p.channel().guildId());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("inlineEmojis");
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Roles exist only in a guild: a direct conversation's authors have none. */
    private static void author(JsonGenerator g, Persona a, boolean withRoles) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("name", a.username());
        g.writeStringField("discriminator", "0000");
        g.writeStringField("nickname", a.displayName());
        g.writeStringField("color", withRoles && !a.roles().isEmpty() ? a.roles().get(0).color() : null);
        g.writeBooleanField("isBot", a.bot());
        g.writeArrayFieldStart("roles");
        if (withRoles) {
            for (Role r : a.roles()) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("name", r.name());
                g.writeStringField("color", r.color());
                g.writeNumberField("position", r.position());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeStringField("avatarUrl", a.avatarUrl());
        g.writeEndObject();
    }

    private static void user(JsonGenerator g, Persona u) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", u.id());
        g.writeStringField("name", u.username());
        g.writeStringField("discriminator", "0000");
        g.writeStringField("nickname", u.displayName());
        g.writeBooleanField("isBot", u.bot());
        g.writeStringField("avatarUrl", u.avatarUrl());
        g.writeEndObject();
    }

    private static void reaction(JsonGenerator g, String emoji, List<Persona> users) throws IOException {
        String code = EMOJI_CODES.get(emoji);
        if (code == null) {
            throw new IllegalArgumentException("no short code known for " + emoji + "; add it to EMOJI_CODES");
        }
        g.writeStartObject();
        g.writeObjectFieldStart("emoji");
        g.writeStringField("id", "");
        g.writeStringField("name", emoji);
        g.writeStringField("code", code);
        g.writeBooleanField("isAnimated", false);
        g.writeStringField("imageUrl",
                "https://cdn.jsdelivr.net/gh/twitter/twemoji@latest/assets/svg/" + twemoji(emoji) + ".svg");
        g.writeEndObject();
        g.writeNumberField("count", users.size());
        g.writeArrayFieldStart("users");
        for (Persona u : users) {
            user(g, u);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** DiscordChatExporter's layout: two-space indents, {@code "key": value}, and {@code []} for an empty array. */
    private static final class ExporterStyle extends DefaultPrettyPrinter {
        ExporterStyle() {
            super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            indentObjectsWith(indenter);
            indentArraysWith(indenter);
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            if (values > 0) {
                super.writeEndArray(g, values);
                return;
            }
            if (!_arrayIndenter.isInline()) {
                _nesting--;
            }
            g.writeRaw(']');
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new ExporterStyle();
        }
    }

    /** Twemoji names files by code point, without the emoji-presentation selector. */
    private static String twemoji(String emoji) {
        return emoji.codePoints().filter(c -> c != 0xFE0F).mapToObj(Integer::toHexString).collect(Collectors.joining("-"));
    }
}
