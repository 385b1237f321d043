package dev.rapport.bot.coach;

import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.TipFrequency;
import dev.rapport.bot.storage.state.Presence;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.bot.storage.support.QuietLogs;
import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.RuleCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A direct message counts in the community where its two people last met, and a restart between their meeting and
 * the DM does not change where: who last wrote where is kept (by pseudonym) with the coaching state.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DirectMessageRestartTest {
    private static final Instant T0 = Instant.parse("2026-03-03T10:00:00Z");
    private static final UserId ANA = UserId.of("7");
    private static final UserId BEN = UserId.of("8");
    private static final CommunityId GARDEN = CommunityId.of("1");
    private static final CommunityId MAKERS = CommunityId.of("4194304");

    @TempDir
    Path dir;

    @BeforeAll
    static void quiet() {
        QuietLogs.apply();
    }

    @BeforeEach
    void anaIsCoachedInBothBenInNeither() {
        try (Storage s = open(T0)) {
            for (CommunityId c : List.of(GARDEN, MAKERS)) {
                s.optIns().save(OptIn.consent("discord", ANA, c, T0.minus(Duration.ofDays(1)), ZoneOffset.UTC)
                        .withFrequency(TipFrequency.WEEKLY));
            }
        }
    }

    @Test
    void aRestartBetweenMeetingAndTheDmStillCountsTheDmInTheCommunityWhereTheyLastMet() throws Exception {
        meetInMakersThenInGarden(true);

        try (Storage s = open(T0.plusSeconds(3600))) {
            CoachService restarted = coach(s, T0.plusSeconds(3600), true);
            try {
                restarted.restore();
                restarted.accept(dmFromAnaToBen());
                restarted.saveChanged().get();
                assertThat(messagesOf(s, GARDEN)).as("her message there and the DM").isEqualTo(2);
                assertThat(messagesOf(s, MAKERS)).as("where they met earlier").isEqualTo(1);
            } finally {
                restarted.close();
            }
        }
    }

    @Test
    void whatIsKeptIsWhenEachPseudonymLastWroteWhereAndNothingElse() throws Exception {
        meetInMakersThenInGarden(true);
        Pseudonyms pseudonyms = new Pseudonyms(Fixtures.SECRET);
        try (Storage s = open(T0)) {
            List<Presence> rows = new ArrayList<>();
            s.presence().forEach(rows::add);
            assertThat(rows).containsExactlyInAnyOrder(
                    new Presence(GARDEN, pseudonyms.of(ANA), T0.plusSeconds(20)),
                    new Presence(GARDEN, pseudonyms.of(BEN), T0.plusSeconds(30)),
                    new Presence(MAKERS, pseudonyms.of(ANA), T0.plusSeconds(5)),
                    new Presence(MAKERS, pseudonyms.of(BEN), T0.plusSeconds(10)));
        }
    }

    /** Why it is kept: a coach that keeps nothing of it files the DM under the DM's own id, where Ana is not coached. */
    @Test
    void aRestartedCoachThatKeptNothingOfItCouldNotFileTheDm() throws Exception {
        meetInMakersThenInGarden(false);

        try (Storage s = open(T0.plusSeconds(3600))) {
            CoachService restarted = coach(s, T0.plusSeconds(3600), false);
            try {
                restarted.restore();
                restarted.accept(dmFromAnaToBen());
                // Saving comes after the DM has been taken: once it is done the DM has been counted, or never will be.
                restarted.saveChanged().get();
                assertThat(messagesOf(s, GARDEN)).isEqualTo(1);
                assertThat(messagesOf(s, MAKERS)).isEqualTo(1);
            } finally {
                restarted.close();
            }
        }
    }

    /** Ana and Ben both write in Makers, and later both in Garden; then the coach stops (saving at shutdown). */
    private void meetInMakersThenInGarden(boolean keepPresence) {
        try (Storage s = open(T0)) {
            CoachService first = coach(s, T0, keepPresence);
            try {
                first.restore();
                first.accept(channelMessage("m1", 5, MAKERS, ANA, "anyone tried the new resin printer yet?"));
                first.accept(channelMessage("m2", 10, MAKERS, BEN, "not yet, the queue for it is long"));
                first.accept(channelMessage("m3", 20, GARDEN, ANA, "the tomatoes finally came up this week"));
                first.accept(channelMessage("m4", 30, GARDEN, BEN, "nice, mine are still tiny"));
            } finally {
                first.close();
            }
        }
    }

    private static ChatMessage channelMessage(String id, int second, CommunityId where, UserId by, String text) {
        return ChatMessage.builder().id(id).at(T0.plusSeconds(second)).in(where.value(), "general").by(by.value())
                .text(text).build();
    }

    /** As the live adapter reads a DM: the DM community's own id, the other side named as the one addressed. */
    private static ChatMessage dmFromAnaToBen() {
        return ChatMessage.builder().id("d1").at(T0.plusSeconds(600)).community(Communities.DIRECT)
                .channel(dev.rapport.rules.model.ChannelId.of("dm-ana-ben")).direct().by(ANA.value()).mention(BEN.value())
                .text("hey, how did the seedlings do after the frost?").build();
    }

    private int messagesOf(Storage s, CommunityId c) {
        Optional<Integer> n = s.engineState().load(ANA, c).map(st -> st.weeks().get(0).counts().get("messages"));
        return n.orElse(0);
    }

    private Storage open(Instant now) {
        return JdbcStorage.open(StorageConfig.sqlite(dir), new Pseudonyms(Fixtures.SECRET), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static CoachService coach(Storage s, Instant now, boolean keepPresence) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        OptInLookup optIns = new OptInLookup(s.optIns(), "discord");
        CoachSettings settings = CoachSettings.defaults(RuleCatalogue.standard().rules());
        CoachEngine engine = CoachEngine.builder().rules(RuleCatalogue.standard().rules()).settings(settings)
                .enrollment(optIns).promoDetector(new SelfPromotionDetector()).pseudonyms(s.pseudonyms())
                .clock(clock).build();
        CoachingSettings coaching = new CoachingSettings(Duration.ofHours(24), 3, 10, Duration.ofMillis(1),
                Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(1),
                TipFrequency.WEEKLY);
        TipRouting routing = new TipRouting(optIns, new TipThrottle(coaching, s.tips(), clock), s.tips(),
                Duration.ofSeconds(10), clock, CoachTelemetry.ignored());
        return keepPresence
                ? new CoachService(engine, settings, optIns, s.engineState(), s.personalData(), routing,
                        CoachTelemetry.ignored(), community -> true, 100_000, s.presence(), s.pseudonyms())
                : new CoachService(engine, settings, optIns, s.engineState(), s.personalData(), routing,
                        CoachTelemetry.ignored(), community -> true);
    }
}
