package dev.rapport.bot.eval;

import dev.rapport.bot.importer.ImportException;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.stats.IsoWeek;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads tip labels: a CSV file with the header {@code person,week,rule,verdict,note}, one verdict per line.
 * {@code verdict} is {@code should} or {@code should-not}; {@code week} is an ISO week ({@code 2026-W03});
 * {@code note} is free text (quote it when it has commas). Lines starting with {@code #} and blank lines are
 * comments. Each (person, week, rule) may be labelled once; a second label for it is an error, as is an unknown
 * rule or verdict, each named with its line.
 */
public final class TipLabelsReader {
    private static final String HEADER = "person,week,rule,verdict,note";

    public List<TipLabel> read(Path file) throws ImportException {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new ImportException(source, "is a directory, not a labels file");
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(source, in);
        } catch (NoSuchFileException e) {
            throw new ImportException(source, "no such file");
        } catch (IOException e) {
            throw new ImportException(source, "cannot be read: " + e.getMessage());
        }
    }

    List<TipLabel> read(String source, BufferedReader in) throws IOException, ImportException {
        List<TipLabel> labels = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        boolean header = false;
        String text;
        long line = 0;
        while ((text = in.readLine()) != null) {
            line++;
            String t = text.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!t.replace(" ", "").equalsIgnoreCase(HEADER)) {
                    throw problem(source, line, "the first line must be the header '" + HEADER + "', found '" + t + "'");
                }
                header = true;
                continue;
            }
            List<String> cells = cells(t, source, line);
            if (cells.size() < 4 || cells.size() > 5) {
                throw problem(source, line, "expected 4 or 5 columns (" + HEADER + "), found " + cells.size());
            }
            String person = cells.get(0);
            if (person.isEmpty()) {
                throw problem(source, line, "the person is empty");
            }
            IsoWeek week;
            try {
                week = IsoWeek.parse(cells.get(1));
            } catch (RuntimeException e) {
                throw problem(source, line, "'" + cells.get(1) + "' is not an ISO week such as 2026-W03");
            }
            var found = RuleId.find(cells.get(2));
            if (found.isEmpty()) {
                throw problem(source, line, "unknown rule '" + cells.get(2) + "'; known rules: " + RuleId.allIds());
            }
            RuleId rule = found.get();
            boolean should = switch (cells.get(3).toLowerCase(Locale.ROOT)) {
                case "should" -> true;
                case "should-not" -> false;
                default -> throw problem(source, line, "the verdict must be should or should-not, found '"
                        + cells.get(3) + "'");
            };
            String key = person.toLowerCase(Locale.ROOT) + '|' + week + '|' + rule.id();
            Long before = seen.putIfAbsent(key, line);
            if (before != null) {
                throw problem(source, line, person + " " + week + " " + rule.id() + " is already labelled on line " + before);
            }
            labels.add(new TipLabel(person, week, rule, should, cells.size() == 5 ? cells.get(4) : "", line));
        }
        if (!header) {
            throw new ImportException(source, "has no labels: not even the header '" + HEADER + "'");
        }
        return labels;
    }

    /** Splits one CSV line: commas separate, double quotes enclose cells with commas ("" is a quote). */
    private static List<String> cells(String text, String source, long line) throws ImportException {
        List<String> cells = new ArrayList<>(5);
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw problem(source, line, "a quote is not closed");
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    private static ImportException problem(String source, long line, String what) {
        return new ImportException(source, line, -1, 0, what);
    }
}
