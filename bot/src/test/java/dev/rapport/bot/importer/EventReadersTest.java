package dev.rapport.bot.importer;

import dev.rapport.bot.importer.discord.DiscordExportReader;
import dev.rapport.bot.importer.jsonl.JsonLinesReader;
import dev.rapport.rules.model.ChatMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.rapport.bot.importer.ImporterFixtures.readAll;
import static dev.rapport.bot.importer.ImporterFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventReadersTest {
    private final List<Path> ircOpened = new ArrayList<>();
    private final List<ListEventReader> ircReaders = new ArrayList<>();
    private final EventReaders readers = new EventReaders(file -> {
        ircOpened.add(file);
        ListEventReader reader = new ListEventReader(file.toString(), List.of(ChatMessage.builder().id(file.toString())
                .at(Instant.parse("2004-11-15T03:00:00Z")).in("irc", "#ubuntu").by("nick").text("hi").build()));
        ircReaders.add(reader);
        return reader;
    });

    @TempDir
    Path dir;

    @Test
    void missingFileIsSaidToBeMissing() {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> readers.open(missing, Optional.empty()))
                .isInstanceOf(ImportException.class).hasMessage(missing + ": no such file");
    }

    @Test
    void directoryIsRejectedWithAHint() {
        assertThatThrownBy(() -> readers.open(dir, Optional.empty()))
                .isInstanceOf(ImportException.class)
                .hasMessage(dir + ": is a directory; give the export files inside it");
    }

    @Test
    void detectedDiscordExportIsReadAsOne() throws Exception {
        try (EventReader reader = readers.open(resource("discord/minimal.json"), Optional.empty())) {
            assertThat(reader.next()).isInstanceOf(ChatMessage.class);
            assertThat(reader.report().format()).isEqualTo(ExportFormat.DISCORD_JSON);
        }
    }

    @Test
    void detectedJsonLinesAreReadAsSuch() throws Exception {
        try (EventReader reader = readers.open(resource("jsonl/events.jsonl"), Optional.empty())) {
            assertThat(reader.next()).isInstanceOf(ChatMessage.class);
            assertThat(reader.report().format()).isEqualTo(ExportFormat.JSONL);
        }
    }

    @Test
    void ircLogsAreOpenedByTheGivenIrcReaderFactory() throws Exception {
        Path log = Files.writeString(dir.resolve("2004-11-15_03.raw.txt"), "[03:00] <nick> hi\n");

        try (EventReader reader = readers.open(log, Optional.empty())) {
            assertThat(reader.next()).isInstanceOf(ChatMessage.class);
        }
        assertThat(ircOpened).containsExactly(log);
    }

    @Test
    void givenFormatIsUsedWithoutDetection() throws Exception {
        Path file = Files.writeString(dir.resolve("log.txt"), "{\"type\":\"message\"}\n");

        readers.open(file, Optional.of(ExportFormat.IRC)).close();

        assertThat(ircOpened).containsExactly(file);
    }

    @Test
    void ircReaderFailureToReadBecomesAnImportException() throws Exception {
        Path log = Files.writeString(dir.resolve("log.txt"), "[03:00] <nick> hi\n");
        EventReaders failing = new EventReaders(file -> {
            throw new IOException("Input/output error");
        });

        assertThatThrownBy(() -> failing.open(log, Optional.empty()))
                .isInstanceOf(ImportException.class).hasMessage(log + ": cannot be read: Input/output error");
    }

    @Test
    void severalFilesAreReadAsOneMergedStream() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "[03:00] <nick> hi\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "[03:00] <nick> hi\n");

        EventReader reader = readers.openAll(List.of(a, b), Optional.empty());

        assertThat(reader).isInstanceOf(MergedEventStream.class);
        assertThat(readAll(reader)).hasSize(2);
    }

    @Test
    void whenOneOfSeveralFilesCannotBeOpenedTheOpenedOnesAreClosed() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "[03:00] <nick> hi\n");
        Path missing = dir.resolve("missing.txt");

        assertThatThrownBy(() -> readers.openAll(List.of(a, missing), Optional.empty()))
                .isInstanceOf(ImportException.class).hasMessageEndingWith("no such file");
        assertThat(ircReaders).singleElement().satisfies(r -> assertThat(r.closed).isTrue());
    }
}
