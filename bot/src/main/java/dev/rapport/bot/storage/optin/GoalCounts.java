package dev.rapport.bot.storage.optin;

import dev.rapport.rules.config.Goal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many people coached in one community chose each goal, and how many said none: counts only, never who, for the
 * community's admins.
 *
 * @param chosen  people per goal they chose (goals nobody chose are absent)
 * @param notSaid people who chose none (the community's goal applies to them)
 */
public record GoalCounts(Map<Goal, Integer> chosen, int notSaid) {
    public GoalCounts {
        if (notSaid < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + notSaid);
        }
        chosen = chosen.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(chosen));
    }

    /** How many chose {@code goal}. */
    public int of(Goal goal) {
        return chosen.getOrDefault(goal, 0);
    }

    /** Everyone coached in the community. */
    public int total() {
        int sum = notSaid;
        for (int n : chosen.values()) {
            sum += n;
        }
        return sum;
    }
}
