package dev.rapport.bot.storage.stats;

import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyStats;

import java.util.NavigableMap;
import java.util.Optional;

/** One person's weeks in numbers, kept for trends: saving a week again replaces it (no doubling on replay). */
public interface WeeklyStatsStore {
    void save(UserId user, IsoWeek week, WeeklyStats stats);

    Optional<WeeklyStats> find(UserId user, IsoWeek week);

    /** The person's weeks from {@code from} to {@code to}, both included, oldest first. */
    NavigableMap<IsoWeek, WeeklyStats> range(UserId user, IsoWeek from, IsoWeek to);

    /**
     * Everyone's weeks from {@code from} to {@code to}, both included: {@code visitor} gets one person at a time, in
     * id order, with their weeks oldest first. One query read in pages, never a query per person, and never more
     * than a page of rows in memory: what computing every weekly digest needs. The visitor runs while the rows are
     * read, on the reading connection: it must not use storage itself.
     */
    void forEachPerson(IsoWeek from, IsoWeek to, PersonWeeks visitor);

    /** One person's weeks, as {@link #forEachPerson} hands them over. */
    interface PersonWeeks {
        void accept(UserId user, NavigableMap<IsoWeek, WeeklyStats> weeks);
    }
}
