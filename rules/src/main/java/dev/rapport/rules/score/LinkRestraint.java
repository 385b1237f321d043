package dev.rapport.rules.score;

import dev.rapport.rules.stats.WeeklyStats;

/** Pillar 4: links that answered something against drops, repeats and bursts (see {@link Pillar#LINK_RESTRAINT}). */
final class LinkRestraint {
    /** One message in ten with a link is seasoning; links.share speaks up at 30%. */
    static final double FREE_SHARE = 0.10;
    static final double SHARE_TO_ZERO = 0.30;
    static final double PER_FLAG = 5;

    private LinkRestraint() {
    }

    static double points(WeeklyStats s) {
        if (s.messages() == 0) {
            return 0;
        }
        double over = Math.max(0, s.linkShare() - FREE_SHARE) / SHARE_TO_ZERO;
        double points = Pillar.MAX * (1 - Math.min(1, over)) - PER_FLAG * s.linkFlags();
        return Math.max(0, points);
    }

    static String seen(WeeklyStats s) {
        return s.linkMessages() + " of " + Words.count(s.messages(), "message") + " carried links that count ("
                + Math.round(s.linkShare() * 100) + "%); " + Words.count(s.linkFlags(), "drop, repeat or burst",
                "drops, repeats or bursts");
    }
}
