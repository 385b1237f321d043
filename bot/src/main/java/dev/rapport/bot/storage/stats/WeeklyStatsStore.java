package dev.rapport.bot.storage.stats;

import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyStats;

import java.util.NavigableMap;
import java.util.Optional;

/**
 * A person's weeks in numbers per community, kept for trends: saving a week again replaces it (no doubling on
 * replay).
 */
public interface WeeklyStatsStore {
    /**
     * Stands for every community of a replay at once: {@code replay --store} keeps the week its report shows, which
     * adds up the person's communities in the export (and weeks stored before numbers were kept per community).
     */
    CommunityId ALL = CommunityId.of("*");

    void save(UserId user, CommunityId community, IsoWeek week, WeeklyStats stats);

    Optional<WeeklyStats> find(UserId user, CommunityId community, IsoWeek week);

    /** The person's weeks in {@code community} from {@code from} to {@code to}, both included, oldest first. */
    NavigableMap<IsoWeek, WeeklyStats> range(UserId user, CommunityId community, IsoWeek from, IsoWeek to);

    /**
     * Everyone's weeks from {@code from} to {@code to}, both included: {@code visitor} gets one person in one
     * community at a time, in id order, with their weeks oldest first. One query read in pages, never a query per
     * person, and never more than a page of rows in memory: what computing every weekly digest needs. The visitor runs
     * while the rows are read, on the reading connection: it must not use storage itself.
     */
    void forEachPerson(IsoWeek from, IsoWeek to, PersonWeeks visitor);

    /** One person's weeks in one community, as {@link #forEachPerson} hands them over. */
    interface PersonWeeks {
        void accept(UserId user, CommunityId community, NavigableMap<IsoWeek, WeeklyStats> weeks);
    }
}
