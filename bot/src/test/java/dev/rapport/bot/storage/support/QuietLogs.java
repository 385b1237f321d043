package dev.rapport.bot.storage.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the pool, migration and embedded-server chatter out of test output (logback's default is DEBUG). */
public final class QuietLogs {
    private QuietLogs() {
    }

    public static void apply() {
        for (String name : new String[]{"io.zonky", "com.zaxxer.hikari", "org.flywaydb", "org.postgresql", "org.sqlite"}) {
            if (LoggerFactory.getLogger(name) instanceof Logger l) {
                l.setLevel(Level.WARN);
            }
        }
    }
}
