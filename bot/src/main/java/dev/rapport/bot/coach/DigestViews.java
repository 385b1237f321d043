package dev.rapport.bot.coach;

import dev.rapport.bot.digest.ChartImage;
import dev.rapport.bot.digest.Digest;
import dev.rapport.bot.digest.ScoreChart;
import dev.rapport.bot.storage.community.CommunityNames;
import dev.rapport.bot.storage.state.EngineStateStore;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.engine.WeeklyReports;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.score.ScoreCard;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyReport;
import dev.rapport.rules.stats.WeeklyStats;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Makes a person's {@link DigestView} from storage, where every process keeps the communities of its own shards: the
 * week over all the person's communities, one section per community, and the weeks before it for the score's trend.
 * This process's own changes are saved first, so the view is as fresh as its memory. Storage is read and the chart
 * drawn on {@code renderer}: never on the engine thread, which must keep taking events, nor on JDA's.
 */
public final class DigestViews {
    private final CoachService coach;
    private final EngineStateStore states;
    private final CommunityNames names;
    private final ScoreChart chart;
    private final Executor renderer;
    private final Clock clock;

    public DigestViews(CoachService coach, EngineStateStore states, CommunityNames names, ScoreChart chart,
                       Executor renderer) {
        this(coach, states, names, chart, renderer, Clock.systemUTC());
    }

    /** With the clock that says when a view is made: ages in its tips are stated as of then. */
    public DigestViews(CoachService coach, EngineStateStore states, CommunityNames names, ScoreChart chart,
                       Executor renderer, Clock clock) {
        this.clock = clock;
        this.coach = coach;
        this.states = states;
        this.names = names;
        this.chart = chart;
        this.renderer = renderer;
    }

    /** The person's view of {@code week}; empty when nothing is known about that week in any community. */
    public CompletableFuture<Optional<DigestView>> of(UserId user, IsoWeek week) {
        return coach.saveChanged().thenApplyAsync(saved -> fromStorage(user, week), renderer);
    }

    private Optional<DigestView> fromStorage(UserId user, IsoWeek week) {
        List<UserSnapshot> kept = states.ofUser(user);
        Optional<WeeklyReport> report = WeeklyReports.combined(user, kept, week);
        if (report.isEmpty()) {
            return Optional.empty();
        }
        Map<IsoWeek, WeeklyStats> weeks = new HashMap<>();
        IsoWeek w = week;
        for (int i = 0; i < ScoreCard.WEEKS; i++) {
            IsoWeek at = w;
            WeeklyReports.combined(user, kept, at).ifPresent(r -> weeks.put(at, r.stats()));
            w = w.previous();
        }
        List<DigestView.CommunityWeek> sections = new ArrayList<>();
        boolean complete = true;
        for (UserSnapshot s : kept) {
            complete &= WeeklyReports.closed(s, week);
            Optional<WeeklyReport> here = WeeklyReports.of(s, week);
            if (here.isEmpty()) {
                continue;
            }
            CommunityId id = s.key().community();
            sections.add(new DigestView.CommunityWeek(id, names.nameOf(id).orElse("server " + id.value()), here.get()));
        }
        // One community: its week is the report itself, and a section would only repeat it.
        if (sections.size() < 2) {
            sections = List.of();
        }
        return Optional.of(view(user, report.get(), weeks, sections, complete));
    }

    /** Draws the view of a report with the person's earlier weeks. */
    private DigestView view(UserId user, WeeklyReport report, Map<IsoWeek, WeeklyStats> weeks,
                            List<DigestView.CommunityWeek> sections, boolean complete) {
        Digest digest = Digest.of(user, user.value(), report.week(), weeks, Optional.of(report));
        ChartImage image = chart.render(digest.card(), "networking-score-" + report.week() + ".png");
        return new DigestView(report, digest.card(), new Attachment(image.png(), image.fileName(), image.altText()),
                sections, complete, Optional.of(clock.instant()));
    }
}
