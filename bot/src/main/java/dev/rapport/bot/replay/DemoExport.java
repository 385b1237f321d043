package dev.rapport.bot.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled demo: a synthetic DiscordChatExporter export of a small business community ("Makers' Market"),
 * written for Rapport, in which some personas fall into each trap and others do it right. Its files live in
 * the jar under {@code demo/}, listed in {@code demo/index.txt}; {@code demo/demo.conf} holds the community's
 * settings (who is a customer, where promotion is welcome).
 */
public final class DemoExport {
    private static final String ROOT = "demo/";

    /** The demo's file names, in order. */
    public List<String> files() {
        try (InputStream in = resource("index.txt")) {
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.trim();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the demo export into {@code dir} (the readers read files) and returns the paths. */
    public List<Path> extractTo(Path dir) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (String name : files()) {
            Path target = dir.resolve(name);
            try (InputStream in = resource(name)) {
                Files.copy(in, target);
            }
            paths.add(target);
        }
        return paths;
    }

    /**
     * Copies the demo export into a temporary folder for one run; closing the copy deletes it (a failure to delete
     * is logged, and the OS cleans its temp folder in the end).
     */
    public Copy copy() throws IOException {
        Path dir = Files.createTempDirectory("rapport-demo");
        return new Copy(dir, extractTo(dir));
    }

    /** A temporary copy of the demo's files. */
    public record Copy(Path dir, List<Path> files) implements AutoCloseable {
        private static final Logger log = LoggerFactory.getLogger(Copy.class);

        @Override
        public void close() {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                log.warn("the temporary copy of the demo in {} could not be deleted", dir, e);
            }
        }
    }

    /** The demo community's settings, in HOCON, to be layered over the operator's configuration. */
    public String settings() {
        try (InputStream in = resource("demo.conf")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoExport.class.getClassLoader().getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IOException("the demo export is missing from this build: " + ROOT + name);
        }
        return in;
    }
}
