package dev.rapport.bot.digest;

import dev.rapport.rules.score.Pillar;
import dev.rapport.rules.score.WeekScore;

import java.util.Locale;

/** What {@code /coach why rule:score} says: the score in a sentence, then each pillar's formula ({@link Pillar#formula()}). */
public final class ScoreExplanation {
    public static final String TITLE = "Your networking score";
    public static final String INTRO = "0 to 100 each week, from four pillars of 25 points, each computed from that "
            + "week's numbers alone. Only you see it; it is never ranked. Each pillar is rounded to whole points and "
            + "the score is their sum. Beside each: the change since last week and the trend over the last four weeks "
            + "(points a week). A week with fewer than " + WeekScore.MIN_MESSAGES + " messages of your own has no "
            + "score: too little to judge by.";

    private ScoreExplanation() {
    }

    /** Whether someone asking {@code /coach why} means the score (or one of its pillars) rather than a rule. */
    public static boolean asks(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.equals("score") || t.equals("networking score") || Pillar.parse(t).isPresent();
    }
}
