package dev.rapport.rules.norms;

import java.time.Duration;
import java.util.Objects;

/**
 * How strict the reading of a channel's own habits is ({@link RoomNorms}).
 *
 * @param enabled     whether room norms are read at all (off: channels are judged by their names and topics only)
 * @param minRegulars how many other regulars must post the same way before it is the channel's norm: one or two
 *                    people dumping links make no norm
 * @param minShare    the share of the channel's other regulars who must post that way
 * @param memory      how far back the channel's habits are read
 */
public record RoomNormSettings(boolean enabled, int minRegulars, double minShare, Duration memory) {
    /** Three other regulars, and three in four of those who start things there, over four weeks. */
    public static final RoomNormSettings DEFAULTS = new RoomNormSettings(true, 3, 0.75, Duration.ofDays(28));
    /** Room norms not read. */
    public static final RoomNormSettings OFF = new RoomNormSettings(false, 3, 0.75, Duration.ofDays(28));

    public RoomNormSettings {
        Objects.requireNonNull(memory, "memory");
        if (minRegulars < 2) {
            // A norm is what several people do; one other person's habit is theirs, not the room's.
            throw new IllegalArgumentException("minRegulars must be at least 2, was " + minRegulars);
        }
        if (!(minShare > 0 && minShare <= 1)) {
            throw new IllegalArgumentException("minShare must be in (0, 1], was " + minShare);
        }
        if (memory.toHours() < 2) {
            throw new IllegalArgumentException("memory must be at least two hours, was " + memory);
        }
    }
}
