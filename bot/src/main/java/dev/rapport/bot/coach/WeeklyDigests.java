package dev.rapport.bot.coach;

import dev.rapport.bot.storage.ledger.DigestLedger;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.OptIns;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Sends each coached person the previous ISO week's report once their digest day and hour have come (in their zone):
 * one digest per person and week, combining every community they are coached in, made from storage (where each
 * process keeps the communities of its own shards). Each digest is claimed in the digest ledger first, so exactly one process sends it however many share the
 * database and however often this runs. Digests go through the outbox, which spreads them out; one whose send
 * fails is given back and claimed again, and a claim never sent is taken over after an hour.
 */
public final class WeeklyDigests implements Routine {
    private static final Logger log = LoggerFactory.getLogger(WeeklyDigests.class);
    public static final String NAME = "weekly digests";
    /** A claim this old without a send is abandoned: far longer than any outbox wait, short enough for a digest. */
    static final Duration STALE_CLAIM = Duration.ofHours(1);

    private final OptIns optIns;
    private final String platform;
    private final DigestLedger ledger;
    private final DigestViews views;
    private final TipOutbox outbox;
    private final String processId;
    private final Duration interval;
    private final Clock clock;
    private final CoachTelemetry telemetry;

    public WeeklyDigests(OptIns optIns, String platform, DigestLedger ledger, DigestViews views, TipOutbox outbox,
                         String processId, Duration interval, Clock clock, CoachTelemetry telemetry) {
        this.optIns = optIns;
        this.platform = platform;
        this.ledger = ledger;
        this.views = views;
        this.outbox = outbox;
        this.processId = processId;
        this.interval = interval;
        this.clock = clock;
        this.telemetry = telemetry;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        Instant now = clock.instant();
        Instant staleBefore = now.minus(STALE_CLAIM);
        // The week's sent and live claims, read once per week a run meets (people in far-apart zones can be due for
        // different weeks): after digest day this routine keeps running all week, and most people are settled.
        Map<IsoWeek, Set<UserId>> settled = new HashMap<>();
        int queued = 0;
        for (OptIn governing : earliestConsents().values()) {
            if (!due(governing, now)) {
                continue;
            }
            IsoWeek week = IsoWeek.of(now, governing.zone()).previous();
            UserId user = governing.user();
            if (settled.computeIfAbsent(week, w -> ledger.settled(w, staleBefore)).contains(user)) {
                continue;
            }
            // Claimed but never sent (the process died, or this one restarted and lost its outbox) for too long:
            // take it over, so the digest is late rather than lost.
            boolean claimed = ledger.claimedBy(user, week).isPresent();
            boolean takenOver = claimed && ledger.takeOverStale(user, week, processId, staleBefore);
            if (claimed && !takenOver) {
                continue;
            }
            Optional<DigestView> report = viewOf(user, week);
            // Nothing known about that week: nothing to send, and the claim stays free should the week fill in.
            if (report.isEmpty()) {
                if (takenOver) {
                    ledger.release(user, week, processId);
                }
                continue;
            }
            // A community whose week has not closed in storage yet (the process that owns it saves every few
            // seconds) would be missing its weekly tips: wait for it, but not past the point where a late digest is
            // worse than one without them (its process may be down).
            if (!report.get().complete() && now.isBefore(moment(governing, now).plus(STALE_CLAIM))) {
                if (takenOver) {
                    ledger.release(user, week, processId);
                }
                continue;
            }
            if (!takenOver && !ledger.claim(user, week, processId)) {
                continue;
            }
            outbox.offer(new OutboxItem.DigestItem(user, report.get()));
            telemetry.digestQueued(Duration.between(moment(governing, now), now));
            queued++;
        }
        if (queued > 0) {
            log.info("queued {} weekly digests", queued);
        }
    }

    /**
     * Whether this week's digest moment (the digest day and hour of the current ISO week, in the person's zone) has
     * passed, and the person had consented before it.
     */
    static boolean due(OptIn optIn, Instant now) {
        Instant moment = moment(optIn, now);
        return !now.isBefore(moment) && optIn.consentAt().isBefore(moment);
    }

    /** This ISO week's digest moment in the person's zone: their digest day at their digest hour. */
    private static Instant moment(OptIn optIn, Instant now) {
        ZonedDateTime local = now.atZone(optIn.zone());
        return local.toLocalDate().with(ChronoField.DAY_OF_WEEK, optIn.digestDay().getValue())
                .atTime(optIn.digestHour(), 0).atZone(optIn.zone()).toInstant();
    }

    /** One consent per person: the earliest sets their digest time (as it sets their zone). */
    private Map<UserId, OptIn> earliestConsents() {
        Map<UserId, OptIn> first = new LinkedHashMap<>();
        for (OptIn o : optIns.all()) {
            if (!o.platform().equals(platform)) {
                continue;
            }
            first.merge(o.user(), o, (a, b) -> a.consentAt().isAfter(b.consentAt()) ? b : a);
        }
        return first;
    }

    private Optional<DigestView> viewOf(UserId user, IsoWeek week) {
        try {
            return views.of(user, week).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            log.warn("the report for a digest could not be made", e);
            return Optional.empty();
        }
    }
}
