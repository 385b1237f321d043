package dev.rapport.rules.links;

/**
 * Reading a link in place: questions about the characters {@code [from, to)} of a string, with ASCII letters
 * lower-cased as they are read, so a link in a message can be parsed (host, path, query) and compared with
 * lower-case names without cutting it into strings. Every message with a link is read this way, and most links
 * carry no cue, so the reading must not allocate (issue 12).
 *
 * <p>Only ASCII letters are folded. A caller with non-ASCII characters in a link reads its
 * {@code toLowerCase(Locale.ROOT)} text instead (on which this folding changes nothing), as Unicode lower-casing
 * can change a string's length.
 */
public final class CharRanges {
    private CharRanges() {
    }

    /** {@code c} lower-cased if it is an ASCII capital, else itself. */
    public static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Every character of {@code [from, to)} is ASCII. */
    public static boolean ascii(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code c} first is in {@code [from, to)}, or -1. */
    public static int indexOf(String s, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Where {@code c} last is in {@code [from, to)}, or -1. */
    public static int lastIndexOf(String s, int from, int to, char c) {
        for (int i = to - 1; i >= from; i--) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Where the lower-case {@code needle} first starts in {@code [from, to)}, or -1. */
    public static int indexOf(String s, int from, int to, String needle) {
        int last = to - needle.length();
        for (int i = from; i <= last; i++) {
            if (matchesAt(s, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code [from, to)} contains the lower-case {@code needle}. */
    public static boolean contains(String s, int from, int to, String needle) {
        return indexOf(s, from, to, needle) >= 0;
    }

    /** {@code [from, to)} is the lower-case {@code word}. */
    public static boolean is(String s, int from, int to, String word) {
        return to - from == word.length() && matchesAt(s, from, word);
    }

    /** {@code [from, to)} starts with the lower-case {@code prefix}. */
    public static boolean startsWith(String s, int from, int to, String prefix) {
        return to - from >= prefix.length() && matchesAt(s, from, prefix);
    }

    /** {@code [from, to)} ends with the lower-case {@code suffix}. */
    public static boolean endsWith(String s, int from, int to, String suffix) {
        return to - from >= suffix.length() && matchesAt(s, to - suffix.length(), suffix);
    }

    /** The characters at {@code at} are the lower-case {@code word} (the caller checks the bounds). */
    private static boolean matchesAt(String s, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (lower(s.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
