package dev.rapport.rules.score;

import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyStats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * A person's score for one week with its history: the last {@value #WEEKS} weeks (oldest first, ending with the
 * week itself), the change against last week and the {@value #TREND_WEEKS}-week trend, for the total and for each
 * pillar. Pure: the same weeks give the same card.
 *
 * @param week   the week the card is about
 * @param series the last {@value #WEEKS} weeks, oldest first; a week with too few own messages has no score
 */
public record ScoreCard(IsoWeek week, List<Point> series) {
    public static final int WEEKS = 8;
    public static final int TREND_WEEKS = 4;

    /**
     * One week of the series.
     *
     * @param messages the person's own messages that week (0 for a week without numbers)
     */
    public record Point(IsoWeek week, Optional<WeekScore> score, int messages) {
    }

    /**
     * One row of the card: the total ({@code pillar} empty, out of 100) or a pillar (out of 25).
     *
     * @param change points against last week, when both weeks have a score
     * @param trend  the slope over the last four weeks, when at least two of them have a score
     */
    public record Line(Optional<Pillar> pillar, String title, int max, Optional<Integer> now, Optional<Integer> change,
                       Optional<Trend> trend) {
    }

    public ScoreCard {
        series = List.copyOf(series);
        if (series.size() != WEEKS || !series.get(WEEKS - 1).week().equals(week)) {
            throw new IllegalArgumentException("a score card holds the " + WEEKS + " weeks ending with " + week);
        }
    }

    /** The card of {@code week} from a person's weeks in numbers (any weeks; those outside the 8 are ignored). */
    public static ScoreCard of(IsoWeek week, Map<IsoWeek, WeeklyStats> weeks) {
        List<Point> points = new ArrayList<>(WEEKS);
        IsoWeek w = week;
        for (int i = 0; i < WEEKS; i++) {
            WeeklyStats s = weeks.get(w);
            points.add(0, s == null ? new Point(w, Optional.empty(), 0) : new Point(w, WeekScore.of(s), s.messages()));
            w = w.previous();
        }
        return new ScoreCard(week, points);
    }

    public Optional<WeekScore> score() {
        return series.get(WEEKS - 1).score();
    }

    /** Why the week has no score, in words for its owner ({@link WeekScore#unscored}). */
    public String unscored() {
        return WeekScore.unscored(series.get(WEEKS - 1).messages());
    }

    public Optional<WeekScore> lastWeek() {
        return series.get(WEEKS - 2).score();
    }

    /** The total first, then the four pillars. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>(1 + Pillar.values().length);
        lines.add(line(Optional.empty(), "Networking score", 4 * Pillar.MAX, WeekScore::total));
        for (Pillar p : Pillar.values()) {
            lines.add(line(Optional.of(p), p.title(), Pillar.MAX, s -> s.of(p)));
        }
        return lines;
    }

    public Line total() {
        return lines().get(0);
    }

    public Line line(Pillar pillar) {
        return lines().get(1 + pillar.ordinal());
    }

    private Line line(Optional<Pillar> pillar, String title, int max, ToIntFunction<WeekScore> value) {
        Optional<Integer> now = score().map(value::applyAsInt);
        Optional<Integer> change = score().isPresent() && lastWeek().isPresent()
                ? Optional.of(value.applyAsInt(score().get()) - value.applyAsInt(lastWeek().get()))
                : Optional.empty();
        return new Line(pillar, title, max, now, change, trend(value));
    }

    private Optional<Trend> trend(ToIntFunction<WeekScore> value) {
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int x = WEEKS - TREND_WEEKS; x < WEEKS; x++) {
            Optional<WeekScore> s = series.get(x).score();
            if (s.isEmpty()) {
                continue;
            }
            double y = value.applyAsInt(s.get());
            n++;
            sx += x;
            sy += y;
            sxx += (double) x * x;
            sxy += x * y;
        }
        if (n < 2) {
            return Optional.empty();
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return Optional.of(new Trend(slope, (int) n));
    }
}
