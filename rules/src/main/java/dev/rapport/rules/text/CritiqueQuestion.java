package dev.rapport.rules.text;

/**
 * A critique that closes on a question about the piece: "the second verse drags, and the ending is rushed. who is she
 * leaving behind?", said under someone's shared work. Its question is a prompt for the next draft: the work is what
 * answers it, however long the rewrite takes, not a word back to the critic.
 *
 * <p>Read only as the message's one question, its last clause, after a comment of some length: a reply that is only a
 * question ("what camera is that?"), or that asks several things, asks the person something, and it waits.
 */
public final class CritiqueQuestion {
    /** Words of comment before the question that make the message a critique, not a question with a greeting. */
    private static final int MIN_COMMENT_WORDS = 8;

    private CritiqueQuestion() {
    }

    /** Whether {@code text} is a comment of some length whose only question is its last clause. */
    public static boolean closes(String text) {
        if (text == null) {
            return false;
        }
        int q = text.indexOf('?');
        if (q < 0 || q != text.lastIndexOf('?')) {
            return false;
        }
        for (int i = q + 1; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        // The question's clause opens after the last stop or comma before it; what comes before is the comment.
        int start = 0;
        for (int i = q - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == ',' || c == ';' || c == ':' || c == '\n') {
                start = i;
                break;
            }
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < start; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words >= MIN_COMMENT_WORDS;
    }
}
