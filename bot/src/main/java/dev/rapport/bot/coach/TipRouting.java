package dev.rapport.bot.coach;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rapport.bot.storage.ledger.TipLedger;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where each actionable finding goes: into a private message that leaves after a short window (joining the one
 * already waiting for that person, so one moment makes one message), held for the end of quiet hours or the daily
 * bundle, or nowhere (muted, weekly digest only, cooling down, capped). Logged-only findings never become tips.
 *
 * <p>Every tip that is to go out is entered in the tip ledger first, as pending, with the message it belongs to and
 * the time it may leave: the ledger is the outbox, so a failed send or a restart loses nothing (see {@link TipSender}).
 */
public final class TipRouting {
    private static final Logger log = LoggerFactory.getLogger(TipRouting.class);

    /** Discord shows five rows of buttons per message: one row per tip. */
    static final int BUNDLE_MAX = 5;

    private record OpenMessage(String deliveryId, Instant leavesAt, int tips) {
    }

    private final OptInLookup optIns;
    private final TipThrottle throttle;
    private final TipLedger ledger;
    private final Duration window;
    private final Clock clock;
    /** The message still waiting to leave, per person; touched on the engine thread only. */
    private final Cache<UserId, OpenMessage> open;
    /** Held messages (quiet hours, daily bundle) already counted against today's cap. */
    private final Cache<String, Boolean> heldCounted;
    private final CoachTelemetry telemetry;

    public TipRouting(OptInLookup optIns, TipThrottle throttle, TipLedger ledger, Duration window, Clock clock,
                      CoachTelemetry telemetry) {
        this.telemetry = telemetry;
        this.optIns = optIns;
        this.throttle = throttle;
        this.ledger = ledger;
        this.window = window;
        this.clock = clock;
        this.open = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(window.plusMinutes(1)).build();
        this.heldCounted = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofDays(2)).build();
    }

    public void route(List<Finding> findings) {
        for (Finding f : findings) {
            if (!f.actionable()) {
                continue;
            }
            Optional<OptIn> consent = optIns.governing(f.user(), f.community());
            if (consent.isEmpty()) {
                continue;
            }
            route(f, consent.get());
        }
    }

    private void route(Finding f, OptIn optIn) {
        Instant now = clock.instant();
        OpenMessage waiting = open.getIfPresent(f.user());
        boolean joins = waiting != null && now.isBefore(waiting.leavesAt()) && waiting.tips() < BUNDLE_MAX;
        TipThrottle.Verdict verdict = throttle.check(f, optIn, joins);
        switch (verdict) {
            case SEND -> {
                if (joins) {
                    ledger.recordPending(f, waiting.deliveryId(), now, waiting.leavesAt());
                    open.put(f.user(), new OpenMessage(waiting.deliveryId(), waiting.leavesAt(), waiting.tips() + 1));
                    throttle.taken(f, optIn, false);
                } else {
                    OpenMessage message = new OpenMessage(UUID.randomUUID().toString(), now.plus(window), 1);
                    ledger.recordPending(f, message.deliveryId(), now, message.leavesAt());
                    open.put(f.user(), message);
                    throttle.taken(f, optIn, true);
                }
            }
            case QUIET -> {
                hold(f, optIn, nextHour(optIn, optIn.quietHours().orElseThrow().untilHour()));
                telemetry.tip(f.rule(), TipOutcome.HELD, "quiet_hours");
            }
            case BUNDLE -> {
                hold(f, optIn, nextHour(optIn, optIn.digestHour()));
                telemetry.tip(f.rule(), TipOutcome.HELD, "daily_bundle");
            }
            default -> {
                log.debug("tip {} held back: {}", f.rule(), verdict);
                telemetry.tip(f.rule(), TipOutcome.THROTTLED, verdict.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    /** Held tips of one person for one moment go as one message; it counts against the cap once. */
    private void hold(Finding f, OptIn optIn, Instant until) {
        String deliveryId = UUID.nameUUIDFromBytes((f.user().value() + '|' + until.toEpochMilli())
                .getBytes(StandardCharsets.UTF_8)).toString();
        ledger.recordPending(f, deliveryId, clock.instant(), until);
        boolean first = heldCounted.asMap().putIfAbsent(deliveryId, Boolean.TRUE) == null;
        throttle.taken(f, optIn, first);
    }

    /** The next time the clock shows {@code hour}:00 in the person's zone. */
    private Instant nextHour(OptIn optIn, int hour) {
        ZonedDateTime now = clock.instant().atZone(optIn.zone());
        ZonedDateTime at = now.toLocalDate().atTime(hour, 0).atZone(optIn.zone());
        if (!at.isAfter(now)) {
            at = at.plusDays(1);
        }
        return at.toInstant();
    }
}
