package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.StorageException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;

/**
 * Looks at the SQLite file and its directory before the driver does, so the common mistakes get a precise
 * message: a missing or unwritable directory, a read-only file, a file that is something else. The permission
 * bits are read directly because a process running as root would otherwise write to a file marked read-only.
 */
final class SqliteFileCheck {
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteFileCheck() {
    }

    static void check(Path file) {
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            if (Files.exists(dir)) {
                throw new StorageException("cannot create the database " + absolute + ": " + dir + " is not a directory");
            }
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new StorageException("the directory " + dir + " for the database does not exist and cannot be "
                        + "created (" + e.getClass().getSimpleName() + "); create it, or set rapport.storage.data-dir "
                        + "or rapport.storage.url");
            }
        }
        if (dir != null && !writable(dir)) {
            throw new StorageException("the directory " + dir + " is not writable; SQLite keeps its journal (the -wal "
                    + "and -shm files) next to the database, so make the directory writable for the user running Rapport");
        }
        if (!Files.exists(absolute)) {
            createOwnerOnly(absolute);
            return;
        }
        if (!Files.isRegularFile(absolute)) {
            throw new StorageException(absolute + " is not a file; point rapport.storage.url at a database file");
        }
        if (!Files.isReadable(absolute)) {
            throw new StorageException("the database " + absolute + " is not readable by the user running Rapport");
        }
        if (!writable(absolute)) {
            throw new StorageException("the database " + absolute + " is read-only; make the file writable for the "
                    + "user running Rapport (e.g. chmod u+w)");
        }
        byte[] head = new byte[HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(absolute)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new StorageException("cannot read the database " + absolute + " (" + e.getClass().getSimpleName() + ")");
        }
        if (read > 0 && !Arrays.equals(head, HEADER)) {
            throw new StorageException(absolute + " is not a SQLite database (file is not a database); point "
                    + "rapport.storage.url at a Rapport database, or move this file away to start a new one");
        }
    }

    /**
     * Creates the database file empty (SQLite takes an empty file as a new database) and readable by its owner
     * alone: it holds people's weekly numbers. SQLite gives its -wal and -shm files the database's permissions.
     */
    private static void createOwnerOnly(Path file) {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // Another process created it first; its own start made it owner-only.
        } catch (IOException e) {
            throw new StorageException("cannot create the database " + file + " (" + e.getClass().getSimpleName()
                    + "); make " + file.getParent() + " writable for the user running Rapport");
        }
    }

    private static boolean writable(Path p) {
        if (!Files.isWritable(p)) {
            return false;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            return perms.contains(PosixFilePermission.OWNER_WRITE) || perms.contains(PosixFilePermission.GROUP_WRITE)
                    || perms.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return true;
        }
    }
}
