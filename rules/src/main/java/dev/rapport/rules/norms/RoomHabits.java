package dev.rapport.rules.norms;

import java.util.List;

/**
 * One channel's habits as plain values ({@link RoomNorms#habits}), so the engine can keep them across a restart:
 * counts per poster (pseudonym numbers) and times in epoch seconds, never text.
 *
 * @param since      when the channel's first counted message was written
 * @param lastPoster who wrote its last counted message ({@link #NOBODY} once they were forgotten)
 * @param lastAt     when
 * @param posters    its recent posters and their counts, in the channel's order
 */
public record RoomHabits(long since, long lastPoster, long lastAt, List<Poster> posters) {
    /** No one's pseudonym number: pseudonym numbers are never negative. */
    public static final long NOBODY = -1;

    public RoomHabits {
        posters = List.copyOf(posters);
    }

    /**
     * One poster's counts: in their latest period ({@code period}, a half of the norms' memory) and in the one before.
     */
    public record Poster(long who, long period, int tells, int asks, int shows, int tellsBefore, int asksBefore,
                         int showsBefore) {
    }
}
