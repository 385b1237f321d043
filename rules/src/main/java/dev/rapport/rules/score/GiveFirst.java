package dev.rapport.rules.score;

import dev.rapport.rules.stats.WeeklyStats;

/** Pillar 1: help given against asks and promotion (see {@link Pillar#GIVE_FIRST} for the formula in words). */
final class GiveFirst {
    /** Three acts of help in a week is a clear habit; fewer earn a share of the points. */
    static final double HELP_FOR_FULL = 3;

    private GiveFirst() {
    }

    static double points(WeeklyStats s) {
        double help = help(s);
        double take = take(s);
        if (help <= 0) {
            return 0;
        }
        return Pillar.MAX * help / (help + take) * Math.min(1, help / HELP_FOR_FULL);
    }

    static double help(WeeklyStats s) {
        // A reaction is a small gift: it counts half an answer.
        return s.questionsAnswered() + s.reactionsGiven() / 2.0;
    }

    static double take(WeeklyStats s) {
        return s.questionsAsked() + s.selfPromotion();
    }

    static String seen(WeeklyStats s) {
        return Words.count(s.questionsAnswered(), "question") + " answered, " + Words.count(s.reactionsGiven(), "reaction")
                + " given; " + Words.count(s.questionsAsked(), "question") + " asked, "
                + Words.count(s.selfPromotion(), "self-promotional message");
    }
}
