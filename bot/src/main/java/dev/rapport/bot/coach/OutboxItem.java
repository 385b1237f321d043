package dev.rapport.bot.coach;

import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.WeeklyReport;

import java.util.List;

/** Something waiting in the {@link TipOutbox} to be sent privately. */
public sealed interface OutboxItem {

    UserId user();

    /** A tip; {@code realtime} ones are the first dropped when the outbox overflows. */
    record TipItem(Finding finding, boolean realtime) implements OutboxItem {
        @Override
        public UserId user() {
            return finding.user();
        }
    }

    /** Tips held for the person's daily bundle (or the end of their quiet hours), sent as one message. */
    record BundleItem(UserId user, List<Finding> findings) implements OutboxItem {
        public BundleItem {
            findings = List.copyOf(findings);
        }
    }

    /** A weekly digest, drawn when it was queued. */
    record DigestItem(UserId user, DigestView view) implements OutboxItem {
        public WeeklyReport report() {
            return view.report();
        }
    }
}
