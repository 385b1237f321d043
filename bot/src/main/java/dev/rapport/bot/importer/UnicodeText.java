package dev.rapport.bot.importer;

/**
 * Text from an export that may not be valid Unicode: JSON can spell half of a surrogate pair ({@code "\ud800"}),
 * which no character is. Such text cannot be written out again as UTF-8, so it is repaired where it is read.
 */
public final class UnicodeText {
    private UnicodeText() {
    }

    /** Whether {@code s} holds a surrogate that is not part of a pair. */
    public static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} with every lone surrogate replaced by U+FFFD, the replacement character. */
    public static String repair(String s) {
        if (!hasLoneSurrogate(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
