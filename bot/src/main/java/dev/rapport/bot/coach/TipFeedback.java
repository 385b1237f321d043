package dev.rapport.bot.coach;

import dev.rapport.bot.storage.ledger.Feedback;
import dev.rapport.bot.storage.ledger.TipLedger;
import dev.rapport.bot.storage.ledger.TipRecord;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.OptIns;
import dev.rapport.rules.model.UserId;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the buttons under a tip do, on every platform: helpful, snooze the rule for 24 hours, mute the rule. Each
 * answer is kept in the tip ledger; snooze and mute change every opt-in of the person on this platform. Blocking
 * (storage): adapters call it off their event threads.
 */
public final class TipFeedback {
    static final String NOT_MINE = "This button is not one of mine.";
    private static final Duration SNOOZE = Duration.ofHours(24);

    private final TipLedger ledger;
    private final OptIns optIns;
    private final OptInLookup lookup;
    private final Clock clock;

    public TipFeedback(TipLedger ledger, OptIns optIns, OptInLookup lookup, Clock clock) {
        this.ledger = ledger;
        this.optIns = optIns;
        this.lookup = lookup;
        this.clock = clock;
    }

    /** Whether {@code args} (after the {@code tip} prefix) has the shape of a feedback button: action and tip id. */
    public static boolean isFeedback(List<String> args) {
        return args.size() == 2;
    }

    /** Records {@code user}'s press of {@code action} on tip {@code tipId}; returns what to tell them. */
    public String answer(UserId user, List<String> args) {
        if (!isFeedback(args)) {
            return NOT_MINE;
        }
        Optional<TipRecord> tip = ledger.find(args.get(1));
        if (tip.isEmpty() || !tip.get().user().equals(user)) {
            return "I no longer have that tip (perhaps you asked me to forget everything).";
        }
        TipRecord record = tip.get();
        switch (args.get(0)) {
            case "helpful" -> {
                ledger.feedback(record.id(), Feedback.HELPFUL);
                return "Thanks, glad it helped!";
            }
            case "snooze" -> {
                ledger.feedback(record.id(), Feedback.SNOOZED);
                for (OptIn o : lookup.all(record.user())) {
                    optIns.update(o.snoozing(record.rule(), clock.instant().plus(SNOOZE)));
                }
                return "No more tips about " + record.rule().id() + " for 24 hours.";
            }
            case "mute" -> {
                ledger.feedback(record.id(), Feedback.MUTED);
                for (OptIn o : lookup.all(record.user())) {
                    optIns.update(o.muting(record.rule()));
                }
                return "Muted: no more tips about " + record.rule().id()
                        + ". Unmute it any time with /coach settings unmute:" + record.rule().id() + ".";
            }
            default -> {
                return NOT_MINE;
            }
        }
    }
}
