package dev.rapport.bot.importer;

import dev.rapport.bot.importer.discord.DiscordExportReader;
import dev.rapport.rules.model.ChatEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: fixture files, and draining a reader. */
public final class ImporterFixtures {
    private ImporterFixtures() {
    }

    /** A file under {@code src/test/resources/importer/}. */
    public static Path resource(String name) {
        URL url = ImporterFixtures.class.getResource("/importer/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource importer/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Files.newInputStream(resource(name))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every event of the reader, then closes it. */
    public static List<ChatEvent> readAll(EventReader reader) throws ImportException, IOException {
        try (reader) {
            List<ChatEvent> events = new ArrayList<>();
            ChatEvent event;
            while ((event = reader.next()) != null) {
                events.add(event);
            }
            return events;
        }
    }

    public static List<ChatEvent> readDiscord(Path file) throws ImportException, IOException {
        return readAll(new DiscordExportReader(file));
    }

    /** The project root, from surefire's property or by walking up to the directory beside {@code ../shared}. */
    public static Path sharedDir() {
        String root = System.getProperty("rapport.projectRoot");
        if (root != null && !root.isBlank()) {
            Path shared = Path.of(root).resolve("../shared").normalize();
            if (Files.isDirectory(shared)) {
                return shared;
            }
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path shared = dir.resolve("../shared").normalize();
            if (Files.isDirectory(shared.resolve("notes"))) {
                return shared;
            }
        }
        return null;
    }
}
