package dev.rapport.bot.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells which {@link ExportFormat} a file is in from its name and its first bytes, so that {@code --format}
 * can usually be left out. Only a bounded prefix is read: a one-line 2 GB export costs no more than a small one.
 */
public final class FormatDetector {
    static final int PREFIX_BYTES = 64 * 1024;
    private static final String UNKNOWN = "unknown format; use --format discord|irc|jsonl";

    private final JsonFactory json = new JsonFactory();

    /** The format of {@code file}; an {@link ImportException} when it is empty or not recognised. */
    public ExportFormat detect(Path file) throws ImportException {
        String source = file.toString();
        String head = readPrefix(file, source);
        int start = skipBlanks(head, 0);
        if (start >= head.length()) {
            throw new ImportException(source, "file is empty");
        }

        int firstContent = skipCommentLines(head, start);
        if (firstContent < head.length() && head.charAt(firstContent) == '{') {
            Optional<ExportFormat> fromJson = classifyJson(head.substring(firstContent));
            if (fromJson.isPresent()) {
                return fromJson.get();
            }
        }
        Path name = file.getFileName();
        if (looksLikeIrcLog(head, start) || (name != null && looksLikeIrcFileName(name.toString()))) {
            return ExportFormat.IRC;
        }
        throw new ImportException(source, UNKNOWN);
    }

    private static String readPrefix(Path file, String source) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(PREFIX_BYTES);
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new ImportException(source, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Looks at the top-level fields of the first JSON object: a DiscordChatExporter export starts with
     * {@code guild}, {@code channel} (an object) or {@code messages}; a Rapport JSON Lines event has a string
     * {@code type}. Nothing decided when the prefix ends first or the JSON is broken.
     */
    private Optional<ExportFormat> classifyJson(String text) {
        try (JsonParser parser = json.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(field) && value == JsonToken.VALUE_STRING) {
                    return Optional.of(ExportFormat.JSONL);
                }
                if ("guild".equals(field) || "messages".equals(field)
                        || ("channel".equals(field) && value == JsonToken.START_OBJECT)) {
                    return Optional.of(ExportFormat.DISCORD_JSON);
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Lines looked at to recognise an IRC log whatever its name. */
    static final int IRC_SAMPLE_LINES = 20;

    /**
     * The first line reads like an IRC log line, or at least half of the first {@value #IRC_SAMPLE_LINES}
     * non-blank lines do (loggers open a file with a line of their own, such as {@code --- Log opened ...}).
     */
    static boolean looksLikeIrcLog(String text, int start) {
        if (looksLikeIrcLine(text, start)) {
            return true;
        }
        int lines = 0;
        int irc = 0;
        int i = start;
        while (i < text.length() && lines < IRC_SAMPLE_LINES) {
            int end = text.indexOf('\n', i);
            if (end < 0) {
                break; // a line cut off by the prefix is not judged
            }
            int first = skipBlanks(text, i);
            if (first < end) {
                lines++;
                if (looksLikeIrcLine(text, first)) {
                    irc++;
                }
            }
            i = end + 1;
        }
        return irc > 0 && irc * 2 >= lines;
    }

    /** {@code [HH:MM] } or {@code [HH:MM:SS] } at the start of the line, or a {@code === } system line. */
    static boolean looksLikeIrcLine(String text, int start) {
        if (text.startsWith("=== ", start)) {
            return true;
        }
        int i = start;
        if (!charIs(text, i++, '[')) {
            return false;
        }
        if (!twoDigits(text, i)) {
            return false;
        }
        i += 2;
        if (!charIs(text, i++, ':') || !twoDigits(text, i)) {
            return false;
        }
        i += 2;
        if (charIs(text, i, ':')) {
            if (!twoDigits(text, i + 1)) {
                return false;
            }
            i += 3;
        }
        return charIs(text, i, ']') && charIs(text, i + 1, ' ');
    }

    /** {@code YYYY-MM-DD_HH.raw.txt}, the Ubuntu IRC corpus naming. */
    static boolean looksLikeIrcFileName(String name) {
        String suffix = ".raw.txt";
        if (name.length() != 13 + suffix.length() || !name.endsWith(suffix)) {
            return false;
        }
        for (int i = 0; i < 13; i++) {
            char c = name.charAt(i);
            boolean ok = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == '_';
                default -> c >= '0' && c <= '9';
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean charIs(String text, int i, char c) {
        return i < text.length() && text.charAt(i) == c;
    }

    private static boolean twoDigits(String text, int i) {
        return i + 1 < text.length() && Character.isDigit(text.charAt(i)) && Character.isDigit(text.charAt(i + 1));
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** JSON Lines files may open with {@code #} comment lines; the first event follows them. */
    private static int skipCommentLines(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '#') {
            int newline = text.indexOf('\n', i);
            if (newline < 0) {
                return text.length();
            }
            i = skipBlanks(text, newline + 1);
        }
        return i;
    }
}
