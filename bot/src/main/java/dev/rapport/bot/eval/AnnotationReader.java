package dev.rapport.bot.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the reply annotations of the IRC disentanglement corpus (Kummerfeld et al., ACL 2019): one link a line,
 * {@code a b -}, between messages at 0-based lines {@code a} and {@code b}; {@code a a -} marks a message that
 * starts a conversation. The corpus writes the earlier message first, but the order is not relied upon: the
 * later line of a pair is the reply, the earlier its parent, as in the authors' {@code graph-eval.py}.
 */
public final class AnnotationReader {

    /** @throws AnnotationException naming the file and line of the first malformed line */
    public AnnotationLinks read(Path file) throws AnnotationException {
        Map<Long, Set<Long>> parents = new TreeMap<>();
        Set<Long> starts = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                String[] fields = trimmed.split("\\s+");
                if (fields.length < 2 || fields.length > 3 || fields.length == 3 && !fields[2].equals("-")) {
                    throw new AnnotationException(file + ":" + lineNumber + ": expected 'LINE LINE -' (two line "
                            + "numbers and a dash), found '" + abbreviate(trimmed) + "'");
                }
                long a = lineNumber(fields[0], file, lineNumber);
                long b = lineNumber(fields[1], file, lineNumber);
                long reply = Math.max(a, b);
                Set<Long> ps = parents.computeIfAbsent(reply, k -> new HashSet<>());
                if (a != b) {
                    ps.add(Math.min(a, b));
                } else {
                    starts.add(a);
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new AnnotationException(file + ": not a text file of line numbers (it is not UTF-8)");
        } catch (IOException e) {
            throw new AnnotationException(file + ": cannot read it: " + e.getMessage());
        }
        return new AnnotationLinks(parents, starts);
    }

    private static long lineNumber(String field, Path file, long lineNumber) throws AnnotationException {
        try {
            long value = Long.parseLong(field);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new AnnotationException(file + ":" + lineNumber + ": '" + abbreviate(field)
                    + "' is not a line number (a whole number from 0)");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
