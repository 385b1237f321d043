package dev.rapport.bot.discord.loopback;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code multipart/form-data} body into its parts by scanning bytes for the boundary (no regular
 * expressions). JDA sends messages with files this way: a {@code payload_json} part and one part per file.
 */
final class MultipartBody {

    /** One part: form field {@code name}, {@code filename} for file parts (else {@code null}), raw content. */
    record Part(String name, String filename, byte[] content) {

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private MultipartBody() {
    }

    /** The boundary parameter of a multipart content type, or {@code null} if there is none. */
    static String boundaryOf(String contentType) {
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/")) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.toLowerCase().startsWith("boundary=")) {
                return unquote(trimmed.substring("boundary=".length()));
            }
        }
        return null;
    }

    static List<Part> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        List<Part> parts = new ArrayList<>();
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int afterDelimiter = start + delimiter.length;
            if (startsWith(body, afterDelimiter, new byte[] {'-', '-'})) {
                break; // closing delimiter
            }
            int headersStart = afterDelimiter + CRLF.length;
            int headersEnd = indexOf(body, HEADER_END, headersStart);
            int next = indexOf(body, delimiter, headersStart);
            if (headersEnd < 0 || next < 0 || headersEnd > next) {
                throw new IllegalArgumentException("Malformed multipart body: part without headers");
            }
            int contentStart = headersEnd + HEADER_END.length;
            int contentEnd = next - CRLF.length; // the CRLF before a delimiter belongs to the delimiter
            byte[] content = java.util.Arrays.copyOfRange(body, contentStart, Math.max(contentStart, contentEnd));
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            parts.add(new Part(dispositionParameter(headers, "name"), dispositionParameter(headers, "filename"),
                    content));
            start = next;
        }
        return parts;
    }

    private static String dispositionParameter(String headers, String parameter) {
        for (String line : headers.split("\r\n")) {
            if (!line.toLowerCase().startsWith("content-disposition:")) {
                continue;
            }
            for (String piece : line.split(";")) {
                String trimmed = piece.trim();
                if (trimmed.startsWith(parameter + "=")) {
                    return unquote(trimmed.substring(parameter.length() + 1));
                }
            }
        }
        return null;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            if (startsWith(haystack, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] haystack, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > haystack.length) {
            return false;
        }
        for (int j = 0; j < prefix.length; j++) {
            if (haystack[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }
}
