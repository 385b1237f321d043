package dev.rapport.bot.coach;

import dev.rapport.bot.storage.state.PruneReport;
import dev.rapport.bot.storage.state.RetentionRoutine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Drops per-person event state older than the retention period, once a day. It looks often (cheaply) and prunes
 * when a day has passed since its last prune in this process, so a restart prunes soon after starting. Pruning is
 * idempotent, and each process prunes only the engine state of its own communities, so several processes never
 * overwrite each other's rows.
 */
public final class DailyRetention implements Routine {
    private static final Logger log = LoggerFactory.getLogger(DailyRetention.class);
    static final Duration EVERY = Duration.ofDays(1);

    private final RetentionRoutine retention;
    private final int retentionWeeks;
    private final Duration checkInterval;
    private final Clock clock;
    private final java.util.function.Predicate<dev.rapport.rules.model.CommunityId> owned;
    private Optional<Instant> lastPrune = Optional.empty();

    public DailyRetention(RetentionRoutine retention, int retentionWeeks, Duration checkInterval, Clock clock) {
        this(retention, retentionWeeks, checkInterval, clock, community -> true);
    }

    /** @param owned the communities whose engine state this process keeps (several processes: its shards') */
    public DailyRetention(RetentionRoutine retention, int retentionWeeks, Duration checkInterval, Clock clock,
                          java.util.function.Predicate<dev.rapport.rules.model.CommunityId> owned) {
        if (retentionWeeks < 1) {
            throw new IllegalArgumentException("retention must be at least 1 week");
        }
        this.owned = owned;
        this.retention = retention;
        this.retentionWeeks = retentionWeeks;
        this.checkInterval = checkInterval;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "retention";
    }

    @Override
    public Duration interval() {
        return checkInterval;
    }

    /** Whether a prune is due at {@code now}: never pruned yet, or a day has passed since the last one. */
    static boolean due(Optional<Instant> lastPrune, Instant now) {
        return lastPrune.map(last -> !now.isBefore(last.plus(EVERY))).orElse(true);
    }

    @Override
    public synchronized void run() {
        Instant now = clock.instant();
        if (!due(lastPrune, now)) {
            return;
        }
        PruneReport report = retention.pruneOlderThan(retentionWeeks, now, owned);
        lastPrune = Optional.of(now);
        log.info("retention ({} weeks): pruned the event state of {} people and the evidence of {} tips",
                retentionWeeks, report.engineStates(), report.tipEvidence());
    }
}
