package dev.rapport.rules.addressing;

import java.util.Locale;

/** How IRC nicks are written and compared: which characters a nick has, and its loose spelling. */
final class Nicks {
    private Nicks() {
    }

    /** Letters, digits and the special characters RFC 2812 allows in a nick. */
    static boolean isNickChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '[' || c == ']' || c == '\\'
                || c == '`' || c == '^' || c == '{' || c == '}' || c == '|';
    }

    static String exact(String nick) {
        return nick.toLowerCase(Locale.ROOT);
    }

    /**
     * The spelling people use when they type a nick by hand: lower case, without the decorations clients add
     * when a nick is taken or someone is away ({@code mirak_}, {@code `mirak}, {@code mirak|away}).
     */
    static String loose(String nick) {
        String s = nick.toLowerCase(Locale.ROOT);
        int bar = s.indexOf('|');
        if (bar > 0) {
            s = s.substring(0, bar);
        }
        int start = 0;
        int end = s.length();
        while (start < end && isDecoration(s.charAt(start))) {
            start++;
        }
        while (end > start && isDecoration(s.charAt(end - 1))) {
            end--;
        }
        String key = s.substring(start, end);
        return key.isEmpty() ? nick.toLowerCase(Locale.ROOT) : key;
    }

    private static boolean isDecoration(char c) {
        return c == '_' || c == '`' || c == '^' || c == '|' || c == '-';
    }
}
