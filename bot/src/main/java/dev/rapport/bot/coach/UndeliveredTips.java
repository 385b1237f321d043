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

    /**
     * The person's waiting tips that can be shown (their finding is still known), oldest first, the newest
     * {@value #PER_PERSON} at most. Nothing is marked: each is recorded as shown by {@link #shown} once it was
     * displayed, so a tip that could not be matched or shown keeps waiting.
     */
    public List<TipView> take(UserId user) {
        List<TipRecord> waiting = waiting(user);
        if (waiting.isEmpty()) {
            return List.of();
        }
        List<Finding> known = findings.apply(user);
        List<TipView> views = new ArrayList<>(waiting.size());
        for (TipRecord r : waiting) {
            match(r, known).ifPresent(f -> views.add(new TipView(r.id(), f)));
        }
        return List.copyOf(views.subList(Math.max(0, views.size() - PER_PERSON), views.size()));
    }

    /** The tip was displayed to the person (privately, in reply to a command). */
    public void shown(TipView tip) {
        ledger.deliveredBy(tip.tipId(), DeliveryChannel.EPHEMERAL);
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
