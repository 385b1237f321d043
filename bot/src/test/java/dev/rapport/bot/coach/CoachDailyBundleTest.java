package dev.rapport.bot.coach;

import dev.rapport.bot.config.ConfigLoader;
import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.StorageFactory;
import dev.rapport.bot.storage.config.StorageConfigReader;
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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import dev.rapport.bot.storage.ledger.TipRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** People who chose a daily bundle get their day's tips together, at their digest hour, as one message. */
class CoachDailyBundleTest {
    private static final UserId ANA = UserId.of("7");
    private static final CommunityId GUILD = CommunityId.of("1");
    private static final Instant NOON = Instant.parse("2026-03-04T12:00:00Z");

    @TempDir
    Path dir;
    private final TickingClock clock = new TickingClock(NOON);
    private Storage storage;
    private TipRouting routing;
    private TipSender sender;
    private final RecordingPlatform platform = new RecordingPlatform();

    @BeforeEach
    void open() {
        var config = new ConfigLoader(RuleCatalogue.standard())
                .parse("rapport.storage.data-dir = \"%s\"".formatted(dir.toString().replace("\\", "/")), "test.conf");
        storage = new StorageFactory(new StorageConfigReader(), new SecureRandom(), clock).open(config);
        CoachingSettings settings = new CoachingSettings(Duration.ofHours(24), 3, 10, Duration.ofMillis(1),
                Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(1),
                TipFrequency.DAILY);
        routing = new TipRouting(new OptInLookup(storage.optIns(), "discord"),
                new TipThrottle(settings, storage.tips(), clock), storage.tips(), Duration.ofSeconds(10), clock,
                CoachTelemetry.ignored());
        sender = new TipSender(new TipOutbox(10), storage.tips(), storage.digests(), "test", community -> true, platform,
                user -> List.of(finding(RuleId.LINKS_REPEAT), finding(RuleId.ONEWAY_ASKS)), settings, clock,
                CoachTelemetry.ignored());
        storage.optIns().save(OptIn.consent("discord", ANA, GUILD, NOON.minus(Duration.ofDays(3)), ZoneOffset.UTC)
                .withFrequency(TipFrequency.DAILY).withDigest(DayOfWeek.MONDAY, 18));
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private static Finding finding(RuleId rule) {
        return new Finding(rule, Severity.MEDIUM, RuleMode.ACT, ANA, GUILD, IsoWeek.of(NOON, ZoneOffset.UTC), NOON,
                Evidence.NONE, new Tip("seen", Principle.LINKS_ARE_SEASONING, "next"));
    }

    @Test
    void theDaysTipsWaitForTheDigestHourAndLeaveAsOneBundle() {
        routing.route(List.of(finding(RuleId.LINKS_REPEAT), finding(RuleId.ONEWAY_ASKS)));
        sender.run();
        assertThat(platform.sent).as("nothing before 18:00").isEmpty();

        clock.moveTo(NOON.plus(Duration.ofHours(6)));
        sender.run();
        sender.run();

        assertThat(platform.sent).singleElement().satisfies(message -> assertThat(message.tips())
                .extracting(v -> v.finding().rule()).containsExactlyInAnyOrder(RuleId.LINKS_REPEAT, RuleId.ONEWAY_ASKS));
        assertThat(storage.tips().ofUser(ANA)).extracting(TipRecord::channel)
                .containsOnly(dev.rapport.bot.storage.ledger.DeliveryChannel.DM);
    }
}
