package dev.rapport.bot.importer;

/**
 * An input could not be read. The message is meant for a person: it names the file, the place (line and
 * column where known) and how many messages were read before the problem.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final long column;
    private final long messagesRead;

    public ImportException(String source, long line, long column, long messagesRead, String problem) {
        super(format(source, line, column, messagesRead, problem));
        this.source = source;
        this.line = line;
        this.column = column;
        this.messagesRead = messagesRead;
    }

    public ImportException(String source, String problem) {
        this(source, -1, -1, 0, problem);
    }

    private static String format(String source, long line, long column, long messagesRead, String problem) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ").append(problem);
        if (messagesRead > 0) {
            sb.append(" (").append(Plural.of(messagesRead, "message")).append(" read before this)");
        }
        return sb.toString();
    }

    public String source() {
        return source;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }

    public long messagesRead() {
        return messagesRead;
    }
}
