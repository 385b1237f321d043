package dev.rapport.rules.text;

import java.util.Locale;

/**
 * Text read as {@code text.toLowerCase(Locale.ROOT)} reads, without making the lowered copy: the cues run on every
 * message, and a lowered copy (or a split into words) per cue per message was a tenth of a replay's coaching.
 *
 * <p>Lowering a string is lowering each of its characters, with one exception that matters here: {@code 'İ'}
 * (U+0130) becomes two characters, {@code "i̇"}. A text holding it (rare: Turkish) is lowered as a whole first, so
 * that positions, word boundaries and matches are exactly those of the lowered string; lowering a lowered
 * character again changes nothing. (Greek capital sigma lowers by context to one of two small sigmas; both are
 * letters and neither is ASCII, which is all the cues ask of a character.)
 */
final class Lowered {
    private Lowered() {
    }

    /** {@code text}, or its lowered copy where lowering character by character would not give the same string. */
    static String view(String text) {
        return text.indexOf('\u0130') < 0 ? text : text.toLowerCase(Locale.ROOT);
    }

    /** The character at {@code i}, lowered. */
    static char at(String t, int i) {
        char c = t.charAt(i);
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    /** Whether the lowered text has {@code phrase} (lower-case) at {@code at}. */
    static boolean startsWith(String t, int at, String phrase) {
        int n = phrase.length();
        if (at < 0 || at + n > t.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (at(t, at + k) != phrase.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the lowered text has {@code phrase} (lower-case) anywhere. */
    static boolean contains(String t, String phrase) {
        char first = phrase.charAt(0);
        for (int i = 0, last = t.length() - phrase.length(); i <= last; i++) {
            if (at(t, i) == first && startsWith(t, i, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the lowered text from {@code start} to {@code end} is {@code word} (lower-case). */
    static boolean is(String t, int start, int end, String word) {
        return end - start == word.length() && startsWith(t, start, word);
    }

    /**
     * The text lowered, its apostrophes (straight or curly) left out: "Doesn’t" reads "doesnt", so a cue written
     * without apostrophes matches however people type the contraction.
     */
    static String withoutApostrophes(String text) {
        StringBuilder b = new StringBuilder(text.length());
        String v = view(text);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c != '\'' && c != '\u2019') {
                b.append(at(v, i));
            }
        }
        return b.toString();
    }
}
