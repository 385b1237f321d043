package dev.rapport.bot.discord;

import java.util.ArrayList;
import java.util.List;

/**
 * A button's custom id: a handler prefix and arguments joined by ':', each argument escaped so that no value (a time
 * zone such as {@code UTC+05:30}, an id) can add or split a part. Discord allows 100 characters; an id that would be
 * longer is refused here, when it is built, rather than by Discord when the message is sent.
 */
public final class ComponentId {
    /** Discord's limit on a custom id. */
    public static final int MAX_LENGTH = 100;

    private ComponentId() {
    }

    /** {@code prefix:arg1:arg2...}, arguments escaped. */
    public static String of(String prefix, String... args) {
        StringBuilder id = new StringBuilder(escape(prefix));
        for (String arg : args) {
            id.append(':').append(escape(arg));
        }
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a button id may have at most " + MAX_LENGTH + " characters: " + id);
        }
        return id.toString();
    }

    /** The parts of a custom id, unescaped: the prefix first, then the arguments. */
    public static List<String> parse(String customId) {
        List<String> parts = new ArrayList<>();
        for (String raw : customId.split(":", -1)) {
            parts.add(unescape(raw));
        }
        return parts;
    }

    private static String escape(String value) {
        return value.replace("%", "%25").replace(":", "%3A");
    }

    private static String unescape(String value) {
        return value.replace("%3A", ":").replace("%3a", ":").replace("%25", "%");
    }
}
