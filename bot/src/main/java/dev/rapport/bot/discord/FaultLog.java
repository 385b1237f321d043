package dev.rapport.bot.discord;

import org.slf4j.Logger;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Logs a recurring fault (missing permissions in a channel, an unknown guild, a guild that removed the bot) once
 * per place instead of once per event. The places remembered are bounded: the oldest is forgotten first, so a fault
 * seen again long after may be logged again. Thread-safe.
 */
public final class FaultLog {
    private final int capacity;
    private final Map<String, Boolean> seen;

    public FaultLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.seen = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > FaultLog.this.capacity;
            }
        };
    }

    /** True the first time {@code fault} is seen at {@code place} (while remembered). */
    public synchronized boolean first(String fault, String place) {
        return seen.put(fault + '@' + place, Boolean.TRUE) == null;
    }

    /** Logs {@code message} (with {@code place} as its argument) at warn level the first time only. */
    public void warnOnce(Logger log, String fault, String place, String message) {
        if (first(fault, place)) {
            log.warn(message, place);
        }
    }
}
