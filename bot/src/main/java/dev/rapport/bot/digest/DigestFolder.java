package dev.rapport.bot.digest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Writes digests into a folder: per person {@code <name>-<id>.md}, {@code .html} and {@code .png}, and an
 * {@code index.html} of everyone, most improved first.
 */
public final class DigestFolder {
    /** Most improved first; a first score after those with a change; no score this week last; then by name. */
    static final Comparator<Digest> BY_CHANGE = Comparator
            .comparingInt((Digest d) -> d.card().total().now().isEmpty() ? 2 : d.card().total().change().isEmpty() ? 1 : 0)
            .thenComparing(d -> -d.card().total().change().orElse(0))
            .thenComparing(d -> -d.card().total().now().orElse(0))
            .thenComparing(Digest::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(d -> d.user().value());

    private final ScoreChart chart;
    private final DigestMarkdown markdown;
    private final DigestHtml html;

    public DigestFolder(ScoreChart chart, DigestMarkdown markdown, DigestHtml html) {
        this.chart = chart;
        this.markdown = markdown;
        this.html = html;
    }

    /** Writes every digest and the index; returns the people in index order. */
    public List<Digest> write(Path dir, List<Digest> digests, String title) throws IOException {
        Files.createDirectories(dir);
        // Drawing is most of the work and each digest is its own: one thread per core.
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), digests.size()));
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> digests.parallelStream().forEach(d -> writeOne(dir, d))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the digests", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("Writing the digests failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        List<Digest> sorted = new ArrayList<>(digests);
        sorted.sort(BY_CHANGE);
        Files.writeString(dir.resolve("index.html"), html.index(sorted, title), StandardCharsets.UTF_8);
        return sorted;
    }

    private void writeOne(Path dir, Digest d) {
        String stem = d.fileStem();
        ChartImage image = chart.render(d.card(), stem + ".png");
        try {
            Files.write(dir.resolve(image.fileName()), image.png());
            Files.writeString(dir.resolve(stem + ".md"), markdown.render(d, image), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(stem + ".html"), html.render(d, image), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
