package dev.rapport.bot.run;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigOrigin;
import dev.rapport.bot.coach.CoachingSettings;
import dev.rapport.bot.config.BadConfigException;
import dev.rapport.bot.discord.DiscordSettings;
import dev.rapport.bot.discord.MessageContentMode;
import dev.rapport.bot.discord.ShardRange;
import dev.rapport.bot.storage.optin.TipFrequency;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Reads and checks {@code rapport.discord} and {@code rapport.coaching}; a problem names the place and what is allowed. */
public final class RunSettingsReader {

    public RunSettings read(Config c) {
        return new RunSettings(discord(c), coaching(c));
    }

    /** {@code rapport.platform}: the client library that connects to Discord (default jda). */
    public ChatAdapter platform(Config c) {
        String value = string(c, "rapport.platform");
        try {
            return value.isBlank() ? ChatAdapter.JDA : ChatAdapter.parse(value);
        } catch (IllegalArgumentException e) {
            throw bad(c, "rapport.platform", e.getMessage());
        }
    }

    private static DiscordSettings discord(Config c) {
        String file = string(c, "rapport.discord.token-file").strip();
        Optional<Path> tokenFile = Optional.empty();
        if (!file.isEmpty()) {
            try {
                tokenFile = Optional.of(Path.of(file));
            } catch (InvalidPathException e) {
                throw bad(c, "rapport.discord.token-file", "'" + file + "' is not a file path");
            }
        }
        int total = integer(c, "rapport.discord.shards.total", -1, 100_000);
        int first = integer(c, "rapport.discord.shards.first", -1, 100_000);
        int last = integer(c, "rapport.discord.shards.last", -1, 100_000);
        ShardRange shards;
        try {
            shards = total == -1 && first == -1 && last == -1 ? ShardRange.automatic()
                    : new ShardRange(total, first == -1 ? 0 : first, last == -1 ? total - 1 : last);
        } catch (IllegalArgumentException e) {
            throw bad(c, "rapport.discord.shards", e.getMessage());
        }
        Duration ready = duration(c, "rapport.discord.ready-timeout", Duration.ofSeconds(1), Duration.ofHours(1));
        MessageContentMode content;
        try {
            String mode = c.hasPath("rapport.discord.message-content") ? c.getValue("rapport.discord.message-content")
                    .unwrapped().toString() : "auto";
            content = MessageContentMode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw bad(c, "rapport.discord.message-content", e.getMessage());
        }
        String role = string(c, "rapport.discord.admin-role").strip();
        return new DiscordSettings(tokenFile, shards, ready, content, role.isEmpty() ? Optional.empty() : Optional.of(role));
    }

    private static CoachingSettings coaching(Config c) {
        String p = "rapport.coaching.";
        String freq = string(c, p + "default-frequency").strip().toUpperCase(Locale.ROOT);
        TipFrequency frequency;
        try {
            frequency = TipFrequency.valueOf(freq);
        } catch (IllegalArgumentException e) {
            throw bad(c, p + "default-frequency", "must be realtime, daily or weekly");
        }
        return new CoachingSettings(
                duration(c, p + "cooldown", Duration.ZERO, Duration.ofDays(30)),
                integer(c, p + "daily-cap", 1, 100),
                integer(c, p + "outbox-capacity", 1, 1_000_000),
                duration(c, p + "send-interval", Duration.ofMillis(1), Duration.ofMinutes(10)),
                duration(c, p + "save-interval", Duration.ofMillis(1), Duration.ofDays(1)),
                duration(c, p + "tick-interval", Duration.ofMillis(1), Duration.ofDays(1)),
                duration(c, p + "digest-interval", Duration.ofMillis(1), Duration.ofDays(1)),
                duration(c, p + "settings-interval", Duration.ofMillis(1), Duration.ofDays(1)),
                frequency,
                duration(c, p + "together-window", Duration.ZERO, Duration.ofMinutes(10)),
                duration(c, p + "retry-backoff", Duration.ofMillis(1), Duration.ofHours(6)),
                integer(c, p + "send-attempts", 1, 100),
                integer(c, p + "engine-queue", 100, 10_000_000));
    }

    private static String string(Config c, String key) {
        try {
            return c.getString(key);
        } catch (ConfigException.Missing e) {
            return "";
        } catch (ConfigException.WrongType e) {
            throw bad(c, key, "must be a text value");
        }
    }

    private static int integer(Config c, String key, int min, int max) {
        try {
            int v = c.getInt(key);
            if (v < min || v > max) {
                throw bad(c, key, "must be a whole number from " + min + " to " + max);
            }
            return v;
        } catch (ConfigException.WrongType | ConfigException.Missing e) {
            throw bad(c, key, "must be a whole number from " + min + " to " + max);
        }
    }

    private static Duration duration(Config c, String key, Duration min, Duration max) {
        try {
            Duration d = c.getDuration(key);
            if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
                throw bad(c, key, "must be a duration from " + min + " to " + max + " (e.g. 24h, 500ms)");
            }
            return d;
        } catch (ConfigException.BadValue | ConfigException.WrongType | ConfigException.Missing e) {
            throw bad(c, key, "must be a duration such as 24h, 15m or 500ms");
        }
    }

    private static BadConfigException bad(Config c, String key, String problem) {
        String where = "";
        if (c.hasPath(key)) {
            ConfigOrigin o = c.getValue(key).origin();
            if (o != null && o.filename() != null && o.lineNumber() > 0) {
                where = o.filename() + ":" + o.lineNumber() + ": ";
            }
        }
        return new BadConfigException(where + key + ": " + problem);
    }
}
