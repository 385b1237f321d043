package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.StorageException;
import org.sqlite.SQLiteException;

import java.sql.SQLException;
import java.time.Duration;

/**
 * Turns driver errors into messages a person can act on: what happened, where (file or URL without password, and
 * the user) and what to do. The driver's exception stays attached as the cause for logs, never for users.
 */
final class StorageErrors {
    // SQLite primary result codes (the low byte of extended codes).
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;
    /** SQLITE_BUSY's extended code for a write refused because the transaction's reads are no longer current. */
    private static final int SQLITE_BUSY_SNAPSHOT = 5 | (2 << 8);

    private final Dialect dialect;
    private final String where;
    private final String user;
    private final Duration busyTimeout;

    StorageErrors(Dialect dialect, String where, String user, Duration busyTimeout) {
        this.dialect = dialect;
        this.where = where;
        this.user = user;
        this.busyTimeout = busyTimeout;
    }

    /** The first {@link SQLException} among {@code t} and its causes, or null. */
    static SQLException sqlCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    StorageException translate(Throwable t, String doing) {
        if (t instanceof StorageException s) {
            return s;
        }
        SQLException e = sqlCause(t);
        if (e == null) {
            return new StorageException(doing + " failed on " + where + ": " + firstLine(t.getMessage()), t);
        }
        String message = dialect == Dialect.SQLITE ? sqlite(e, doing) : postgres(e, doing);
        return new StorageException(message, t);
    }

    private String sqlite(SQLException e, String doing) {
        if (extendedCode(e) == SQLITE_BUSY_SNAPSHOT) {
            // Not a lock anyone holds, and no wait would have helped: in WAL mode a transaction that read first and
            // then wants to write is refused at once when another connection committed in between, because what it
            // read is no longer the database's state. The cure is to run it again, not to stop anything.
            return doing + " on " + where + " was refused because another connection wrote to the database after "
                    + "this transaction began reading (SQLite busy snapshot: what it read was out of date); nothing "
                    + "of it was written, and running it again reads the new state and succeeds";
        }
        int code = e.getErrorCode() & 0xff;
        return switch (code) {
            case SQLITE_BUSY, SQLITE_LOCKED -> "the database " + where + " is locked by another process (still busy after "
                    + busyTimeout.toMillis() + " ms); stop the other Rapport process using it, or give each process "
                    + "its own rapport.storage.url (or PostgreSQL for several processes)";
            case SQLITE_READONLY -> "the database " + where + " is read-only; make the file and its directory writable "
                    + "for the user running Rapport";
            case SQLITE_NOTADB -> where + " is not a SQLite database (file is not a database); point "
                    + "rapport.storage.url at a Rapport database, or move this file away to start a new one";
            case SQLITE_CORRUPT -> "the database " + where + " is corrupt (" + firstLine(e.getMessage())
                    + "); restore it from a backup";
            case SQLITE_CANTOPEN -> "cannot open the database " + where + "; check that its directory exists and is "
                    + "writable";
            case SQLITE_FULL -> "the disk holding " + where + " is full";
            case SQLITE_IOERR -> "the disk reported an error while " + lower(doing) + " " + where + " ("
                    + firstLine(e.getMessage()) + ")";
            default -> doing + " failed on " + where + ": " + firstLine(e.getMessage());
        };
    }

    /**
     * Whether {@code t} (or a cause) is SQLite refusing a write because another connection committed after this
     * transaction began reading: nothing was written, and the same work run again reads the new state.
     */
    static boolean isBusySnapshot(Throwable t) {
        SQLException e = sqlCause(t);
        return e instanceof SQLiteException && extendedCode(e) == SQLITE_BUSY_SNAPSHOT;
    }

    /** The driver's extended result code where it has one (sqlite-jdbc keeps only the primary code in the SQL error code). */
    private static int extendedCode(SQLException e) {
        if (e instanceof SQLiteException s) {
            return s.getResultCode().code;
        }
        return e.getErrorCode();
    }

    private String postgres(SQLException e, String doing) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) {
            return "PostgreSQL at " + where + " refused user '" + user + "': wrong password or unknown user ("
                    + firstLine(e.getMessage()) + "); check rapport.storage.user and rapport.storage.password "
                    + "(or password-file, or RAPPORT_STORAGE_PASSWORD)";
        }
        if (state.equals("3D000")) {
            return "PostgreSQL at " + where + " has no such database (" + firstLine(e.getMessage())
                    + "); create it, e.g. createdb, or fix rapport.storage.url";
        }
        if (state.startsWith("08")) {
            return "cannot reach PostgreSQL at " + where + " (" + firstLine(e.getMessage())
                    + "); check the host and port in rapport.storage.url and that the server is running";
        }
        if (state.equals("42501")) {
            return "PostgreSQL user '" + user + "' lacks a permission on " + where + " (" + firstLine(e.getMessage())
                    + "); it needs to create tables in its schema";
        }
        return doing + " failed on " + where + " as user '" + user + "': " + firstLine(e.getMessage())
                + (state.isEmpty() ? "" : " (SQL state " + state + ")");
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "no details";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
