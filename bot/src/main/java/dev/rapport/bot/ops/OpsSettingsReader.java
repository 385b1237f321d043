package dev.rapport.bot.ops;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigOrigin;
import dev.rapport.bot.config.BadConfigException;

/**
 * Reads and checks {@code rapport.management} and {@code rapport.log}; a problem names the file and line, the key
 * and what is allowed.
 */
public final class OpsSettingsReader {

    public OpsSettings read(Config c) {
        return new OpsSettings(management(c), logFormat(c));
    }

    /** {@code rapport.management} alone. */
    public ManagementSettings management(Config c) {
        String p = "rapport.management.";
        boolean enabled;
        try {
            enabled = c.getBoolean(p + "enabled");
        } catch (ConfigException.WrongType | ConfigException.Missing e) {
            throw bad(c, p + "enabled", "must be true or false");
        }
        String host = string(c, p + "host").strip();
        if (host.isEmpty()) {
            throw bad(c, p + "host", "must name an address to listen on, e.g. 127.0.0.1 or 0.0.0.0");
        }
        int port;
        try {
            port = c.getInt(p + "port");
        } catch (ConfigException.WrongType | ConfigException.Missing e) {
            throw bad(c, p + "port", "must be a port number from 0 to 65535");
        }
        if (port < 0 || port > 65_535) {
            throw bad(c, p + "port", "must be a port number from 0 to 65535");
        }
        return new ManagementSettings(enabled, host, port);
    }

    /** {@code rapport.log.format} alone. */
    public LogFormat logFormat(Config c) {
        String key = "rapport.log.format";
        String value = string(c, key);
        return LogFormat.named(value).orElseThrow(() -> bad(c, key, "must be text or json, was '" + value + "'"));
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

    private static BadConfigException bad(Config c, String key, String problem) {
        String where = "";
        if (c.hasPath(key)) {
            ConfigOrigin o = c.getValue(key).origin();
            if (o != null && o.filename() != null && o.lineNumber() > 0) {
                where = o.filename() + ":" + o.lineNumber() + ": ";
            } else if (o != null && o.lineNumber() > 0) {
                where = o.description() + ": ";
            }
        }
        return new BadConfigException(where + key + ": " + problem);
    }
}
