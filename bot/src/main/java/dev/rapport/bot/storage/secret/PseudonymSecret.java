package dev.rapport.bot.storage.secret;

import dev.rapport.bot.storage.StorageException;
import dev.rapport.rules.engine.Pseudonyms;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;

/**
 * The per-installation secret behind other people's pseudonyms. Either configured, or 32 random bytes created on
 * first start in {@value #FILE_NAME} in the data directory, readable and writable by the owner only. Losing it
 * means new pseudonyms: stored counterparts would no longer match the people they stand for.
 */
public final class PseudonymSecret {
    public static final String FILE_NAME = "pseudonym.secret";
    static final int LENGTH = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final byte[] secret;

    private PseudonymSecret(byte[] secret) {
        this.secret = secret.clone();
    }

    /** The configured secret when there is one, otherwise the installation's file in {@code dataDir}. */
    public static PseudonymSecret resolve(Optional<byte[]> configured, Path dataDir, SecureRandom random) {
        return configured.map(PseudonymSecret::new).orElseGet(() -> loadOrCreate(dataDir, random));
    }

    /** Reads the secret file in {@code dataDir}, creating it (owner-only) when it does not exist yet. */
    public static PseudonymSecret loadOrCreate(Path dataDir, SecureRandom random) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StorageException("cannot create the data directory " + dataDir.toAbsolutePath() + " ("
                    + reason(e) + "); create it or set rapport.storage.data-dir");
        }
        if (!Files.exists(file)) {
            byte[] fresh = new byte[LENGTH];
            random.nextBytes(fresh);
            try {
                write(file, fresh);
                return new PseudonymSecret(fresh);
            } catch (FileAlreadyExistsException e) {
                // Another process created it first: use theirs, so both agree on pseudonyms.
            } catch (IOException e) {
                throw new StorageException("cannot create the pseudonym secret " + file.toAbsolutePath() + " ("
                        + reason(e) + "); make the data directory writable");
            }
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < 16) {
                throw new StorageException("the pseudonym secret " + file.toAbsolutePath() + " is too short ("
                        + bytes.length + " bytes, at least 16 needed); restore it from a backup, or delete it to "
                        + "start over with new pseudonyms");
            }
            SecretFiles.warnIfExposed(file, "the pseudonym secret");
            return new PseudonymSecret(bytes);
        } catch (IOException e) {
            throw new StorageException("cannot read the pseudonym secret " + file.toAbsolutePath() + " (" + reason(e) + ")");
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        Path tmp = file.resolveSibling(FILE_NAME + "." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(tmp);
        if (posix) {
            // Created owner-only from the start, so the secret is never readable by others, not even briefly.
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(tmp);
        }
        Files.write(tmp, bytes, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        // A hard link fails when the target exists, so two processes starting at once cannot both win.
        try {
            Files.createLink(file, tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    public Pseudonyms pseudonyms() {
        return new Pseudonyms(secret);
    }

    public int length() {
        return secret.length;
    }

    @Override
    public String toString() {
        return "PseudonymSecret(hidden)";
    }
}
