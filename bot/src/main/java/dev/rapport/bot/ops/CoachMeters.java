package dev.rapport.bot.ops;

import dev.rapport.bot.coach.CoachTelemetry;
import dev.rapport.bot.coach.TipOutcome;
import dev.rapport.rules.rule.RuleId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The coach's telemetry as Micrometer meters. Names follow Micrometer's dotted style; the Prometheus registry
 * writes them as {@code rapport_events_seen_total}, {@code rapport_tips_total{rule,outcome,reason}},
 * {@code rapport_digest_lag_seconds}.
 */
public final class CoachMeters implements CoachTelemetry {
    private final MeterRegistry registry;
    private final Counter seen;
    private final Counter analysed;
    private final Timer digestLag;
    private final Map<String, Counter> tips = new ConcurrentHashMap<>();

    public CoachMeters(MeterRegistry registry) {
        this.registry = registry;
        this.seen = Counter.builder("rapport.events.seen")
                .description("Chat events (messages, edits, deletions) handed to the coach").register(registry);
        this.analysed = Counter.builder("rapport.events.analysed")
                .description("Messages analysed as those of a coached (opted-in) person").register(registry);
        this.digestLag = Timer.builder("rapport.digest.lag")
                .description("How long after a person's digest moment their weekly digest was queued")
                .register(registry);
    }

    @Override
    public void eventSeen() {
        seen.increment();
    }

    @Override
    public void eventAnalysed() {
        analysed.increment();
    }

    @Override
    public void tip(RuleId rule, TipOutcome outcome, String reason) {
        String o = outcome.name().toLowerCase(Locale.ROOT);
        tips.computeIfAbsent(rule.id() + '|' + o + '|' + reason, k -> Counter.builder("rapport.tips")
                .description("Tips by rule and outcome (sent, throttled, held, failed) with the reason")
                .tag("rule", rule.id()).tag("outcome", o).tag("reason", reason)
                .register(registry)).increment();
    }

    @Override
    public void digestQueued(Duration lag) {
        digestLag.record(lag.isNegative() ? Duration.ZERO : lag);
    }
}
