package dev.rapport.bot.coach;

import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.rules.finding.Finding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Where each actionable finding goes: into the outbox now, held for the end of quiet hours or the daily bundle, or
 * nowhere (muted, weekly digest only, cooling down, capped). Logged-only findings never become tips.
 */
public final class TipRouting {
    private static final Logger log = LoggerFactory.getLogger(TipRouting.class);

    private final OptInLookup optIns;
    private final TipThrottle throttle;
    private final TipOutbox outbox;
    private final HeldTips held;
    private final Clock clock;

    public TipRouting(OptInLookup optIns, TipThrottle throttle, TipOutbox outbox, HeldTips held, Clock clock) {
        this.optIns = optIns;
        this.throttle = throttle;
        this.outbox = outbox;
        this.held = held;
        this.clock = clock;
    }

    public void route(List<Finding> findings) {
        for (Finding f : findings) {
            if (!f.actionable()) continue;
            Optional<OptIn> consent = optIns.governing(f.user(), f.community());
            if (consent.isEmpty()) continue;
            route(f, consent.get());
        }
    }

    /** Held tips whose moment has come go to the outbox (as bundles: they are kept if the outbox overflows). */
    public void releaseHeld() {
        for (Finding f : held.releaseDue(clock.instant())) outbox.offer(new OutboxItem.TipItem(f, false));
    }

    private void route(Finding f, OptIn optIn) {
        TipThrottle.Verdict verdict = throttle.check(f, optIn);
        switch (verdict) {
            case SEND -> {
                throttle.taken(f, optIn);
                outbox.offer(new OutboxItem.TipItem(f, true));
            }
            case QUIET -> {
                throttle.taken(f, optIn);
                int until = optIn.quietHours().orElseThrow().untilHour();
                held.hold(f, nextHour(optIn, until));
            }
            case BUNDLE -> {
                throttle.taken(f, optIn);
                held.hold(f, nextHour(optIn, optIn.digestHour()));
            }
            default -> log.debug("tip {} held back: {}", f.rule(), verdict);
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
