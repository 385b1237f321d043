package dev.rapport.bot.storage;

/**
 * Storage failed in a way a person can act on. The message says what went wrong and where (a file, or a URL
 * without its password) and what to do; it is meant to be printed as it is, without a stack trace.
 */
public final class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
