package dev.rapport.bot.eval;

/** An annotation file could not be read; the message names the file and line, for a person. */
public final class AnnotationException extends Exception {
    private static final long serialVersionUID = 1L;

    public AnnotationException(String message) {
        super(message);
    }
}
