package dev.rapport.bot.coach;

import dev.rapport.rules.score.ScoreCard;
import dev.rapport.rules.stats.WeeklyReport;

/**
 * A week as the person sees it in their digest or in {@code /coach stats}: the report, the networking score with its
 * change and trend, and the chart of the last eight weeks.
 */
public record DigestView(WeeklyReport report, ScoreCard card, Attachment chart) {
}
