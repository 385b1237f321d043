package dev.rapport.rules.stats;

import dev.rapport.rules.finding.Finding;

import java.time.Duration;
import java.time.Instant;

/**
 * A finding's words as of the moment a report is read. Tips are written when the coach notices something and say
 * what was true then, in words that stay true ("went more than 24 hours without an answer"); a digest or a
 * {@code /coach stats} card read days later adds how old the question is by then, so it never reads as if the
 * question had waited 24 hours when it had waited six days.
 */
public final class AsOf {
    /** The evidence count that says how long the oldest message had waited when the finding was made. */
    static final String OLDEST = "oldest-seconds";
    /** A report read within the hour says what the finding said. */
    private static final long SAME_MOMENT_SECONDS = 3600;

    private AsOf() {
    }

    /** What the finding saw, with the age at {@code asOf} of what it was about where that age keeps growing. */
    public static String seen(Finding f, Instant asOf) {
        String seen = f.tip().seen();
        Long oldest = f.evidence().counts().get(OLDEST);
        if (oldest == null || oldest < 0 || asOf == null) {
            return seen;
        }
        long later = Duration.between(f.at(), asOf).getSeconds();
        if (later < SAME_MOMENT_SECONDS) {
            return seen;
        }
        boolean several = f.evidence().count("waiting") > 1 || f.evidence().counterparts().size() > 1;
        return seen + (several ? " The oldest was sent " : " It was sent ") + Durations.humane(oldest + later)
                + " before this report.";
    }
}
