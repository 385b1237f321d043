package dev.rapport.bot.importer;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The export files a command line names: files as given, and folders standing for the export files inside them
 * (in subfolders too, unless told not to), in name order. A file in a folder is taken when its content is in a
 * known format, whatever its name ({@code .log} IRC logs included); everything else in the folder is skipped and
 * said, with why.
 */
public final class ExportFiles {
    /** How many skipped files are named; the rest are counted. */
    public static final int NAMED_SKIPPED = 10;

    /** A file or folder left out, and why. */
    public record Skipped(Path path, String why) {
    }

    /**
     * What the inputs stand for.
     *
     * @param files   the export files to read, in order
     * @param skipped what folders held that is not read
     */
    public record Expansion(List<Path> files, List<Skipped> skipped) {
        public Expansion {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    private final FormatDetector detector;

    public ExportFiles(FormatDetector detector) {
        this.detector = detector;
    }

    /**
     * @param inputs  files and folders as given
     * @param recurse whether folders inside folders are read too
     * @param forced  the format given with {@code --format}: then files are taken by name (.json, .jsonl, .txt,
     *                .log) rather than by content, as the content may be what detection cannot tell
     * @throws ImportException when a folder holds no export file at all (naming what it skipped)
     */
    public Expansion expand(List<Path> inputs, boolean recurse, Optional<ExportFormat> forced) throws ImportException {
        List<Path> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            int before = files.size();
            int skippedBefore = skipped.size();
            walk(input, recurse, forced, files, skipped, new HashSet<>());
            if (files.size() == before) {
                List<Skipped> here = skipped.subList(skippedBefore, skipped.size());
                throw new ImportException(input.toString(), "is a folder without export files"
                        + (here.isEmpty() ? " (it is empty)" : "; skipped " + describe(here)));
            }
        }
        return new Expansion(files, skipped);
    }

    private void walk(Path dir, boolean recurse, Optional<ExportFormat> forced, List<Path> files,
                      List<Skipped> skipped, Set<Path> visited) throws ImportException {
        try {
            if (!visited.add(dir.toRealPath())) {
                return; // a link back up the tree
            }
        } catch (IOException e) {
            skipped.add(new Skipped(dir, "cannot be opened (" + e.getClass().getSimpleName() + ")"));
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
            for (Path p : list) {
                entries.add(p);
            }
        } catch (IOException e) {
            throw new ImportException(dir.toString(), "cannot list the folder: " + reason(e));
        }
        entries.sort(null);
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (Files.isSymbolicLink(p) && !Files.exists(p)) {
                skipped.add(new Skipped(p, "a broken link"));
            } else if (Files.isDirectory(p)) {
                if (name.startsWith(".")) {
                    skipped.add(new Skipped(p, "a hidden folder"));
                } else if (recurse) {
                    walk(p, true, forced, files, skipped, visited);
                } else {
                    skipped.add(new Skipped(p, "a subfolder (not read with --no-recurse)"));
                }
            } else if (!Files.isRegularFile(p)) {
                skipped.add(new Skipped(p, "not a regular file"));
            } else if (!Files.isReadable(p)) {
                skipped.add(new Skipped(p, "cannot be read: permission denied"));
            } else {
                Optional<String> why = forced.isPresent() ? byName(name) : byContent(p);
                if (why.isEmpty()) {
                    files.add(p);
                } else {
                    skipped.add(new Skipped(p, why.get()));
                }
            }
        }
    }

    private static Optional<String> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        boolean ok = n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".txt") || n.endsWith(".log");
        return ok ? Optional.empty() : Optional.of("not .json, .jsonl, .txt or .log (with --format)");
    }

    private Optional<String> byContent(Path file) {
        try {
            detector.detect(file);
            return Optional.empty();
        } catch (ImportException e) {
            String message = e.getMessage();
            int colon = message.indexOf(": ", file.toString().length());
            return Optional.of(colon >= 0 ? message.substring(colon + 2) : message);
        }
    }

    /** "12 files: a.md (unknown format), ...; and 2 more" — the first {@link #NAMED_SKIPPED} named. */
    public static String describe(List<Skipped> skipped) {
        StringBuilder sb = new StringBuilder(Plural.of(skipped.size(), "file")).append(": ");
        for (int i = 0; i < Math.min(NAMED_SKIPPED, skipped.size()); i++) {
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(skipped.get(i).path()).append(" (").append(skipped.get(i).why()).append(')');
        }
        if (skipped.size() > NAMED_SKIPPED) {
            sb.append("; and ").append(skipped.size() - NAMED_SKIPPED).append(" more");
        }
        return sb.toString();
    }

    /**
     * The skipped files as lines for a person: a heading, then the first {@link #NAMED_SKIPPED} with why, then a
     * count of the rest. Nothing skipped: no lines (no heading announcing zero files).
     */
    public static List<String> lines(List<Skipped> skipped) {
        List<String> lines = new ArrayList<>();
        if (skipped.isEmpty()) {
            return lines;
        }
        lines.add("skipped " + Plural.of(skipped.size(), "file") + " that are not exports:");
        for (int i = 0; i < Math.min(NAMED_SKIPPED, skipped.size()); i++) {
            lines.add("  " + skipped.get(i).path() + " (" + skipped.get(i).why() + ")");
        }
        if (skipped.size() > NAMED_SKIPPED) {
            lines.add("  and " + (skipped.size() - NAMED_SKIPPED) + " more");
        }
        return lines;
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
