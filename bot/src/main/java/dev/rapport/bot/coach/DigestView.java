package dev.rapport.bot.coach;

import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.score.ScoreCard;
import dev.rapport.rules.stats.WeeklyReport;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A week as the person sees it in their digest or in {@code /coach stats}: the report over all their communities, the
 * networking score with its change and trend, the chart of the last eight weeks, and, when they are coached in more
 * than one community, the week of each (empty for one community: the report already is that community's week).
 *
 * @param complete whether every community's week had closed (its weekly rules had run) when the view was made
 * @param asOf     when the view was made: a question's age in its tips is stated as of then (empty: as found)
 */
public record DigestView(WeeklyReport report, ScoreCard card, Attachment chart, List<CommunityWeek> communities,
                         boolean complete, Optional<Instant> asOf) {
    public DigestView {
        communities = List.copyOf(communities);
    }

    /** A view that says what each finding said when it was made. */
    public DigestView(WeeklyReport report, ScoreCard card, Attachment chart, List<CommunityWeek> communities,
                      boolean complete) {
        this(report, card, chart, communities, complete, Optional.empty());
    }

    /** A view of one community's week, complete. */
    public DigestView(WeeklyReport report, ScoreCard card, Attachment chart) {
        this(report, card, chart, List.of(), true);
    }

    /** One community's part of the week, under the name the bot knows it by. */
    public record CommunityWeek(CommunityId community, String name, WeeklyReport report) {
    }
}
