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
 * @param lines      who talks to whom there, line by line ({@link RoomLines}); null when nothing is counted (as kept
 *                   before session 40)
 */
public record RoomHabits(long since, long lastPoster, long lastAt, List<Poster> posters, Lines lines) {
    /** No one's pseudonym number: pseudonym numbers are never negative. */
    public static final long NOBODY = -1;

    public RoomHabits {
        posters = List.copyOf(posters);
    }

    /** Habits with nothing counted of who talks to whom (as kept before session 40). */
    public RoomHabits(long since, long lastPoster, long lastAt, List<Poster> posters) {
        this(since, lastPoster, lastAt, posters, null);
    }

    /**
     * One poster's counts: in their latest period ({@code period}, a half of the norms' memory) and in the one before.
     */
    public record Poster(long who, long period, int tells, int asks, int shows, int tellsBefore, int asksBefore,
                         int showsBefore) {
    }

    /**
     * Who talks to whom in the channel ({@link RoomLines}), as plain values: since when it is counted, who wrote the
     * last line ({@link #NOBODY} once forgotten), when, that line's depth, and per poster its counts.
     */
    public record Lines(long since, long lastPoster, long lastAt, int lastDepth, List<LinePoster> posters) {
        public Lines {
            posters = List.copyOf(posters);
        }
    }

    /**
     * One poster's line counts ({@link RoomLines}): posts to the room that start something, talk, and talk drawn by
     * a line of theirs, in their latest period and in the one before.
     */
    public record LinePoster(long who, long period, int posts, int talk, int drawn, int postsBefore, int talkBefore,
                             int drawnBefore) {
    }
}
