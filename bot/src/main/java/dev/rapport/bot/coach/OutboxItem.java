package dev.rapport.bot.coach;

import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.WeeklyReport;


/**
 * Something waiting in the {@link TipOutbox} to be sent privately. Tips do not wait here: they wait in the tip ledger,
 * which survives a restart (see {@link TipRouting}).
 */
public sealed interface OutboxItem {

    UserId user();

    /** A weekly digest, drawn when it was queued. */
    record DigestItem(UserId user, DigestView view) implements OutboxItem {
        public WeeklyReport report() {
            return view.report();
        }
    }
}
