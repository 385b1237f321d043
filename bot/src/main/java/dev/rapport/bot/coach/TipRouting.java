package dev.rapport.bot.coach;

import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.rules.finding.Finding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import dev.rapport.rules.model.UserId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each actionable finding goes: into the outbox now, held for the end of quiet hours or the daily bundle, or
 * nowhere (muted, weekly digest only, cooling down, capped). Logged-only findings never become tips.
 */
public final class TipRouting {
    private static final Logger log = LoggerFactory.getLogger(TipRouting.class);

    /** Discord shows five rows of buttons per message: one row per tip. */
    static final int BUNDLE_MAX = 5;

    private final OptInLookup optIns;
    private final TipThrottle throttle;
    private final TipOutbox outbox;
    private final HeldTips held;
    private final Clock clock;
    private final CoachTelemetry telemetry;

    public TipRouting(OptInLookup optIns, TipThrottle throttle, TipOutbox outbox, HeldTips held, Clock clock,
                      CoachTelemetry telemetry) {
        this.optIns = optIns;
        this.throttle = throttle;
        this.outbox = outbox;
        this.held = held;
        this.clock = clock;
        this.telemetry = telemetry;
    }

    public void route(List<Finding> findings) {
        for (Finding f : findings) {
            if (!f.actionable()) continue;
            Optional<OptIn> consent = optIns.governing(f.user(), f.community());
            if (consent.isEmpty()) continue;
            route(f, consent.get());
        }
    }

    /**
     * Held tips whose moment has come go to the outbox, one message per person (at most {@value #BUNDLE_MAX} tips
     * each); they are kept if the outbox overflows.
     */
    public void releaseHeld() {
        Map<UserId, List<Finding>> byUser = new LinkedHashMap<>();
        for (Finding f : held.releaseDue(clock.instant())) byUser.computeIfAbsent(f.user(), k -> new ArrayList<>()).add(f);
        for (Map.Entry<UserId, List<Finding>> e : byUser.entrySet()) {
            List<Finding> all = e.getValue();
            for (int from = 0; from < all.size(); from += BUNDLE_MAX) {
                List<Finding> part = all.subList(from, Math.min(all.size(), from + BUNDLE_MAX));
                outbox.offer(part.size() == 1 ? new OutboxItem.TipItem(part.get(0), false)
                        : new OutboxItem.BundleItem(e.getKey(), part));
            }
        }
    }

    private void route(Finding f, OptIn optIn) {
        TipThrottle.Verdict verdict = throttle.check(f, optIn);
        switch (verdict) {
            case SEND -> {
                throttle.taken(f, optIn);
                if (!outbox.offer(new OutboxItem.TipItem(f, true))) telemetry.tip(f.rule(), TipOutcome.FAILED, "outbox_full");
            }
            case QUIET -> {
                throttle.taken(f, optIn);
                int until = optIn.quietHours().orElseThrow().untilHour();
                held.hold(f, nextHour(optIn, until));
                telemetry.tip(f.rule(), TipOutcome.HELD, "quiet_hours");
            }
            case BUNDLE -> {
                throttle.taken(f, optIn);
                held.hold(f, nextHour(optIn, optIn.digestHour()));
                telemetry.tip(f.rule(), TipOutcome.HELD, "daily_bundle");
            }
            default -> {
                log.debug("tip {} held back: {}", f.rule(), verdict);
                telemetry.tip(f.rule(), TipOutcome.THROTTLED, verdict.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    /** The next time the clock shows {@code hour}:00 in the person's zone. */
    private Instant nextHour(OptIn optIn, int hour) {
        ZonedDateTime now = clock.instant().atZone(optIn.zone());
        ZonedDateTime at = now.toLocalDate().atTime(hour, 0).atZone(optIn.zone());
        if (!at.isAfter(now)) at = at.plusDays(1);
        return at.toInstant();
    }
}
