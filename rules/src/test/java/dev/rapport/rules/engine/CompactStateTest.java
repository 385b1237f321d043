package dev.rapport.rules.engine;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The flat structures behind a person's state behave like the maps and lists they replace. */
class CompactStateTest {
    private static final Instant T = Instant.parse("2026-01-05T08:00:00.123456789Z");
    private static final IsoWeek WEEK = IsoWeek.of(T, ZoneOffset.UTC);
    private static final CommunityId GUILD = CommunityId.of("1");

    @Test
    void smallMapAgreesWithHashMapThroughPutsRemovalsAndSweeps() {
        SmallMap<String, Integer> small = new SmallMap<>();
        Map<String, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int step = 0; step < 20_000; step++) {
            String key = "k" + random.nextInt(40);
            int op = random.nextInt(10);
            if (op < 6) {
                assertThat(small.put(key, step)).isEqualTo(expected.put(key, step));
            } else if (op < 9) {
                assertThat(small.remove(key)).isEqualTo(expected.remove(key));
            } else {
                int limit = random.nextInt(step + 1);
                small.removeIf((k, v) -> v < limit);
                expected.values().removeIf(v -> v < limit);
            }
            assertThat(small.size()).isEqualTo(expected.size());
            assertThat(small.get(key)).isEqualTo(expected.get(key));
        }
        Map<String, Integer> seen = new HashMap<>();
        small.forEach(seen::put);
        assertThat(seen).isEqualTo(expected);
        assertThat(small.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    }

    @Test
    void channelTimesKeepTheLatestTimeToTheNanosecondAndForgetOldChannels() {
        ChannelTimes times = new ChannelTimes();
        ChannelId a = ChannelId.of("10");
        ChannelId b = ChannelId.of("11");
        times.latest(a, T);
        times.latest(a, T.minusNanos(1));
        times.latest(b, T.minus(Duration.ofDays(400)));
        assertThat(times.get(a)).isEqualTo(T);
        times.latest(a, T.plusNanos(1));
        assertThat(times.get(a)).isEqualTo(T.plusNanos(1));
        assertThat(times.channels()).containsExactlyInAnyOrder(a, b);

        times.forgetBefore(T.minus(Duration.ofDays(365)));

        assertThat(times.get(b)).isNull();
        assertThat(times.channels()).containsExactly(a);
        assertThat(times.channels().contains(b)).isFalse();
    }

    @Test
    void ownMessagesGiveBackExactlyWhatWasRemembered() {
        OwnMessages own = new OwnMessages();
        UserState.OwnMessage toNobody = message(T, new long[0], List.of());
        UserState.OwnMessage toOne = message(T.plusSeconds(1), new long[]{1}, List.of(Audience.SEEKER));
        UserState.OwnMessage toTwo = message(T.plusSeconds(2), new long[]{1, 0xffffffffffL}, List.of(Audience.PEER, Audience.IGNORE));
        own.add(MessageId.of("1234567890123456789"), toNobody, T.minus(Duration.ofDays(1)), 500);
        own.add(MessageId.of("irc-line-7"), toOne, T.minus(Duration.ofDays(1)), 500);
        own.add(MessageId.of("0042"), toTwo, T.minus(Duration.ofDays(1)), 500);

        assertThat(own.take(MessageId.of("42"))).isNull();
        assertThat(own.take(MessageId.of("irc-line-7"))).isEqualTo(toOne);
        assertThat(own.take(MessageId.of("irc-line-7"))).isNull();
        assertThat(own.take(MessageId.of("0042"))).isEqualTo(toTwo);
        assertThat(own.take(MessageId.of("1234567890123456789"))).isEqualTo(toNobody);
        assertThat(own.size()).isZero();
    }

    @Test
    void ownMessagesLetGoOfTheOldestPastTheHorizonOrTheCap() {
        OwnMessages own = new OwnMessages();
        for (int i = 0; i < 10; i++) {
            Instant at = T.plus(Duration.ofHours(6L * i));
            own.add(MessageId.of(Integer.toString(100 + i)), message(at, new long[0], List.of()), at.minus(Duration.ofDays(1)), 3);
        }
        // Six-hourly messages, a day kept, three at most: the last three.
        assertThat(own.size()).isEqualTo(3);
        assertThat(own.take(MessageId.of("106"))).isNull();
        assertThat(own.take(MessageId.of("107"))).isNotNull();
        assertThat(own.take(MessageId.of("109"))).isNotNull();
        assertThat(own.take(MessageId.of("108"))).isNotNull();
    }

    private static UserState.OwnMessage message(Instant at, long[] to, List<Audience> audiences) {
        return new UserState.OwnMessage(at, WEEK, GUILD, to.length > 0, to.length == 1, to.length == 0, 2, to.length == 2,
                12, 3, 4, to, audiences, at.hashCode(), true, false, to.length == 1);
    }
}
