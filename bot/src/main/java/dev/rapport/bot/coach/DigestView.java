package dev.rapport.bot.coach;

import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.score.ScoreCard;
import dev.rapport.rules.stats.WeeklyReport;

import java.util.List;

/**
 * A week as the person sees it in their digest or in {@code /coach stats}: the report over all their communities, the
 * networking score with its change and trend, the chart of the last eight weeks, and, when they are coached in more
 * than one community, the week of each (empty for one community: the report already is that community's week).
 *
 * @param complete whether every community's week had closed (its weekly rules had run) when the view was made
 */
public record DigestView(WeeklyReport report, ScoreCard card, Attachment chart, List<CommunityWeek> communities,
                         boolean complete) {
    public DigestView {
        communities = List.copyOf(communities);
    }

    /** A view of one community's week, complete. */
    public DigestView(WeeklyReport report, ScoreCard card, Attachment chart) {
        this(report, card, chart, List.of(), true);
    }

    /** One community's part of the week, under the name the bot knows it by. */
    public record CommunityWeek(CommunityId community, String name, WeeklyReport report) {
    }
}
