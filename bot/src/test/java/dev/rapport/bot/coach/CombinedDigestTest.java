package dev.rapport.bot.coach;

import dev.rapport.bot.config.ConfigLoader;
import dev.rapport.bot.digest.ScoreChart;
import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.StorageFactory;
import dev.rapport.bot.storage.ledger.DigestLedger;
import dev.rapport.bot.storage.config.StorageConfigReader;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.TipFrequency;
import dev.rapport.bot.storage.support.TickingClock;
import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.RuleCatalogue;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One weekly digest per person and week, made from storage and combining their communities, whichever of two
 * processes (each owning one community, sharing one database) makes it: one section per community under the name
 * the bot knows it by, claimed once, and not sent before every community's week has closed.
 */
class CombinedDigestTest {
    private static final UserId ANA = UserId.of("7");
    private static final CommunityId GARDEN = CommunityId.of("1");
    /** (4194304 >> 22) % 2 == 1: on the other process's shard. */
    private static final CommunityId MAKERS = CommunityId.of("4194304");
    private static final Instant TUESDAY = Instant.parse("2026-03-03T12:00:00Z");
    private static final IsoWeek WEEK = IsoWeek.of(TUESDAY, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final TickingClock clock = new TickingClock(TUESDAY);
    private Storage storage;
    private Process a;
    private Process b;

    /** What one bot process holds of its own: an engine for its communities, its outbox and digest routine. */
    private final class Process implements AutoCloseable {
        final CoachService coach;
        final TipOutbox outbox = new TipOutbox(10);
        final WeeklyDigests digests;

        Process(String id, Predicate<CommunityId> owns) {
            OptInLookup optIns = new OptInLookup(storage.optIns(), "discord");
            CoachSettings settings = CoachSettings.defaults(RuleCatalogue.standard().rules());
            CoachEngine engine = CoachEngine.builder().rules(RuleCatalogue.standard().rules()).settings(settings)
                    .enrollment(optIns).promoDetector(new SelfPromotionDetector()).pseudonyms(storage.pseudonyms())
                    .clock(clock).build();
            CoachingSettings coaching = new CoachingSettings(Duration.ofHours(24), 3, 10, Duration.ofMillis(1),
                    Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(1),
                    TipFrequency.REALTIME);
            TipRouting routing = new TipRouting(optIns, new TipThrottle(coaching, storage.tips(), clock), storage.tips(),
                    Duration.ofSeconds(10), clock, CoachTelemetry.ignored());
            coach = new CoachService(engine, settings, optIns, storage.engineState(), storage.personalData(), routing,
                    CoachTelemetry.ignored(), owns);
            digests = new WeeklyDigests(storage.optIns(), "discord", storage.digests(),
                    new DigestViews(coach, storage.engineState(), storage.communityNames(), new ScoreChart(), Runnable::run),
                    outbox, id, Duration.ofMinutes(1), clock, CoachTelemetry.ignored());
        }

        void writes(CommunityId where, int messages) {
            for (int i = 0; i < messages; i++) {
                coach.accept(ChatMessage.builder().id(where.value() + "-" + i).at(TUESDAY.plusSeconds(60L * i))
                        .in(where.value(), "general").by(ANA.value()).text("thanks, that helps you a lot " + i).build());
            }
        }

        List<DigestView> queued() {
            List<DigestView> views = new ArrayList<>();
            for (var item = outbox.poll(); item.isPresent(); item = outbox.poll()) {
                if (item.get() instanceof OutboxItem.DigestItem d) {
                    views.add(d.view());
                }
            }
            return views;
        }

        @Override
        public void close() {
            coach.close();
        }
    }

    @BeforeEach
    void open() {
        var config = new ConfigLoader(RuleCatalogue.standard())
                .parse("rapport.storage.data-dir = \"%s\"".formatted(dir.toString().replace("\\", "/")), "test.conf");
        storage = new StorageFactory(new StorageConfigReader(), new SecureRandom(), clock).open(config);
        for (CommunityId c : List.of(GARDEN, MAKERS)) {
            storage.optIns().save(OptIn.consent("discord", ANA, c, TUESDAY.minus(Duration.ofDays(1)), ZoneOffset.UTC)
                    .withDigest(DayOfWeek.MONDAY, 9));
        }
        storage.communityNames().remember(GARDEN, "Garden Club");
        storage.communityNames().remember(MAKERS, "Makers Guild");
        a = new Process("process-a", c -> c.equals(GARDEN));
        b = new Process("process-b", c -> c.equals(MAKERS));
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
        storage.close();
    }

    @Test
    void theDigestCombinesBothCommunitiesAndOnlyOneProcessSendsIt() throws Exception {
        a.writes(GARDEN, 3);
        b.writes(MAKERS, 2);
        clock.moveTo(WEEK.next().start(ZoneOffset.UTC).plus(Duration.ofHours(9)));
        a.coach.tick().get();
        b.coach.tick().get();
        b.coach.saveChanged().get();

        a.digests.run();
        b.digests.run();

        List<DigestView> fromA = a.queued();
        assertThat(fromA).singleElement().satisfies(view -> {
            assertThat(view.report().week()).isEqualTo(WEEK);
            assertThat(view.report().stats().messages()).isEqualTo(5);
            assertThat(view.complete()).isTrue();
            assertThat(view.communities()).extracting(DigestView.CommunityWeek::name)
                    .containsExactly("Garden Club", "Makers Guild");
            assertThat(view.communities()).extracting(c -> c.report().stats().messages()).containsExactly(3, 2);
        });
        assertThat(b.queued()).as("claimed once, by the first process").isEmpty();
        assertThat(storage.digests().claimedBy(ANA, WEEK)).contains("process-a");
    }

    @Test
    void theDigestWaitsUntilEveryCommunitysWeekHasClosedInStorage() throws Exception {
        a.writes(GARDEN, 3);
        b.writes(MAKERS, 2);
        b.coach.saveChanged().get();
        clock.moveTo(WEEK.next().start(ZoneOffset.UTC).plus(Duration.ofHours(9)));
        a.coach.tick().get();

        // Process b has not let its clock move yet: the makers' week is still open in storage.
        a.digests.run();
        assertThat(a.queued()).isEmpty();
        assertThat(storage.digests().claimedBy(ANA, WEEK)).isEmpty();

        b.coach.tick().get();
        b.coach.saveChanged().get();
        a.digests.run();
        assertThat(a.queued()).singleElement().satisfies(view -> assertThat(view.report().stats().messages()).isEqualTo(5));
    }

    @Test
    void someoneCoachedInOneCommunityGetsNoSections() throws Exception {
        a.writes(GARDEN, 3);
        clock.moveTo(WEEK.next().start(ZoneOffset.UTC).plus(Duration.ofHours(9)));
        a.coach.tick().get();

        a.digests.run();
        assertThat(a.queued()).singleElement().satisfies(view -> {
            assertThat(view.report().stats().messages()).isEqualTo(3);
            assertThat(view.communities()).isEmpty();
        });
    }

    @Test
    void onceTheDigestIsClaimedLaterRunsReadTheWeeksClaimsOnceAndAskNothingPerPerson() throws Exception {
        a.writes(GARDEN, 3);
        clock.moveTo(WEEK.next().start(ZoneOffset.UTC).plus(Duration.ofHours(9)));
        a.coach.tick().get();
        CountingLedger ledger = new CountingLedger(storage.digests());
        WeeklyDigests digests = new WeeklyDigests(storage.optIns(), "discord", ledger,
                new DigestViews(a.coach, storage.engineState(), storage.communityNames(), new ScoreChart(), Runnable::run),
                a.outbox, "process-a", Duration.ofMinutes(1), clock, CoachTelemetry.ignored());

        digests.run();
        assertThat(a.queued()).hasSize(1);
        ledger.perPerson.set(0);
        clock.advance(Duration.ofMinutes(15));
        digests.run();

        assertThat(a.queued()).isEmpty();
        assertThat(ledger.perPerson).as("questions about one person's claim").hasValue(0);
        assertThat(ledger.weekReads).as("reads of a whole week's claims, one per run").hasValue(2);
    }

    /** The real ledger, counting what it is asked: the routine's cost is in the number of round trips. */
    private static final class CountingLedger implements DigestLedger {
        final DigestLedger real;
        final AtomicInteger perPerson = new AtomicInteger();
        final AtomicInteger weekReads = new AtomicInteger();

        CountingLedger(DigestLedger real) {
            this.real = real;
        }

        @Override
        public boolean claim(UserId user, IsoWeek week, String processId) {
            perPerson.incrementAndGet();
            return real.claim(user, week, processId);
        }

        @Override
        public Optional<String> claimedBy(UserId user, IsoWeek week) {
            perPerson.incrementAndGet();
            return real.claimedBy(user, week);
        }

        @Override
        public Set<UserId> settled(IsoWeek week, Instant staleBefore) {
            weekReads.incrementAndGet();
            return real.settled(week, staleBefore);
        }

        @Override
        public boolean markSent(UserId user, IsoWeek week, Instant at) {
            perPerson.incrementAndGet();
            return real.markSent(user, week, at);
        }

        @Override
        public boolean release(UserId user, IsoWeek week, String processId) {
            perPerson.incrementAndGet();
            return real.release(user, week, processId);
        }

        @Override
        public boolean takeOverStale(UserId user, IsoWeek week, String processId, Instant staleBefore) {
            perPerson.incrementAndGet();
            return real.takeOverStale(user, week, processId, staleBefore);
        }
    }
}
