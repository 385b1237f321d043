package dev.rapport.rules.engine;

import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeekTally;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A person's week tallies, oldest first, in one array: most people have a week or two in memory, and a tree map with
 * an entry per week cost more than the array of them.
 */
final class Weeks {
    private static final WeekTally[] NONE = {};
    private WeekTally[] tallies = NONE;
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The tally of {@code week}, or null. */
    WeekTally get(IsoWeek week) {
        int i = indexOf(week);
        return i >= 0 ? tallies[i] : null;
    }

    /** The tally of {@code week}, begun if there is none. */
    WeekTally tally(IsoWeek week) {
        int i = indexOf(week);
        if (i >= 0) {
            return tallies[i];
        }
        WeekTally t = new WeekTally(week);
        insert(-i - 1, t);
        return t;
    }

    /** Keeps {@code tally} as its week's, replacing what was kept for that week. */
    void put(WeekTally tally) {
        int i = indexOf(tally.week());
        if (i >= 0) {
            tallies[i] = tally;
        } else {
            insert(-i - 1, tally);
        }
    }

    IsoWeek firstWeek() {
        return tallies[0].week();
    }

    /** The tallies, oldest first. */
    List<WeekTally> values() {
        return size == 0 ? List.of() : Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(tallies, size)));
    }

    /** Their weeks, oldest first. */
    List<IsoWeek> weeks() {
        List<IsoWeek> weeks = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            weeks.add(tallies[i].week());
        }
        return weeks;
    }

    private void insert(int at, WeekTally t) {
        if (size == tallies.length) {
            tallies = Arrays.copyOf(tallies, Math.max(1, size * 2));
        }
        System.arraycopy(tallies, at, tallies, at + 1, size - at);
        tallies[at] = t;
        size++;
    }

    /** Where {@code week} is, or -(where it would go) - 1; searched from the newest, where nearly every lookup ends. */
    private int indexOf(IsoWeek week) {
        for (int i = size - 1; i >= 0; i--) {
            int order = tallies[i].week().compareTo(week);
            if (order == 0) {
                return i;
            }
            if (order < 0) {
                return -(i + 1) - 1;
            }
        }
        return -1;
    }
}
