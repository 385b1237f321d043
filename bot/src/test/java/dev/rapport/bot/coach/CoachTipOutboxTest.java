package dev.rapport.bot.coach;

import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.Principle;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleMode;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class CoachTipOutboxTest {
    private static final Instant NOW = Instant.parse("2026-03-04T12:00:00Z");

    private static OutboxItem.TipItem tip(String user, boolean realtime) {
        Finding f = new Finding(RuleId.LINKS_REPEAT, Severity.MEDIUM, RuleMode.ACT, UserId.of(user), CommunityId.of("1"),
                IsoWeek.of(NOW, ZoneOffset.UTC), NOW, Evidence.NONE, new Tip("seen", Principle.LINKS_ARE_SEASONING, "next"));
        return new OutboxItem.TipItem(f, realtime);
    }

    @Test
    void aFullOutboxDropsTheOldestRealtimeTipFirstAndCountsIt() {
        TipOutbox outbox = new TipOutbox(3);
        OutboxItem bundle = tip("1", false);
        OutboxItem oldest = tip("2", true);
        outbox.offer(bundle);
        outbox.offer(oldest);
        outbox.offer(tip("3", true));

        outbox.offer(tip("4", true));

        assertThat(outbox.size()).isEqualTo(3);
        assertThat(outbox.dropped()).isEqualTo(1);
        assertThat(outbox.poll()).contains(bundle);
        assertThat(outbox.poll().orElseThrow().user()).isEqualTo(UserId.of("3"));
    }

    @Test
    void aRealtimeTipIsRefusedWhenOnlyBundlesAreQueued() {
        TipOutbox outbox = new TipOutbox(1);
        outbox.offer(tip("1", false));

        assertThat(outbox.offer(tip("2", true))).isFalse();
        assertThat(outbox.dropped()).isEqualTo(1);
        assertThat(outbox.poll().orElseThrow().user()).isEqualTo(UserId.of("1"));
    }
}
