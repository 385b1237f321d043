package dev.rapport.rules.score;

import dev.rapport.rules.stats.WeeklyStats;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A person's networking score for one week: four pillars of whole points (0 to 25 each) and their sum (0 to 100).
 * Private to its owner: it is shown to them alone and never ranked against anyone.
 *
 * @param points the points of each pillar, every pillar present
 * @param seen   per pillar, the numbers behind the points, in words
 */
public record WeekScore(Map<Pillar, Integer> points, Map<Pillar, String> seen) {

    public WeekScore {
        points = Map.copyOf(points);
        seen = Map.copyOf(seen);
        for (Pillar p : Pillar.values()) {
            Integer n = points.get(p);
            if (n == null || n < 0 || n > Pillar.MAX) {
                throw new IllegalArgumentException(p.id() + " must have 0.." + Pillar.MAX + " points, was " + n);
            }
        }
    }

    /**
     * The score of a week's numbers, or nothing for a week without a message of the person's own (there is
     * nothing of theirs to judge, and a zero would read as a verdict).
     */
    public static Optional<WeekScore> of(WeeklyStats s) {
        if (s.messages() <= 0) {
            return Optional.empty();
        }
        Map<Pillar, Integer> points = new EnumMap<>(Pillar.class);
        points.put(Pillar.GIVE_FIRST, whole(GiveFirst.points(s)));
        points.put(Pillar.CONVERSE, whole(Converse.points(s)));
        points.put(Pillar.REACH_CUSTOMERS, whole(ReachCustomers.points(s)));
        points.put(Pillar.LINK_RESTRAINT, whole(LinkRestraint.points(s)));
        Map<Pillar, String> seen = new EnumMap<>(Pillar.class);
        seen.put(Pillar.GIVE_FIRST, GiveFirst.seen(s));
        seen.put(Pillar.CONVERSE, Converse.seen(s));
        seen.put(Pillar.REACH_CUSTOMERS, ReachCustomers.seen(s));
        seen.put(Pillar.LINK_RESTRAINT, LinkRestraint.seen(s));
        return Optional.of(new WeekScore(points, seen));
    }

    /** The sum of the pillars' whole points, so the four numbers shown always add up to the score shown. */
    public int total() {
        int sum = 0;
        for (int n : points.values()) {
            sum += n;
        }
        return sum;
    }

    public int of(Pillar pillar) {
        return points.get(pillar);
    }

    /** Rounds half up; a tiny epsilon keeps 12.4999999 (floating point) from rounding the other way than 12.5. */
    private static int whole(double points) {
        return (int) Math.max(0, Math.min(Pillar.MAX, Math.floor(points + 0.5 + 1e-9)));
    }
}
