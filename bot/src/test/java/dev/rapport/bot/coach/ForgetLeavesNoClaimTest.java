package dev.rapport.bot.coach;

import dev.rapport.bot.config.ConfigLoader;
import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.StorageFactory;
import dev.rapport.bot.storage.config.StorageConfigReader;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.support.TickingClock;
import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.promo.PromoVerdict;
import dev.rapport.rules.rule.RuleCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A forget through the coach (a DM or /coach forget) leaves no pseudonym claim keyed to the person, also when this
 * process's engine never met them (with several processes: they chat only in another process's guilds, and the DM
 * that asks to forget arrives here).
 */
class ForgetLeavesNoClaimTest {
    private static final UserId ANA = UserId.of("7");
    private static final CommunityId GUILD = CommunityId.of("4194304");
    private static final Instant NOON = Instant.parse("2026-03-04T12:00:00Z");

    @TempDir
    Path dir;
    private final TickingClock clock = new TickingClock(NOON);
    private Storage storage;
    private CoachService coach;

    @BeforeEach
    void open() {
        var config = new ConfigLoader(RuleCatalogue.standard())
                .parse("rapport.storage.data-dir = \"%s\"".formatted(dir.toString().replace("\\", "/")), "test.conf");
        storage = new StorageFactory(new StorageConfigReader(), new SecureRandom(), clock).open(config);
        OptInLookup optIns = new OptInLookup(storage.optIns(), "discord");
        CoachSettings settings = CoachSettings.defaults(RuleCatalogue.standard().rules());
        CoachEngine engine = CoachEngine.builder().rules(RuleCatalogue.standard().rules()).settings(settings)
                .enrollment(optIns).promoDetector(text -> PromoVerdict.NONE).pseudonyms(storage.pseudonyms())
                .clock(clock).build();
        CoachingSettings coaching = new CoachingSettings(Duration.ofHours(24), 3, 10, Duration.ofMillis(1),
                Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(1),
                dev.rapport.bot.storage.optin.TipFrequency.REALTIME);
        TipRouting routing = new TipRouting(optIns, new TipThrottle(coaching, storage.tips(), clock), storage.tips(),
                Duration.ofSeconds(10), clock, CoachTelemetry.ignored());
        coach = new CoachService(engine, settings, optIns, storage.engineState(), storage.personalData(), routing,
                CoachTelemetry.ignored(), community -> !community.equals(GUILD));
        storage.optIns().save(OptIn.consent("discord", ANA, GUILD, NOON.minus(Duration.ofDays(1)), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        coach.close();
        storage.close();
    }

    @Test
    void forgettingSomeoneThisProcesssEngineNeverMetLeavesNoClaimKeyedToThem() throws Exception {
        coach.forget(ANA).join();

        String digest = HexFormat.of().formatHex(storage.pseudonyms().digest(ANA));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rapport.db"));
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM pseudonym_claim WHERE digest = ?")) {
            s.setString(1, digest);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertThat(r.getInt(1)).as("claims keyed to the forgotten person").isZero();
            }
        }
    }
}
