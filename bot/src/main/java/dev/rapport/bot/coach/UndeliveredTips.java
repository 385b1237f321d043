package dev.rapport.bot.coach;

import dev.rapport.bot.storage.ledger.DeliveryChannel;
import dev.rapport.bot.storage.ledger.TipLedger;
import dev.rapport.bot.storage.ledger.TipRecord;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.UserId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Tips that could not be sent because the person's DMs are closed. They are marked {@link DeliveryChannel#WAITING}
 * in the tip ledger, so they survive a restart, and are shown privately (ephemerally) the next time the person runs
 * a coach command; then the ledger says {@link DeliveryChannel#EPHEMERAL}. The ledger keeps no tip wording: a
 * waiting tip is matched again with the engine's finding (same rule, week and evidence). The newest few per person
 * are shown; older ones stay in the ledger as they are.
 */
public final class UndeliveredTips {
    static final int PER_PERSON = 5;

    private final TipLedger ledger;
    private final Function<UserId, List<Finding>> findings;

    /** @param findings the person's findings as the engine keeps them (their tips' wording) */
    public UndeliveredTips(TipLedger ledger, Function<UserId, List<Finding>> findings) {
        this.ledger = ledger;
        this.findings = findings;
    }

    public void keep(TipView tip) {
        ledger.deliveredBy(tip.tipId(), DeliveryChannel.WAITING);
    }

    /** Hands out the person's waiting tips, oldest first, and records them as shown. */
    public List<TipView> take(UserId user) {
        List<TipRecord> waiting = waiting(user);
        if (waiting.isEmpty()) return List.of();
        List<Finding> known = findings.apply(user);
        List<TipView> views = new ArrayList<>(waiting.size());
        for (TipRecord r : waiting.subList(Math.max(0, waiting.size() - PER_PERSON), waiting.size())) {
            match(r, known).ifPresent(f -> views.add(new TipView(r.id(), f)));
        }
        for (TipRecord r : waiting) ledger.deliveredBy(r.id(), DeliveryChannel.EPHEMERAL);
        return views;
    }

    private List<TipRecord> waiting(UserId user) {
        return ledger.ofUser(user).stream().filter(r -> r.channel() == DeliveryChannel.WAITING).toList();
    }

    private static Optional<Finding> match(TipRecord r, List<Finding> known) {
        return known.stream()
                .filter(f -> f.rule() == r.rule() && f.week().equals(r.week())
                        && r.evidence().map(e -> e.equals(f.evidence())).orElse(true))
                .findFirst();
    }
}
