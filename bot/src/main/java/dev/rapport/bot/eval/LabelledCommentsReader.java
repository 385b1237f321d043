package dev.rapport.bot.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rapport.bot.importer.ImportException;
import dev.rapport.bot.importer.InputFiles;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads labelled comments from CSV files laid out like the YouTube Spam Collection
 * ({@code COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS}, CLASS 1 = spam, 0 = not): only CONTENT and CLASS are needed, in
 * any order, and other columns are ignored. Some files of that collection keep HTML entities and
 * {@code <br />}; the text comes back as plain text.
 *
 * <p>Data set: T. C. Alberto, J. V. Lochter and T. A. Almeida, "TubeSpam: Comment Spam Filtering on YouTube",
 * ICMLA 2015 (also UCI Machine Learning Repository, data set 380).
 */
public final class LabelledCommentsReader {
    static final String CONTENT = "CONTENT";
    static final String CLASS = "CLASS";

    private final CsvMapper mapper = new CsvMapper();

    /** All comments of {@code file}, in file order; a clear {@link ImportException} for anything unreadable. */
    public List<LabelledComment> read(Path file) throws ImportException {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new ImportException(source, "is a directory, not a CSV file");
        }
        if (Files.isRegularFile(file) && sizeOf(file) == 0) {
            throw new ImportException(source, "is empty: no header line");
        }
        if (Files.isRegularFile(file)) {
            InputFiles.requireText(file, "a CSV file");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(source, reader);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw InputFiles.notUtf8(file, "a CSV file");
        } catch (NoSuchFileException e) {
            throw new ImportException(source, "no such file");
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new ImportException(source, line, -1, 0, "not valid CSV: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ImportException(source, "cannot be read: " + e.getMessage());
        }
    }

    private static long sizeOf(Path file) throws ImportException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ImportException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    private List<LabelledComment> read(String source, Reader reader) throws IOException, ImportException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema)
                .readValues(reader)) {
            long line = rows.getParser().currentLocation().getLineNr();
            boolean more = rows.hasNextValue(); // reads the header too
            CsvSchema header = (CsvSchema) rows.getParser().getSchema();
            requireColumn(source, header, CONTENT);
            requireColumn(source, header, CLASS);
            List<LabelledComment> comments = new ArrayList<>();
            while (more) {
                Map<String, String> row = rows.nextValue();
                if (!isBlankRow(row)) {
                    boolean spam = label(source, Math.max(line, 2), comments.size(), row.get(CLASS));
                    String content = row.get(CONTENT);
                    comments.add(new LabelledComment(source, Math.max(line, 2),
                            plainText(content == null ? "" : content), spam));
                }
                // The parser now stands at the start of the next record: the line a person would look for.
                line = rows.getParser().currentLocation().getLineNr();
                more = rows.hasNextValue();
            }
            return comments;
        }
    }

    private static void requireColumn(String source, CsvSchema header, String column) throws ImportException {
        if (header.column(column) == null) {
            throw new ImportException(source, 1, -1, 0, "no " + column + " column (header has: "
                    + String.join(", ", header.getColumnNames()) + ")");
        }
    }

    private static boolean isBlankRow(Map<String, String> row) {
        for (String value : row.values()) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean label(String source, long line, int read, String value) throws ImportException {
        String v = value == null ? "" : value.trim();
        if (v.equals("1")) {
            return true;
        }
        if (v.equals("0")) {
            return false;
        }
        throw new ImportException(source, line, -1, read,
                "CLASS must be 1 (spam) or 0 (not spam), found \"" + abbreviate(v) + "\"");
    }

    private static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "...";
    }

    /**
     * Turns the HTML left in some comments into the text a reader saw: {@code &amp; &lt; &gt; &quot; &#39;
     * &apos; &#NNN; &#xHH;} are decoded and {@code <br>}, {@code <br/>}, {@code <br />} become a space.
     * Anything else is left as written. One pass, no regular expressions.
     */
    static String plainText(String s) {
        if (s.indexOf('&') < 0 && s.indexOf('<') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '<') {
                int end = lineBreakTagEnd(s, i);
                if (end > 0) {
                    out.append(' ');
                    i = end;
                    continue;
                }
            } else if (c == '&') {
                int semi = s.indexOf(';', i + 1);
                if (semi > i + 1 && semi - i <= 10) {
                    int decoded = entity(s.substring(i + 1, semi));
                    if (decoded >= 0) {
                        out.appendCodePoint(decoded);
                        i = semi + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** The end of a {@code <br>}, {@code <br/>} or {@code <br />} tag at {@code i}, or -1. */
    private static int lineBreakTagEnd(String s, int i) {
        if (!s.regionMatches(true, i, "<br", 0, 3)) {
            return -1;
        }
        int j = i + 3;
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        if (j < s.length() && s.charAt(j) == '/') {
            j++;
        }
        return j < s.length() && s.charAt(j) == '>' ? j + 1 : -1;
    }

    private static int entity(String name) {
        switch (name) {
            case "amp": return '&';
            case "lt": return '<';
            case "gt": return '>';
            case "quot": return '"';
            case "apos": return '\'';
            case "nbsp": return ' ';
            default:
                break;
        }
        if (name.length() < 2 || name.charAt(0) != '#') {
            return -1;
        }
        boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
        String digits = name.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > 7) {
            return -1;
        }
        try {
            int code = Integer.parseInt(digits, hex ? 16 : 10);
            return Character.isValidCodePoint(code) ? code : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
