package dev.rapport.bot.digest;

import dev.rapport.rules.score.ScoreCard;

/** How the score's numbers are said, the same in Markdown, HTML and Discord. */
public final class ScoreWords {
    private ScoreWords() {
    }

    /** "62 / 100", or "no score" for a week with too few own messages. */
    public static String points(ScoreCard.Line line) {
        return line.now().map(n -> n + " / " + line.max()).orElse("no score");
    }

    /** "No score this week: you wrote no messages of your own." or why else the week has none. */
    public static String none(ScoreCard card) {
        return "No score this week: " + card.unscored() + ".";
    }

    /** "+8", "-3", "no change"; "new" when last week had no score. */
    public static String change(ScoreCard.Line line) {
        if (line.now().isEmpty()) {
            return "-";
        }
        return line.change().map(c -> c > 0 ? "+" + c : c < 0 ? String.valueOf(c) : "no change").orElse("new");
    }

    /** "↑ rising 4.0 a week"; "-" with fewer than two scored weeks among the last four. */
    public static String trend(ScoreCard.Line line) {
        return line.trend().map(t -> t.describe()).orElse("-");
    }

    /**
     * The trend with the span it was drawn over: "↑ rising 4.0 a week over the last four weeks", naming how many of them
     * had a score when not all did ("... (3 with a score)"); with fewer than two, that there is no trend yet (a bare
     * "-" before "over the last four weeks" said nothing).
     */
    public static String trendOver(ScoreCard.Line line) {
        return line.trend().map(t -> t.describe() + " over the last four weeks"
                        + (t.weeks() < ScoreCard.TREND_WEEKS ? " (" + t.weeks() + " with a score)" : ""))
                .orElse("no trend yet: fewer than two of the last four weeks have a score");
    }

    /** "Give first 15 / 25 (+3, ↑ rising 2.0 a week)". */
    public static String summary(ScoreCard.Line line) {
        if (line.now().isEmpty()) {
            return line.title() + ": no score";
        }
        return line.title() + " " + points(line) + " (" + change(line) + ", " + trend(line) + ")";
    }
}
