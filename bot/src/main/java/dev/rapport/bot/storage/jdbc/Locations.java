package dev.rapport.bot.storage.jdbc;

import java.nio.file.Path;
import java.util.Locale;

/** How a database is named in messages: its URL with any password in it masked. */
final class Locations {
    private Locations() {
    }

    /** The URL with the value of any {@code password=} parameter replaced by {@code ***}. */
    static String describe(String url) {
        StringBuilder out = new StringBuilder(url.length());
        int i = 0;
        while (i < url.length()) {
            int start = i;
            boolean paramStart = i > 0 && (url.charAt(i - 1) == '?' || url.charAt(i - 1) == '&' || url.charAt(i - 1) == ';');
            if (paramStart && url.regionMatches(true, i, "password=", 0, 9)) {
                out.append(url, start, i + 9).append("***");
                i += 9;
                while (i < url.length() && url.charAt(i) != '&' && url.charAt(i) != ';') {
                    i++;
                }
                continue;
            }
            out.append(url.charAt(i));
            i++;
        }
        return out.toString();
    }

    /** The file of a {@code jdbc:sqlite:} URL (without its {@code ?options}), or null for in-memory databases. */
    static Path sqliteFile(String url) {
        String rest = url.substring("jdbc:sqlite:".length());
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        int q = rest.indexOf('?');
        if (q >= 0) {
            rest = rest.substring(0, q);
        }
        if (rest.isEmpty() || rest.toLowerCase(Locale.ROOT).contains(":memory:")) {
            return null;
        }
        return Path.of(rest);
    }
}
