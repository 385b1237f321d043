package dev.rapport.rules.addressing;

/**
 * Whether a message opens with a short exclamation of its own: one or two words and an exclamation mark ("Bonjour!",
 * "Guten Morgen!", "Hola!", "Phew!"). Said to the room before anything else, it works as a greeting does, in whatever
 * language the room speaks: a word to everyone, after which the speaker may turn to the one who asked ("Guten Morgen!
 * Ana: the blue one"). Only the opening's shape is read, never its words, so a greeting in any language counts.
 */
public final class ExclaimedOpening {
    /** Words an exclamation may run to before it is a sentence of its own ("that went really well!"). */
    private static final int MAX_WORDS = 2;

    private ExclaimedOpening() {
    }

    /** True when {@code text} opens with one or two words closed by an exclamation mark and goes on after it. */
    public static boolean opens(String text) {
        if (text == null) {
            return false;
        }
        int n = text.length();
        int i = 0;
        // An inverted mark ("¡") opens an exclamation in some languages; leading spaces say nothing.
        while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A1')) {
            i++;
        }
        int words = 0;
        while (i < n) {
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                return false;
            }
            words++;
            if (words > MAX_WORDS) {
                return false;
            }
            if (i < n && text.charAt(i) == '!') {
                // The exclamation must be followed by more of the message, or it is the whole of it.
                return i + 1 < n && Character.isWhitespace(text.charAt(i + 1));
            }
            if (i >= n || text.charAt(i) != ' ') {
                return false;
            }
            i++;
        }
        return false;
    }
}
