package dev.rapport.bot.coach;

import dev.rapport.bot.storage.ledger.DeliveryChannel;
import dev.rapport.bot.storage.ledger.DigestLedger;
import dev.rapport.bot.storage.ledger.PendingTip;
import dev.rapport.bot.storage.ledger.TipLedger;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Sends one private message per run, so sends are spread over time: a weekly digest from the outbox if one waits,
 * otherwise the next tips due in the tip ledger (which is the persisted outbox: tips are entered there as pending
 * before they are sent). Delivery is at-least-once: a tip is marked sent only after Discord took it; closed DMs make
 * it wait for the person's next command; any other failure is tried again with a doubling backoff, with the same
 * idempotency key (so a retry after a timeout that did reach Discord is not shown twice), and after the last attempt
 * the tip waits for the next command too. A digest is marked sent once it went, or given back to be claimed again.
 */
public final class TipSender implements Routine {
    private static final Logger log = LoggerFactory.getLogger(TipSender.class);
    private static final long SEND_TIMEOUT_SECONDS = 60;
    /** Discord's nonce: at most 25 characters. */
    private static final int KEY_LENGTH = 25;
    /**
     * Due tips read per run. Other processes' due tips are read too and skipped, so this is more than one message's
     * worth: only a backlog this large of processes that are all down could hold this process's own tips back.
     */
    private static final int SCAN = 500;

    private final TipOutbox outbox;
    private final TipLedger ledger;
    private final DigestLedger digests;
    private final String processId;
    private final Predicate<CommunityId> ownsCommunity;
    private final ChatPlatform platform;
    private final Function<UserId, List<Finding>> findings;
    private final CoachingSettings settings;
    private final Clock clock;
    private final CoachTelemetry telemetry;

    /**
     * @param ownsCommunity the communities whose findings this process's engine keeps (those of its shards): it sends
     *                      only their tips, and leaves the others' to the process that knows their findings
     * @param findings      the person's findings as the engine keeps them (a pending tip's wording)
     */
    public TipSender(TipOutbox outbox, TipLedger ledger, DigestLedger digests, String processId,
                     Predicate<CommunityId> ownsCommunity, ChatPlatform platform,
                     Function<UserId, List<Finding>> findings, CoachingSettings settings, Clock clock,
                     CoachTelemetry telemetry) {
        this.ownsCommunity = ownsCommunity;
        this.telemetry = telemetry;
        this.outbox = outbox;
        this.ledger = ledger;
        this.digests = digests;
        this.processId = processId;
        this.platform = platform;
        this.findings = findings;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "tip sender";
    }

    @Override
    public Duration interval() {
        return settings.sendInterval();
    }

    @Override
    public void run() {
        Optional<OutboxItem> next = outbox.poll();
        if (next.isPresent() && next.get() instanceof OutboxItem.DigestItem digest) {
            send(digest);
            return;
        }
        // Every process reads the one ledger, but only the one that owns a tip's community has its finding: any other
        // would find it "gone" and drop it, a tip lost whenever its sender looked first. A held message may even mix
        // two processes' tips (one moment, one person): each sends its own part.
        List<PendingTip> due = ledger.due(clock.instant(), SCAN).stream()
                .filter(p -> p.community().map(ownsCommunity::test).orElse(true)).toList();
        if (due.isEmpty()) {
            return;
        }
        String delivery = due.get(0).deliveryId();
        List<PendingTip> message = due.stream().filter(p -> p.deliveryId().equals(delivery))
                .limit(TipRouting.BUNDLE_MAX).toList();
        send(message);
    }

    private void send(OutboxItem.DigestItem digest) {
        Delivery d = await(() -> platform.sendDigest(digest.user(), digest.view()).get(SEND_TIMEOUT_SECONDS,
                TimeUnit.SECONDS), "a weekly digest");
        if (d == Delivery.FAILED) {
            // Given back: the next run of the digest routine claims it again and it goes out later.
            digests.release(digest.user(), digest.report().week(), processId);
        } else {
            if (d == Delivery.DMS_CLOSED) {
                log.info("a weekly digest was not delivered: the person's DMs are closed");
            }
            digests.markSent(digest.user(), digest.report().week(), clock.instant());
        }
    }

    private void send(List<PendingTip> message) {
        UserId user = message.get(0).tip().user();
        List<Finding> known = findings.apply(user);
        List<TipView> views = new ArrayList<>();
        for (PendingTip p : message) {
            Optional<Finding> f = known.stream().filter(k -> k.rule() == p.tip().rule() && k.week().equals(p.tip().week())
                    && p.tip().evidence().map(e -> e.equals(k.evidence())).orElse(true)).findFirst();
            if (f.isPresent()) {
                views.add(new TipView(p.tip().id(), f.get()));
            } else {
                // The engine no longer knows it (the person was forgotten, or it aged out): nothing true to say.
                ledger.markSent(p.tip().id(), clock.instant(), DeliveryChannel.DROPPED);
                telemetry.tip(p.tip().rule(), TipOutcome.FAILED, "finding_gone");
            }
        }
        if (views.isEmpty()) {
            return;
        }
        // The most important first; the others become its "also" lines.
        views.sort(Comparator.comparing((TipView v) -> v.finding().severity()).reversed());
        String key = idempotencyKey(views);
        Delivery d = await(() -> platform.sendTips(user, views, key).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS),
                "a tip");
        Instant now = clock.instant();
        int attempts = message.get(0).attempts() + 1;
        for (TipView v : views) {
            switch (d) {
                case DELIVERED -> {
                    ledger.markSent(v.tipId(), now, DeliveryChannel.DM);
                    telemetry.tip(v.finding().rule(), TipOutcome.SENT, "dm");
                }
                case DMS_CLOSED -> {
                    ledger.markSent(v.tipId(), now, DeliveryChannel.WAITING);
                    telemetry.tip(v.finding().rule(), TipOutcome.HELD, "dms_closed");
                }
                default -> {
                    if (attempts >= settings.sendAttempts()) {
                        ledger.markSent(v.tipId(), now, DeliveryChannel.WAITING);
                        telemetry.tip(v.finding().rule(), TipOutcome.HELD, "send_failed");
                    } else {
                        ledger.retryAt(v.tipId(), now.plus(settings.retryBackoff().multipliedBy(1L << Math.min(attempts - 1, 16))));
                        telemetry.tip(v.finding().rule(), TipOutcome.FAILED, "platform");
                    }
                }
            }
        }
        if (d == Delivery.FAILED && attempts >= settings.sendAttempts()) {
            log.warn("a tip could not be sent after {} attempts; it waits for the person's next command", attempts);
        }
    }

    private interface Send {
        Delivery call() throws Exception;
    }

    private static Delivery await(Send send, String what) {
        try {
            return send.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.FAILED;
        } catch (Exception e) {
            log.warn("sending {} failed (it is tried again later)", what, e);
            return Delivery.FAILED;
        }
    }

    /** The same tips give the same key, so every attempt at one message carries one key. */
    static String idempotencyKey(List<TipView> views) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            views.stream().map(TipView::tipId).sorted().forEach(id -> sha.update(id.getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest()).substring(0, KEY_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
