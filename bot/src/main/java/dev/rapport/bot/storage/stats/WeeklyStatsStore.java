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
}
