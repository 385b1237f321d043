package dev.rapport.rules.score;

import dev.rapport.rules.Chat;
import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly boundary of the score in awkward time zones: a message one second before a person's Monday midnight
 * counts in one week, one at midnight in the next, whatever the zone's offset and daylight saving do that weekend.
 * The engine's clock is injected and moved by hand.
 */
class ScoreWeekBoundaryTest {
    private static final UserId ANA = UserId.of("ana");

    static Stream<Arguments> mondayMidnights() {
        return Stream.of(
                // Europe/Berlin springs forward on Sunday 2026-03-29 (02:00 -> 03:00): Monday starts at 22:00 UTC.
                Arguments.of("Europe/Berlin", "2026-03-29T22:00:00Z", new IsoWeek(2026, 13)),
                // ...and falls back on Sunday 2026-10-25 (03:00 -> 02:00): Monday starts at 23:00 UTC.
                Arguments.of("Europe/Berlin", "2026-10-25T23:00:00Z", new IsoWeek(2026, 43)),
                // America/Sao_Paulo started daylight saving at midnight (Sunday 2018-11-04 00:00 never happened).
                Arguments.of("America/Sao_Paulo", "2018-11-05T02:00:00Z", new IsoWeek(2018, 44)),
                // ...and has kept -03:00 all year since 2019.
                Arguments.of("America/Sao_Paulo", "2026-03-02T03:00:00Z", new IsoWeek(2026, 9)),
                // Asia/Kolkata is half an hour off the hour: Monday starts at 18:30 UTC on Sunday.
                Arguments.of("Asia/Kolkata", "2026-01-11T18:30:00Z", new IsoWeek(2026, 2)),
                // Pacific/Chatham, +13:45 in its summer, +12:45 after falling back on Sunday 2026-04-05.
                Arguments.of("Pacific/Chatham", "2026-01-11T10:15:00Z", new IsoWeek(2026, 2)),
                Arguments.of("Pacific/Chatham", "2026-04-05T11:15:00Z", new IsoWeek(2026, 14)),
                // ISO week 53: 2026 ends on a Thursday, so its last week runs to Sunday 2027-01-03.
                Arguments.of("UTC", "2027-01-04T00:00:00Z", new IsoWeek(2026, 53)),
                Arguments.of("Asia/Kolkata", "2027-01-03T18:30:00Z", new IsoWeek(2026, 53)));
    }

    @ParameterizedTest(name = "{0}: a new week at {1}")
    @MethodSource("mondayMidnights")
    void a_week_ends_at_the_persons_monday_midnight(String zone, String midnight, IsoWeek before) {
        Instant monday = Instant.parse(midnight);
        Script s = new Script(ZoneId.of(zone), monday.minus(Duration.ofDays(3)));
        // A week is scored from three messages on (WeekScore.MIN_MESSAGES): four before midnight, three from it.
        s.say(monday.minusSeconds(2), "conversation", true);
        s.say(monday.minusSeconds(2), "broadcast", false);
        s.say(monday.minusSeconds(1), "conversation", true);
        s.say(monday.minusSeconds(1), "broadcast", false);
        s.say(monday, "conversation", true);
        s.say(monday, "conversation", true);
        s.say(monday.plusSeconds(1), "conversation", true);

        IsoWeek after = before.next();
        assertThat(IsoWeek.of(monday, ZoneId.of(zone))).isEqualTo(after);
        assertThat(s.stats(before).messages()).isEqualTo(4);
        assertThat(s.stats(after).messages()).isEqualTo(3);
        ScoreCard card = ScoreCard.of(after, s.weeks());
        // Converse: half a conversation the week before (13 points), all conversation now (25).
        assertThat(card.lastWeek().orElseThrow().of(Pillar.CONVERSE)).isEqualTo(13);
        assertThat(card.score().orElseThrow().of(Pillar.CONVERSE)).isEqualTo(25);
        assertThat(card.line(Pillar.CONVERSE).change()).contains(12);
        assertThat(card.series().get(ScoreCard.WEEKS - 2).week()).isEqualTo(before);
    }

    @Test
    void a_zone_change_mid_week_ends_the_open_week_in_the_new_zone() {
        Map<UserId, ZoneId> zones = new HashMap<>(Map.of(ANA, ZoneId.of("Europe/Berlin")));
        Script s = new Script(zones, Instant.parse("2026-01-06T10:00:00Z"));
        for (int i = 0; i < WeekScore.MIN_MESSAGES; i++) {
            s.say(Instant.parse("2026-01-06T10:00:00Z").plusSeconds(i), "Tuesday in Berlin", true);
        }
        zones.put(ANA, ZoneId.of("Asia/Kolkata"));   // she moves on Wednesday
        s.engine.enrollmentChanged(ANA);
        // Sunday 19:00 UTC: 20:00 on Sunday in Berlin, but already 00:30 on Monday in Kolkata: the next week.
        for (int i = 0; i < WeekScore.MIN_MESSAGES; i++) {
            s.say(Instant.parse("2026-01-11T19:00:00Z").plusSeconds(i), "Monday in Kolkata", false);
        }

        assertThat(s.stats(new IsoWeek(2026, 2)).messages()).isEqualTo(WeekScore.MIN_MESSAGES);
        assertThat(s.stats(new IsoWeek(2026, 3)).messages()).isEqualTo(WeekScore.MIN_MESSAGES);
        ScoreCard card = ScoreCard.of(new IsoWeek(2026, 3), s.weeks());
        assertThat(card.line(Pillar.CONVERSE).change()).contains(-25);
    }

    /** One coached person and someone to talk to, in a zone, with a clock the test moves. */
    private static final class Script {
        final CoachEngine engine;
        private int id;

        Script(ZoneId zone, Instant start) {
            this(new HashMap<>(Map.of(ANA, zone)), start);
        }

        Script(Map<UserId, ZoneId> zones, Instant start) {
            RuleCatalogue catalogue = RuleCatalogue.standard();
            engine = CoachEngine.builder()
                    .rules(catalogue.rules())
                    .settings(CoachSettings.defaults(catalogue.rules()))
                    .enrollment(user -> Optional.ofNullable(zones.get(user)))
                    .promoDetector(Chat.MARKED)
                    .pseudonyms(new Pseudonyms("a test secret of enough length".getBytes(StandardCharsets.UTF_8)))
                    .clock(Clock.fixed(start, ZoneOffset.UTC))
                    .build();
        }

        void say(Instant at, String text, boolean toSomeone) {
            var b = ChatMessage.builder().id("m" + ++id).at(at).in(Chat.COMMUNITY, "general").by(ANA.value()).text(text);
            if (toSomeone) {
                b.mention("bea");
            }
            engine.advanceTo(at);
            engine.accept(b.build());
        }

        WeeklyStats stats(IsoWeek week) {
            engine.finish();
            return engine.report(ANA, week).orElseThrow().stats();
        }

        Map<IsoWeek, WeeklyStats> weeks() {
            engine.finish();
            Map<IsoWeek, WeeklyStats> weeks = new HashMap<>();
            for (IsoWeek w : engine.weeksOf(ANA)) {
                engine.report(ANA, w).ifPresent(r -> weeks.put(w, r.stats()));
            }
            return weeks;
        }
    }
}
