package dev.rapport.bot.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.rapport.bot.importer.ImporterFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FormatDetectorTest {
    private final FormatDetector detector = new FormatDetector();

    @TempDir
    Path dir;

    @Test
    void discordChatExporterExportIsDiscord() throws Exception {
        assertThat(detector.detect(resource("discord/minimal.json"))).isEqualTo(ExportFormat.DISCORD_JSON);
    }

    @Test
    void discordExportOnOneLineLongerThanTheLookAheadIsDiscord() throws Exception {
        String filler = "x".repeat(FormatDetector.PREFIX_BYTES);
        Path file = write("one-line.json", "{\"guild\":{\"id\":\"1\",\"name\":\"" + filler + "\"},\"channel\":{},\"messages\":[]}");

        assertThat(detector.detect(file)).isEqualTo(ExportFormat.DISCORD_JSON);
    }

    @Test
    void jsonLinesEventsAreJsonl() throws Exception {
        assertThat(detector.detect(resource("jsonl/events.jsonl"))).isEqualTo(ExportFormat.JSONL);
    }

    @Test
    void jsonLinesWithTheTypeAfterAChannelFieldAreStillJsonl() throws Exception {
        Path file = write("e.jsonl", "\n\n{\"channel\":\"10\",\"community\":\"1\",\"type\":\"deleted\",\"id\":\"5\"}\n");

        assertThat(detector.detect(file)).isEqualTo(ExportFormat.JSONL);
    }

    @Test
    void ircLogLinesAreIrc() throws Exception {
        Path file = write("channel.log", "\n[12:18] <|trey|> usual, quite stable though  :)\n[12:18] <tweaked> hi\n");

        assertThat(detector.detect(file)).isEqualTo(ExportFormat.IRC);
    }

    @Test
    void ircLogStartingWithASystemLineIsIrc() throws Exception {
        Path file = write("channel.log", "=== topyli [~juha@example.fi]  has left #ubuntu []\n");

        assertThat(detector.detect(file)).isEqualTo(ExportFormat.IRC);
    }

    @Test
    void ircCorpusFileNameIsIrc() throws Exception {
        Path file = write("2004-11-15_03.raw.txt", "hello there\n");

        assertThat(detector.detect(file)).isEqualTo(ExportFormat.IRC);
    }

    @Test
    void realUbuntuIrcFileIsIrc() throws Exception {
        Path shared = ImporterFixtures.sharedDir();
        Path dev = shared == null ? null : shared.resolve("data/ubuntu-irc/dev");
        assumeTrue(dev != null && Files.isDirectory(dev), "../shared/data/ubuntu-irc is absent: skipping");
        Path first;
        try (Stream<Path> files = Files.list(dev)) {
            first = files.filter(p -> p.toString().endsWith(".raw.txt")).sorted().findFirst().orElseThrow();
        }
        Path copy = Files.copy(first, dir.resolve("log.txt"));

        assertThat(detector.detect(copy)).isEqualTo(ExportFormat.IRC);
    }

    @Test
    void otherTextIsAnUnknownFormatWithAHint() throws Exception {
        Path file = write("notes.txt", "Dear diary,\ntoday I exported my chats.\n");

        assertThatThrownBy(() -> detector.detect(file)).isInstanceOf(ImportException.class)
                .hasMessage(file + ": unknown format; use --format discord|irc|jsonl");
    }

    @Test
    void otherJsonIsAnUnknownFormat() {
        assertThatThrownBy(() -> detector.detect(resource("discord/not-an-export.json")))
                .isInstanceOf(ImportException.class)
                .hasMessageEndingWith("unknown format; use --format discord|irc|jsonl");
    }

    @Test
    void binaryGarbageIsAnUnknownFormat() throws Exception {
        Path file = dir.resolve("garbage.bin");
        Files.write(file, new byte[]{0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, (byte) 0xff, 0x7b});

        assertThatThrownBy(() -> detector.detect(file)).isInstanceOf(ImportException.class)
                .hasMessageEndingWith("unknown format; use --format discord|irc|jsonl");
    }

    @Test
    void emptyFileIsSaidToBeEmpty() throws Exception {
        Path file = write("empty.json", " \n ");

        assertThatThrownBy(() -> detector.detect(file)).isInstanceOf(ImportException.class)
                .hasMessageEndingWith("file is empty");
    }

    @Test
    void anIrcLogIsRecognisedByItsLinesWhateverItsNameAndFirstLine() throws Exception {
        Path log = write("channel.log", "--- Log opened Wed Jan 07 09:00:00 2026\n"
                + "[09:00] <ana> morning all\n[09:01] <ben> ana: morning!\n[09:02] * ana waves\n");

        assertThat(detector.detect(log)).isEqualTo(ExportFormat.IRC);
    }

    @Test
    void proseQuotingOneIrcLineIsNotAnIrcLog() throws Exception {
        Path notes = write("notes.log", "Meeting notes\nWe saw this in the channel:\n[09:00] <ana> morning all\n"
                + "and then nothing happened.\nNext steps: none.\n");

        assertThatThrownBy(() -> detector.detect(notes)).isInstanceOf(ImportException.class)
                .hasMessageContaining("unknown format");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
