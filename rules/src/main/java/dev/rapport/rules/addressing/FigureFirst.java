package dev.rapport.rules.addressing;

/**
 * Whether a message opens with a bare figure standing as its own clause: "3.4.1, and the older one too", "40. the
 * rest went to the club", "7:30 - I'll be at the gate". Asked which one, how many or when, people answer with the
 * value first and explain after, as they open a yes-or-no answer with "yes". A figure that runs on into a sentence
 * ("3 new people joined today", "2024 was a good year") tells news of its own and is not read so.
 */
final class FigureFirst {
    private FigureFirst() {
    }

    /** True when {@code text} opens with digits (with dots, colons or slashes between them) closed by a comma, full
     *  stop, dash or the end of the message. */
    static boolean opens(String text) {
        if (text == null) {
            return false;
        }
        int n = text.length();
        int i = 0;
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < n && (Character.isDigit(text.charAt(i))
                || (text.charAt(i) == '.' || text.charAt(i) == ':' || text.charAt(i) == '/')
                && i + 1 < n && Character.isDigit(text.charAt(i + 1)) && i > start)) {
            i++;
        }
        if (i == start) {
            return false;
        }
        if (i == n) {
            return true;
        }
        char c = text.charAt(i);
        if (c == ',' || c == '.' || c == ';') {
            return i + 1 == n || Character.isWhitespace(text.charAt(i + 1));
        }
        // "7:30 - at the gate": a dash set apart closes the figure as a comma does.
        return Character.isWhitespace(c) && i + 1 < n && (text.charAt(i + 1) == '-' || text.charAt(i + 1) == '\u2013'
                || text.charAt(i + 1) == '\u2014');
    }
}
