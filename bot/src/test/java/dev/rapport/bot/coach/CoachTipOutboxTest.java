package dev.rapport.bot.coach;

import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeekTally;
import dev.rapport.rules.stats.WeeklyReport;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The digest outbox is bounded: the oldest digest makes room and is counted. */
class CoachTipOutboxTest {
    private static final Instant NOW = Instant.parse("2026-03-04T12:00:00Z");

    private static OutboxItem.DigestItem digest(String user) {
        UserId id = UserId.of(user);
        WeekTally tally = new WeekTally(IsoWeek.of(NOW, ZoneOffset.UTC));
        // The queue looks at whose digest it is only: no score card or chart is needed here.
        return new OutboxItem.DigestItem(id, new DigestView(WeeklyReport.of(id, tally, null), null, null));
    }

    @Test
    void aFullOutboxDropsTheOldestDigestAndCountsIt() {
        TipOutbox outbox = new TipOutbox(2);
        outbox.offer(digest("1"));
        outbox.offer(digest("2"));

        outbox.offer(digest("3"));

        assertThat(outbox.size()).isEqualTo(2);
        assertThat(outbox.dropped()).isEqualTo(1);
        assertThat(outbox.poll().orElseThrow().user()).isEqualTo(UserId.of("2"));
        assertThat(outbox.poll().orElseThrow().user()).isEqualTo(UserId.of("3"));
        assertThat(outbox.poll()).isEmpty();
    }
}
