package dev.rapport.bot.coach;

import dev.rapport.bot.config.ConfigLoader;
import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.StorageFactory;
import dev.rapport.bot.storage.config.StorageConfigReader;
import dev.rapport.bot.storage.ledger.DeliveryChannel;
import dev.rapport.bot.storage.ledger.TipRecord;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.TipFrequency;
import dev.rapport.bot.storage.support.TickingClock;
import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.Principle;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleMode;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two processes share one tip ledger, and each one's tip sender reads all of it, but only the process that owns a
 * community (its shard) keeps that community's findings in memory, which a tip's words come from. The order in which
 * the two senders look is chance; these tests fix the unlucky one: the process that does not own the tip looks first.
 */
class TipsOfTwoProcessesTest {
    private static final UserId ANA = UserId.of("7");
    private static final CommunityId GARDEN = CommunityId.of("1");
    private static final CommunityId MAKERS = CommunityId.of("4194304");
    private static final Instant NOON = Instant.parse("2026-03-04T12:00:00Z");

    @TempDir
    Path dir;
    private final TickingClock clock = new TickingClock(NOON);
    private Storage storage;
    private CoachingSettings settings;
    private final RecordingPlatform platformOfA = new RecordingPlatform();
    private final RecordingPlatform platformOfB = new RecordingPlatform();

    @BeforeEach
    void open() {
        var config = new ConfigLoader(RuleCatalogue.standard())
                .parse("rapport.storage.data-dir = \"%s\"".formatted(dir.toString().replace("\\", "/")), "test.conf");
        storage = new StorageFactory(new StorageConfigReader(), new SecureRandom(), clock).open(config);
        settings = new CoachingSettings(Duration.ofHours(24), 3, 10, Duration.ofMillis(1), Duration.ofMinutes(5),
                Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(1), TipFrequency.REALTIME);
        for (CommunityId c : List.of(GARDEN, MAKERS)) {
            storage.optIns().save(OptIn.consent("discord", ANA, c, NOON.minus(Duration.ofDays(3)), ZoneOffset.UTC)
                    .withFrequency(TipFrequency.REALTIME));
        }
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private static Finding finding(RuleId rule, CommunityId community) {
        return new Finding(rule, Severity.MEDIUM, RuleMode.ACT, ANA, community, IsoWeek.of(NOON, ZoneOffset.UTC), NOON,
                Evidence.NONE, new Tip("seen", Principle.LINKS_ARE_SEASONING, "next"));
    }

    /** The routing of the process that owns {@code community} (each process has its own). */
    private TipRouting routing() {
        return new TipRouting(new OptInLookup(storage.optIns(), "discord"),
                new TipThrottle(settings, storage.tips(), clock), storage.tips(), Duration.ofSeconds(10), clock,
                CoachTelemetry.ignored());
    }

    /** The sender of the process that owns {@code owned} and whose engine knows {@code known} of Ana. */
    private TipSender sender(CommunityId owned, RecordingPlatform platform, List<Finding> known) {
        return new TipSender(new TipOutbox(10), storage.tips(), storage.digests(), "process-" + owned,
                owned::equals, platform, user -> known, settings, clock, CoachTelemetry.ignored());
    }

    @Test
    void aTipFoundByTheOtherProcessIsLeftToItNotDroppedWhenThisOnesSenderLooksFirst() {
        Finding links = finding(RuleId.LINKS_REPEAT, MAKERS);
        TipSender a = sender(GARDEN, platformOfA, List.of());
        TipSender b = sender(MAKERS, platformOfB, List.of(links));
        routing().route(List.of(links));
        clock.moveTo(NOON.plus(Duration.ofSeconds(11)));

        a.run();

        assertThat(platformOfA.sent).isEmpty();
        assertThat(storage.tips().ofUser(ANA)).extracting(TipRecord::channel)
                .as("still waiting for the process that knows its words").containsExactly(DeliveryChannel.PENDING);

        b.run();

        assertThat(platformOfB.sent).singleElement().satisfies(m -> assertThat(m.tips())
                .extracting(v -> v.finding().rule()).containsExactly(RuleId.LINKS_REPEAT));
        assertThat(storage.tips().ofUser(ANA)).extracting(TipRecord::channel).containsExactly(DeliveryChannel.DM);
    }

    @Test
    void aProcessSendsItsOwnTipWhileTheOthersWaitsAheadOfItInTheLedger() {
        Finding links = finding(RuleId.LINKS_REPEAT, MAKERS);
        Finding asks = finding(RuleId.ONEWAY_ASKS, GARDEN);
        routing().route(List.of(links));
        clock.moveTo(NOON.plus(Duration.ofSeconds(20)));
        routing().route(List.of(asks));
        clock.moveTo(NOON.plus(Duration.ofSeconds(40)));

        sender(GARDEN, platformOfA, List.of(asks)).run();

        assertThat(platformOfA.sent).singleElement().satisfies(m -> assertThat(m.tips())
                .extracting(v -> v.finding().rule()).containsExactly(RuleId.ONEWAY_ASKS));
    }

    @Test
    void aTipOfItsOwnCommunityWhoseFindingIsGoneIsStillDroppedByTheProcessThatOwnsIt() {
        routing().route(List.of(finding(RuleId.LINKS_REPEAT, MAKERS)));
        clock.moveTo(NOON.plus(Duration.ofSeconds(11)));

        sender(MAKERS, platformOfB, List.of()).run();

        assertThat(platformOfB.sent).isEmpty();
        assertThat(storage.tips().ofUser(ANA)).extracting(TipRecord::channel)
                .containsExactly(DeliveryChannel.DROPPED);
    }
}
