package dev.rapport.bot.digest;

import dev.rapport.rules.score.ScoreCard;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyStats;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static dev.rapport.bot.digest.DigestFixtures.WEEK;
import static dev.rapport.bot.digest.DigestFixtures.stats;
import static org.assertj.core.api.Assertions.assertThat;

/** How the score's trend is said: with the span it was drawn over, and never as a bare dash. */
class ScoreWordsTest {

    private static ScoreCard.Line total(int... weeksAgo) {
        Map<IsoWeek, WeeklyStats> weeks = new HashMap<>();
        int n = 0;
        for (int ago : weeksAgo) {
            IsoWeek w = WEEK;
            for (int i = 0; i < ago; i++) {
                w = w.previous();
            }
            // A little better each week: more replies, fewer links.
            weeks.put(w, stats(12, 4 + 2 * n, n, 2, 4 - n, 0, 1 + n, 5));
            n++;
        }
        return ScoreCard.of(WEEK, weeks).total();
    }

    @Test
    void aTrendOverFourScoredWeeksNamesTheFourWeeks() {
        assertThat(ScoreWords.trendOver(total(3, 2, 1, 0))).matches("↑ rising \\d+\\.\\d a week over the last four weeks");
    }

    @Test
    void aTrendOverFewerScoredWeeksSaysHowManyHadAScore() {
        assertThat(ScoreWords.trendOver(total(2, 1, 0)))
                .matches("↑ rising \\d+\\.\\d a week over the last four weeks \\(3 with a score\\)");
    }

    @Test
    void oneScoredWeekHasNoTrendAndSaysSoInWords() {
        assertThat(ScoreWords.trendOver(total(0)))
                .isEqualTo("no trend yet: fewer than two of the last four weeks have a score");
    }
}
