package dev.rapport.bot.coach;

import dev.rapport.bot.digest.ChartImage;
import dev.rapport.bot.digest.Digest;
import dev.rapport.bot.digest.ScoreChart;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.score.ScoreCard;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyReport;
import dev.rapport.rules.stats.WeeklyStats;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Makes a person's {@link DigestView}: their report and the weeks before it come from the engine, the chart is drawn
 * on {@code renderer} (never on the engine thread, which must keep taking events).
 */
public final class DigestViews {
    private final CoachService coach;
    private final ScoreChart chart;
    private final Executor renderer;

    public DigestViews(CoachService coach, ScoreChart chart, Executor renderer) {
        this.coach = coach;
        this.chart = chart;
        this.renderer = renderer;
    }

    /** The person's view of {@code week}; empty when nothing is known about that week. */
    public CompletableFuture<Optional<DigestView>> of(UserId user, IsoWeek week) {
        IsoWeek first = week;
        for (int i = 1; i < ScoreCard.WEEKS; i++) {
            first = first.previous();
        }
        return coach.report(user, week).thenCombine(coach.weeks(user, first, week), (report, weeks) -> report
                        .map(r -> new Week(r, weeks)))
                .thenApplyAsync(found -> found.map(w -> view(user, w.report(), w.weeks())), renderer);
    }

    private record Week(WeeklyReport report, Map<IsoWeek, WeeklyStats> weeks) {
    }

    /** Draws the view of a report with the person's earlier weeks. */
    public DigestView view(UserId user, WeeklyReport report, Map<IsoWeek, WeeklyStats> weeks) {
        Digest digest = Digest.of(user, user.value(), report.week(), weeks, Optional.of(report));
        ChartImage image = chart.render(digest.card(), "networking-score-" + report.week() + ".png");
        return new DigestView(report, digest.card(), new Attachment(image.png(), image.fileName(), image.altText()));
    }
}
