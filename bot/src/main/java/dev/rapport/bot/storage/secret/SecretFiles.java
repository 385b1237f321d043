package dev.rapport.bot.storage.secret;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Files holding a secret (the bot token, the pseudonym secret, a database password) should be readable by their
 * owner alone: anyone else who can read one can act as the bot or undo the pseudonyms. Rapport still starts with
 * such a file, as refusing would stop a running service over a mode bit, but it says so in the log.
 */
public final class SecretFiles {
    private static final Logger LOG = LoggerFactory.getLogger(SecretFiles.class);

    private SecretFiles() {
    }

    /** What is wrong with {@code file}'s permissions, if other users can read it; empty where it is fine or unknown. */
    public static Optional<String> exposure(Path file, String what) {
        Set<PosixFilePermission> perms;
        try {
            perms = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException | IOException e) {
            return Optional.empty();
        }
        boolean group = perms.contains(PosixFilePermission.GROUP_READ);
        boolean others = perms.contains(PosixFilePermission.OTHERS_READ);
        if (!group && !others) {
            return Optional.empty();
        }
        return Optional.of(what + " " + file.toAbsolutePath() + " is readable by " + (others ? "every user" : "its group")
                + " (" + PosixFilePermissions.toString(perms) + "); make it readable by its owner alone: chmod 600 "
                + file.toAbsolutePath());
    }

    /** Logs a warning when other users can read {@code file}. */
    public static void warnIfExposed(Path file, String what) {
        exposure(file, what).ifPresent(LOG::warn);
    }
}
