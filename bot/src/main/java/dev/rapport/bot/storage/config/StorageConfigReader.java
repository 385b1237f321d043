package dev.rapport.bot.storage.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigValue;
import dev.rapport.bot.config.BadConfigException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads {@code rapport.storage} from the merged configuration ({@code RapportConfig.raw()}), checking every value;
 * a problem names the file and line, the key and what is allowed. The password may come from the file named by
 * {@code password-file} instead of the configuration itself.
 */
public final class StorageConfigReader {
    private static final String P = "rapport.storage.";

    public StorageConfig read(Config c) {
        Path dataDir = path(c, "data-dir");
        String url = string(c, "url").trim();
        if (url.isEmpty()) {
            url = StorageConfig.sqliteUrl(dataDir.resolve("rapport.db"));
        } else if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw bad(c, "url", "must start with jdbc:sqlite: or jdbc:postgresql: (or be empty for "
                    + "rapport.db in the data directory)");
        }
        String user = string(c, "user").trim();
        Password password = password(c);
        int poolSize = integer(c, "pool-size", 1, 100);
        int retention = integer(c, "retention-weeks", 1, 520);
        Duration busy = duration(c, "busy-timeout");
        return new StorageConfig(url, user.isEmpty() ? Optional.empty() : Optional.of(user), password, poolSize,
                retention, dataDir, busy);
    }

    private static Password password(Config c) {
        String inline = string(c, "password");
        String file = string(c, "password-file").trim();
        if (!inline.isEmpty() && !file.isEmpty()) {
            throw bad(c, "password-file", "give either password or password-file, not both");
        }
        if (file.isEmpty()) {
            return Password.of(inline);
        }
        Path p;
        try {
            p = Path.of(file);
        } catch (InvalidPathException e) {
            throw bad(c, "password-file", "'" + file + "' is not a file path");
        }
        if (!Files.isRegularFile(p)) {
            throw bad(c, "password-file", "no such file: " + p);
        }
        dev.rapport.bot.storage.secret.SecretFiles.warnIfExposed(p, "rapport.storage.password-file");
        try {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            return Password.of(text.strip());
        } catch (IOException e) {
            throw bad(c, "password-file", "cannot read " + p + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String string(Config c, String key) {
        try {
            return c.getString(P + key);
        } catch (ConfigException.Missing e) {
            return "";
        } catch (ConfigException.WrongType e) {
            throw bad(c, key, "must be a text value");
        }
    }

    private static Path path(Config c, String key) {
        String v = string(c, key).trim();
        if (v.isEmpty()) {
            throw bad(c, key, "must name a directory, e.g. data");
        }
        try {
            return Path.of(v);
        } catch (InvalidPathException e) {
            throw bad(c, key, "'" + v + "' is not a directory path");
        }
    }

    private static int integer(Config c, String key, int min, int max) {
        String allowed = "must be a whole number from " + min + " to " + max;
        try {
            int v = c.getInt(P + key);
            if (v < min || v > max) {
                throw bad(c, key, allowed);
            }
            return v;
        } catch (ConfigException.WrongType e) {
            throw bad(c, key, allowed);
        }
    }

    private static Duration duration(Config c, String key) {
        try {
            Duration d = c.getDuration(P + key);
            if (d.isNegative() || d.toMillis() > Integer.MAX_VALUE) {
                throw bad(c, key, "must be a duration such as 5s");
            }
            return d;
        } catch (ConfigException.BadValue | ConfigException.WrongType e) {
            throw bad(c, key, "must be a duration such as 5s or 500ms");
        }
    }

    private static BadConfigException bad(Config c, String key, String problem) {
        ConfigValue v = c.hasPathOrNull(P + key) ? c.getValue(P + key) : null;
        return new BadConfigException(where(v == null ? null : v.origin()) + P + key + ": " + problem);
    }

    private static String where(ConfigOrigin origin) {
        if (origin == null) {
            return "";
        }
        if (origin.filename() != null && origin.lineNumber() > 0) {
            return origin.filename() + ":" + origin.lineNumber() + ": ";
        }
        return origin.description() + ": ";
    }
}
