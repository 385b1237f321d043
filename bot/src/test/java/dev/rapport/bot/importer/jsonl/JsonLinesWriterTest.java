package dev.rapport.bot.importer.jsonl;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MemberRoles;
import dev.rapport.rules.model.MessageDeleted;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.ReactionAdded;
import dev.rapport.rules.model.RecordEnds;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static dev.rapport.bot.importer.ImporterFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;

class JsonLinesWriterTest {
    private static final Instant T = Instant.parse("2026-01-05T09:00:00Z");
    private static final CommunityId GUILD = CommunityId.of("guild");

    @Test
    void everyEventTypeSurvivesAWriteAndReadBack(@TempDir Path dir) throws Exception {
        List<ChatEvent> events = List.of(
                ChatMessage.builder().id("1").at(T).in("guild", "general").by("ana").roles(List.of("3", "Customer"))
                        .text("Anyone selling jars? see https://example.com/a?utm_source=x").build(),
                ChatMessage.builder().id("2").at(T.plusSeconds(60)).in("guild", "t1").thread("general").by("ben")
                        .replyTo("1", "ana").mention("ana").mention("cleo").text("yes: \"quoted\"\nand ünïcödé 🙂")
                        .build(),
                ChatMessage.builder().id("3").at(T.plusSeconds(61)).in("guild", "dm").direct().by("ben")
                        .replyTo("2", null).text("").build(),
                new ReactionAdded(MessageId.of("1"), UserId.of("ana"), UserId.of("ben"), T.plusSeconds(90), GUILD,
                        ChannelId.of("general")),
                new ReactionAdded(MessageId.of("1"), UserId.of("ana"), UserId.of("cleo"), T.plusSeconds(95), GUILD,
                        ChannelId.of("general"), "\uD83D\uDC40"),
                new MemberRoles(UserId.of("ben"), Set.of("Supplier"), T.plusSeconds(100), GUILD),
                new MemberRoles(UserId.of("cleo"), Set.of(), T.plusSeconds(101), GUILD),
                new MessageDeleted(MessageId.of("2"), T.plusSeconds(120), GUILD, ChannelId.of("t1")),
                new RecordEnds(T.plusSeconds(180), GUILD, ChannelId.of("general")));
        Path file = dir.resolve("events.jsonl");
        try (JsonLinesWriter writer = new JsonLinesWriter(Files.newOutputStream(file))) {
            writer.comment("written by a test");
            for (ChatEvent event : events) {
                writer.write(event);
            }
        }

        assertThat(readAll(new JsonLinesReader(file))).isEqualTo(events);
    }

    @Test
    void eachEventIsOneLineEvenWhenItsTextHasLineBreaks() throws Exception {
        StringWriter out = new StringWriter();
        try (JsonLinesWriter writer = new JsonLinesWriter(out)) {
            writer.write(ChatMessage.builder().id("1").at(T).in("g", "c").by("ana").text("one\ntwo\r\nthree").build());
            writer.write(ChatMessage.builder().id("2").at(T).in("g", "c").by("ben").text("four").build());
        }

        assertThat(out.toString().lines()).hasSize(2);
        assertThat(out.toString()).endsWith("}\n");
        assertThat(out.toString()).startsWith("{\"type\":\"message\",\"id\":\"1\",\"time\":\"2026-01-05T09:00:00Z\"");
    }

    @Test
    void optionalFieldsAreLeftOutWhenEmpty() throws Exception {
        StringWriter out = new StringWriter();
        try (JsonLinesWriter writer = new JsonLinesWriter(out)) {
            writer.write(ChatMessage.builder().id("1").at(T).in("g", "c").by("ana").text("hi").build());
        }

        assertThat(out.toString()).isEqualTo("{\"type\":\"message\",\"id\":\"1\",\"time\":\"2026-01-05T09:00:00Z\","
                + "\"community\":\"g\",\"channel\":\"c\",\"kind\":\"channel\",\"author\":\"ana\",\"text\":\"hi\"}\n");
    }
}
