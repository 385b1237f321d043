package dev.rapport.bot.coach;

import dev.rapport.bot.storage.ledger.TipHistory;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.QuietHours;
import dev.rapport.bot.storage.optin.TipFrequency;
import dev.rapport.bot.storage.support.TickingClock;
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

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's decisions, one rule at a time, with a clock the test moves. */
class CoachTipThrottleTest {
    private static final UserId ANA = UserId.of("7");
    private static final Instant NOON = Instant.parse("2026-03-04T12:00:00Z");

    private final TickingClock clock = new TickingClock(NOON);
    private final RecordingLedger ledger = new RecordingLedger();
    private final TipThrottle throttle = new TipThrottle(settings(), ledger, clock);
    private final OptIn realtime = OptIn.consent("discord", ANA, CommunityId.of("1"), NOON, ZoneOffset.UTC)
            .withFrequency(TipFrequency.REALTIME);

    private static CoachingSettings settings() {
        return new CoachingSettings(Duration.ofHours(24), 3, 10, Duration.ofMillis(1), Duration.ofMinutes(5),
                Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(1), TipFrequency.REALTIME);
    }

    private static Finding finding(RuleId rule) {
        return new Finding(rule, Severity.MEDIUM, RuleMode.ACT, ANA, CommunityId.of("1"),
                IsoWeek.of(NOON, ZoneOffset.UTC), NOON, Evidence.NONE,
                new Tip("seen", Principle.LINKS_ARE_SEASONING, "next"));
    }

    @Test
    void aSecondTipAboutTheSameRuleWithinTheCooldownIsHeldBackAndAfterItGoes() {
        throttle.taken(finding(RuleId.LINKS_REPEAT), realtime);

        assertThat(throttle.check(finding(RuleId.LINKS_REPEAT), realtime)).isEqualTo(TipThrottle.Verdict.COOLDOWN);
        assertThat(throttle.check(finding(RuleId.LINKS_BURST), realtime)).isEqualTo(TipThrottle.Verdict.SEND);
        clock.advance(Duration.ofHours(25));
        assertThat(throttle.check(finding(RuleId.LINKS_REPEAT), realtime)).isEqualTo(TipThrottle.Verdict.SEND);
    }

    @Test
    void theCooldownSurvivesARestartThroughTheTipLedger() {
        ledger.sent(RuleId.LINKS_REPEAT, NOON.minus(Duration.ofHours(1)));
        TipThrottle afterRestart = new TipThrottle(settings(), ledger, clock);

        assertThat(afterRestart.check(finding(RuleId.LINKS_REPEAT), realtime)).isEqualTo(TipThrottle.Verdict.COOLDOWN);
    }

    @Test
    void afterARestartTheCooldownCountsFromTheRealSendTimeNotFromTheRestart() {
        ledger.sent(RuleId.LINKS_REPEAT, NOON.minus(Duration.ofHours(20)));
        TipThrottle afterRestart = new TipThrottle(settings(), ledger, clock);

        assertThat(afterRestart.check(finding(RuleId.LINKS_REPEAT), realtime)).isEqualTo(TipThrottle.Verdict.COOLDOWN);
        clock.advance(Duration.ofHours(5));
        assertThat(afterRestart.check(finding(RuleId.LINKS_REPEAT), realtime)).isEqualTo(TipThrottle.Verdict.SEND);
    }

    @Test
    void theDailyCapCountsMessagesSoATipJoiningOneOnItsWayIsNotCapped() {
        for (RuleId r : List.of(RuleId.LINKS_REPEAT, RuleId.LINKS_BURST, RuleId.LINKS_DROP)) {
            throttle.taken(finding(r), realtime, r == RuleId.LINKS_REPEAT);
        }

        assertThat(throttle.check(finding(RuleId.PROMO_SELF), realtime)).isEqualTo(TipThrottle.Verdict.SEND);
        throttle.taken(finding(RuleId.PROMO_SELF), realtime, true);
        throttle.taken(finding(RuleId.ONEWAY_ASKS), realtime, true);
        assertThat(throttle.check(finding(RuleId.ONEWAY_UNANSWERED), realtime)).isEqualTo(TipThrottle.Verdict.DAILY_CAP);
        assertThat(throttle.check(finding(RuleId.ONEWAY_UNANSWERED), realtime, true)).isEqualTo(TipThrottle.Verdict.SEND);
    }

    @Test
    void afterARestartTheDailyCapCountsTodaysMessagesFromTheLedger() {
        ledger.sent(RuleId.LINKS_REPEAT, NOON.minus(Duration.ofHours(1)));
        ledger.sent(RuleId.LINKS_BURST, NOON.minus(Duration.ofHours(2)));
        ledger.sent(RuleId.LINKS_DROP, NOON.minus(Duration.ofHours(3)));
        ledger.sent(RuleId.PROMO_SELF, NOON.minus(Duration.ofHours(13)));
        TipThrottle afterRestart = new TipThrottle(settings(), ledger, clock);

        assertThat(afterRestart.check(finding(RuleId.ONEWAY_ASKS), realtime)).isEqualTo(TipThrottle.Verdict.DAILY_CAP);
    }

    @Test
    void theFourthTipOfTheDayIsCapped() {
        for (RuleId r : List.of(RuleId.LINKS_REPEAT, RuleId.LINKS_BURST, RuleId.LINKS_DROP)) {
            throttle.taken(finding(r), realtime);
        }

        assertThat(throttle.check(finding(RuleId.PROMO_SELF), realtime)).isEqualTo(TipThrottle.Verdict.DAILY_CAP);
    }

    @Test
    void quietHoursInThePersonsZoneHoldTheTip() {
        OptIn tokyo = new OptIn("discord", ANA, CommunityId.of("1"), NOON, ZoneId.of("Asia/Tokyo"),
                realtime.digestDay(), 9, Optional.of(new QuietHours(20, 7)), TipFrequency.REALTIME,
                realtime.mutedRules(), realtime.snoozes());

        // 12:00 UTC is 21:00 in Tokyo.
        assertThat(throttle.check(finding(RuleId.LINKS_REPEAT), tokyo)).isEqualTo(TipThrottle.Verdict.QUIET);
    }

    @Test
    void mutedRulesAndWeeklyOnlyPeopleGetNoTipNow() {
        assertThat(throttle.check(finding(RuleId.LINKS_REPEAT), realtime.muting(RuleId.LINKS_REPEAT)))
                .isEqualTo(TipThrottle.Verdict.MUTED);
        assertThat(throttle.check(finding(RuleId.LINKS_REPEAT), realtime.withFrequency(TipFrequency.WEEKLY)))
                .isEqualTo(TipThrottle.Verdict.WEEKLY_ONLY);
        assertThat(throttle.check(finding(RuleId.LINKS_REPEAT), realtime.withFrequency(TipFrequency.DAILY)))
                .isEqualTo(TipThrottle.Verdict.BUNDLE);
    }

    /** Answers from the tips it was told were sent, each at its time (one message each). */
    private static final class RecordingLedger implements TipHistory {
        private record Sent(RuleId rule, Instant at) {
        }

        private final List<Sent> sent = new ArrayList<>();

        void sent(RuleId rule, Instant at) {
            sent.add(new Sent(rule, at));
        }

        @Override
        public Optional<Instant> lastSent(UserId user, RuleId rule) {
            return sent.stream().filter(s -> s.rule() == rule).map(Sent::at).max(Instant::compareTo);
        }

        @Override
        public int deliveriesSince(UserId user, Instant since) {
            return (int) sent.stream().filter(s -> !s.at().isBefore(since)).count();
        }
    }
}
