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
    /**
     * The fewest messages of one's own a week is scored on. One or two messages say too little about how someone
     * networks: a single broadcast would score 25 and read as a fall of thirty points from a full week, a verdict
     * drawn from one line; give-first's own habit is three acts of help.
     */
    public static final int MIN_MESSAGES = 3;

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
     * The score of a week's numbers, or nothing for a week with fewer than {@value #MIN_MESSAGES} messages of the
     * person's own (there is too little of theirs to judge, and a zero would read as a verdict).
     */
    public static Optional<WeekScore> of(WeeklyStats s) {
        if (s.messages() < MIN_MESSAGES) {
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
    /**
     * Why a week of {@code messages} own messages has no score, in words for its owner: "you wrote no messages of
     * your own" or "2 messages of your own are too few to judge a week by".
     */
    public static String unscored(int messages) {
        if (messages <= 0) {
            return "you wrote no messages of your own";
        }
        return Words.count(messages, "message") + " of your own " + (messages == 1 ? "is" : "are")
                + " too few to judge a week by";
    }

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
