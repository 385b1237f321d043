package dev.rapport.rules.score;

import java.util.Locale;

/**
 * How a number moved over the last four weeks: the least-squares slope in points per week, over the weeks that
 * have a score (weeks without one are left out, not counted as zero).
 */
public record Trend(double perWeek, int weeks) {
    /** Less than a point a week either way is noise, not a direction. */
    public static final double FLAT = 1.0;

    public enum Direction {
        UP("↑", "rising"), FLAT("→", "steady"), DOWN("↓", "falling");

        private final String arrow;
        private final String word;

        Direction(String arrow, String word) {
            this.arrow = arrow;
            this.word = word;
        }

        public String arrow() {
            return arrow;
        }

        public String word() {
            return word;
        }
    }

    public Direction direction() {
        if (perWeek >= FLAT) {
            return Direction.UP;
        }
        if (perWeek <= -FLAT) {
            return Direction.DOWN;
        }
        return Direction.FLAT;
    }

    /** "↑ rising 3.5 a week", "→ steady". */
    public String describe() {
        Direction d = direction();
        if (d == Direction.FLAT) {
            return d.arrow() + " " + d.word();
        }
        return String.format(Locale.ROOT, "%s %s %.1f a week", d.arrow(), d.word(), Math.abs(perWeek));
    }
}
