package dev.rapport.rules.score;

import dev.rapport.rules.stats.Durations;

/** Small wording helpers for the score's explanations. */
final class Words {
    private Words() {
    }

    static String count(long n, String one) {
        return count(n, one, one + "s");
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String duration(long seconds) {
        return Durations.humane(seconds);
    }
}
