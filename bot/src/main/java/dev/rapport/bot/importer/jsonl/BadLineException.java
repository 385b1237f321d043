package dev.rapport.bot.importer.jsonl;

/** One line of a JSON Lines file is not a valid event; the reader adds file, line and count. */
final class BadLineException extends Exception {
    private static final long serialVersionUID = 1L;

    BadLineException(String problem) {
        super(problem);
    }
}
