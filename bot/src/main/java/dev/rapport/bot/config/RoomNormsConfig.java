package dev.rapport.bot.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import dev.rapport.rules.norms.RoomNormSettings;

import java.time.Duration;

/** Reads {@code rapport.room-norms} (see reference.conf): how channels' own habits are read. */
public final class RoomNormsConfig {
    private static final String PATH = "rapport.room-norms";

    private RoomNormsConfig() {
    }

    /** The room-norm settings of {@code c}; a value out of range is refused, naming the key. */
    public static RoomNormSettings read(Config c) {
        try {
            boolean enabled = c.getBoolean(PATH + ".enabled");
            int minRegulars = c.getInt(PATH + ".min-regulars");
            double minShare = c.getDouble(PATH + ".min-share");
            Duration memory = c.getDuration(PATH + ".memory");
            if (minRegulars < 2 || minRegulars > 1000) {
                throw ConfigLoader.bad(c.getValue(PATH + ".min-regulars"), PATH + ".min-regulars", "must be 2..1000");
            }
            if (!(minShare > 0 && minShare <= 1)) {
                throw ConfigLoader.bad(c.getValue(PATH + ".min-share"), PATH + ".min-share", "must be above 0, at most 1");
            }
            if (memory.toHours() < 2) {
                throw ConfigLoader.bad(c.getValue(PATH + ".memory"), PATH + ".memory", "must be at least 2h");
            }
            return new RoomNormSettings(enabled, minRegulars, minShare, memory);
        } catch (ConfigException.Missing e) {
            return RoomNormSettings.DEFAULTS;
        } catch (ConfigException.WrongType | ConfigException.BadValue e) {
            throw new BadConfigException(e.getMessage());
        }
    }
}
