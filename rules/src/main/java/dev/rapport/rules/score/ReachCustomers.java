package dev.rapport.rules.score;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.stats.WeeklyStats;

/** Pillar 3: customers, advocates and seekers against peers only (see {@link Pillar#REACH_CUSTOMERS}). */
final class ReachCustomers {
    /** Peers matter too: half of the conversations with buyers and fans is a full score, not all of them. */
    static final double SHARE_FOR_FULL = 0.5;

    private ReachCustomers() {
    }

    static double points(WeeklyStats s) {
        int reach = reach(s);
        int known = reach + s.audienceMix().getOrDefault(Audience.PEER, 0);
        if (known == 0) {
            return 0;
        }
        return Pillar.MAX * Math.min(1, (double) reach / known / SHARE_FOR_FULL);
    }

    static int reach(WeeklyStats s) {
        return s.audienceMix().getOrDefault(Audience.CUSTOMER, 0) + s.audienceMix().getOrDefault(Audience.ADVOCATE, 0)
                + s.audienceMix().getOrDefault(Audience.SEEKER, 0);
    }

    static String seen(WeeklyStats s) {
        int peers = s.audienceMix().getOrDefault(Audience.PEER, 0);
        int unknown = s.audienceMix().getOrDefault(Audience.UNKNOWN, 0);
        return Words.count(reach(s), "interaction") + " with customers, advocates and seekers, " + peers + " with peers"
                + (unknown > 0 ? ", " + unknown + " not placed yet" : "");
    }
}
