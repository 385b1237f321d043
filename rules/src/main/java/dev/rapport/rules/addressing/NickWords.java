package dev.rapport.rules.addressing;

import java.util.Arrays;

/**
 * The words of a chat message that could be nicks, as hashes of their loose spelling ({@link Nicks#loose}), so
 * that a message can be asked whether it names someone anywhere ("ask mirak, he wrote it") without keeping its
 * text or looking each word up. One pass over the text, a word's hash built as it is read; at most
 * {@value #MAX_WORDS} distinct words are kept.
 */
final class NickWords {

    static final int MAX_WORDS = 32;
    private static final int[] NONE = new int[0];

    private NickWords() {
    }

    /** The loose-spelling hash of {@code nick}, comparable with the hashes {@link #of} gives. */
    static int hash(String nick) {
        return Nicks.loose(nick).hashCode();
    }

    /** The distinct loose-spelling hashes of the nick-shaped words of {@code text}, two characters or more. */
    static int[] of(String text) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        int[] found = new int[MAX_WORDS];
        int count = 0;
        int n = text.length();
        int i = 0;
        while (i < n && count < MAX_WORDS) {
            while (i < n && !Nicks.isNickChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Nicks.isNickChar(text.charAt(i))) {
                i++;
            }
            int hash = looseHash(text, start, i);
            if (hash != 0 && !contains(found, count, hash)) {
                found[count++] = hash;
            }
        }
        return count == found.length ? found : Arrays.copyOf(found, count);
    }

    static boolean contains(int[] values, int value) {
        return contains(values, values.length, value);
    }

    /** {@link Nicks#loose} of {@code text[start, end)}, hashed as {@link String#hashCode} would; 0 when too short. */
    private static int looseHash(String text, int start, int end) {
        int cut = end;
        for (int k = start + 1; k < end; k++) {
            if (text.charAt(k) == '|') {
                cut = k;
                break;
            }
        }
        int from = start;
        int to = cut;
        while (from < to && isDecoration(text.charAt(from))) {
            from++;
        }
        while (to > from && isDecoration(text.charAt(to - 1))) {
            to--;
        }
        if (to - from < 2) {
            return 0;
        }
        int hash = 0;
        for (int k = from; k < to; k++) {
            hash = 31 * hash + Character.toLowerCase(text.charAt(k));
        }
        return hash;
    }

    private static boolean isDecoration(char c) {
        return c == '_' || c == '`' || c == '^' || c == '|' || c == '-';
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
