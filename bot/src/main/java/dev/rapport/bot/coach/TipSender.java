package dev.rapport.bot.coach;

import dev.rapport.bot.storage.ledger.DeliveryChannel;
import dev.rapport.bot.storage.ledger.TipLedger;
import dev.rapport.bot.storage.ledger.TipRecord;
import dev.rapport.rules.finding.Finding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Sends one outbox item per run, so sends are spread over time. A tip is entered in the ledger first (its id goes on
 * the feedback buttons); if the person's DMs are closed it waits to be shown on their next coach command.
 */
public final class TipSender implements Routine {
    private static final Logger log = LoggerFactory.getLogger(TipSender.class);
    private static final long SEND_TIMEOUT_SECONDS = 60;

    private final TipOutbox outbox;
    private final TipLedger ledger;
    private final ChatPlatform platform;
    private final UndeliveredTips undelivered;
    private final Duration interval;
    private final Clock clock;
    private final CoachTelemetry telemetry;

    public TipSender(TipOutbox outbox, TipLedger ledger, ChatPlatform platform, UndeliveredTips undelivered,
                     Duration interval, Clock clock, CoachTelemetry telemetry) {
        this.outbox = outbox;
        this.ledger = ledger;
        this.platform = platform;
        this.undelivered = undelivered;
        this.interval = interval;
        this.clock = clock;
        this.telemetry = telemetry;
    }

    @Override
    public String name() {
        return "tip sender";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        Optional<OutboxItem> next = outbox.poll();
        if (next.isEmpty()) return;
        OutboxItem item = next.get();
        try {
            if (item instanceof OutboxItem.TipItem tip) send(tip);
            else if (item instanceof OutboxItem.BundleItem bundle) send(bundle);
            else if (item instanceof OutboxItem.DigestItem digest) {
                Delivery d = platform.sendDigest(digest.user(), digest.view()).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (d != Delivery.DELIVERED) log.info("weekly digest not delivered: {}", d);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("sending a private message failed: {}", e.toString());
            for (Finding f : findingsOf(item)) telemetry.tip(f.rule(), TipOutcome.FAILED, "error");
        }
    }

    private static List<Finding> findingsOf(OutboxItem item) {
        if (item instanceof OutboxItem.TipItem tip) return List.of(tip.finding());
        if (item instanceof OutboxItem.BundleItem bundle) return bundle.findings();
        return List.of();
    }

    private void counted(Finding f, Delivery d) {
        switch (d) {
            case DELIVERED -> telemetry.tip(f.rule(), TipOutcome.SENT, "dm");
            case DMS_CLOSED -> telemetry.tip(f.rule(), TipOutcome.HELD, "dms_closed");
            default -> telemetry.tip(f.rule(), TipOutcome.FAILED, "platform");
        }
    }

    private void send(OutboxItem.TipItem tip) throws Exception {
        TipRecord record = ledger.recordSent(tip.finding(), clock.instant(), DeliveryChannel.DM);
        TipView view = new TipView(record.id(), tip.finding());
        Delivery d = platform.sendTip(tip.user(), view).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (d == Delivery.DMS_CLOSED) undelivered.keep(view);
        counted(tip.finding(), d);
    }

    private void send(OutboxItem.BundleItem bundle) throws Exception {
        List<TipView> views = new ArrayList<>(bundle.findings().size());
        for (Finding f : bundle.findings()) {
            TipRecord record = ledger.recordSent(f, clock.instant(), DeliveryChannel.DM);
            views.add(new TipView(record.id(), f));
        }
        Delivery d = platform.sendBundle(bundle.user(), views).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (d == Delivery.DMS_CLOSED) views.forEach(undelivered::keep);
        for (Finding f : bundle.findings()) counted(f, d);
    }
}
