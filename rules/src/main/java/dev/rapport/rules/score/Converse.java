package dev.rapport.rules.score;

import dev.rapport.rules.stats.WeeklyStats;

/** Pillar 2: conversations against broadcasts, and answers to people who wait (see {@link Pillar#CONVERSE}). */
final class Converse {
    static final double CONVERSATION_POINTS = 15;
    static final double ANSWER_POINTS = 10;

    private Converse() {
    }

    static double points(WeeklyStats s) {
        if (s.messages() == 0) {
            return 0;
        }
        double conversation = 1 - s.broadcastShare();
        int waited = s.mentionsAnswered() + s.overdue();
        if (waited == 0) {
            return Pillar.MAX * conversation;
        }
        double answered = Math.min(1, (double) s.mentionsAnswered() / waited);
        return CONVERSATION_POINTS * conversation + ANSWER_POINTS * answered * speed(s.medianResponseSeconds());
    }

    /** How much a typical answer's speed is worth: within the hour is a conversation, a day later a letter. */
    static double speed(long medianSeconds) {
        if (medianSeconds < 0) {
            return 0;
        }
        if (medianSeconds <= 3_600) {
            return 1;
        }
        if (medianSeconds <= 4 * 3_600) {
            return 0.75;
        }
        if (medianSeconds <= 24 * 3_600) {
            return 0.5;
        }
        return 0.25;
    }

    static String seen(WeeklyStats s) {
        String talk = Math.round((1 - s.broadcastShare()) * 100) + "% of " + Words.count(s.messages(), "message")
                + " spoke to someone";
        int waited = s.mentionsAnswered() + s.overdue();
        if (waited == 0) {
            return talk + "; nobody waited for an answer";
        }
        return talk + "; " + s.mentionsAnswered() + " of " + Words.count(waited, "question") + " to you answered"
                + (s.medianResponseSeconds() >= 0 ? ", median " + Words.duration(s.medianResponseSeconds()) : "");
    }
}
