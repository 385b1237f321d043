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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    void channelTimesOfTwoColumnsAgreeWithAMapPerColumnThroughUpdatesAndForgetting() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 100; round++) {
            ChannelTimes times = new ChannelTimes(2);
            List<Map<ChannelId, Instant>> expected = List.of(new HashMap<>(), new HashMap<>());
            // Up to 3 channels stay under the scan limit; up to 40 cross it both ways.
            int channels = round < 50 ? 3 : 40;
            for (int step = 0; step < 300; step++) {
                int column = random.nextInt(2);
                ChannelId c = ChannelId.of(Integer.toString(random.nextInt(channels)));
                // Now and then a time far outside the years one packed number holds: the table widens, exactly.
                Instant at = round % 10 == 9 && step == 150 ? Instant.parse("2400-01-01T00:00:00.000000001Z")
                        : T.plusSeconds(random.nextInt(1_000_000)).plusNanos(random.nextInt(1_000_000_000));
                int op = random.nextInt(10);
                if (op < 6) {
                    times.latest(column, c, at);
                    expected.get(column).merge(c, at, (a, b) -> a.isAfter(b) ? a : b);
                } else if (op < 9) {
                    times.put(column, c, at);
                    expected.get(column).put(c, at);
                } else {
                    Instant horizon = T.plusSeconds(random.nextInt(1_000_000));
                    times.forgetBefore(horizon);
                    expected.forEach(m -> m.values().removeIf(t -> t.isBefore(horizon)));
                }
                // Plain comparisons first; AssertJ (for its message) only when one differs: 30,000 steps of nine
                // AssertJ assertions each cost seconds. The checks are the same.
                for (int k = 0; k < 2; k++) {
                    Map<ChannelId, Instant> seen = new HashMap<>();
                    times.forEach(k, seen::put);
                    Map<ChannelId, Instant> want = expected.get(k);
                    if (!seen.equals(want)) {
                        assertThat(seen).as("round %d step %d column %d", round, step, k).isEqualTo(want);
                    }
                    if (!Objects.equals(times.get(k, c), want.get(c))) {
                        assertThat(times.get(k, c)).isEqualTo(want.get(c));
                    }
                    // As containsExactlyInAnyOrderElementsOf reads them: by iterating, each key once.
                    List<ChannelId> listed = new ArrayList<>(times.channels(k));
                    if (listed.size() != want.size() || !new HashSet<>(listed).equals(want.keySet())) {
                        assertThat(times.channels(k)).containsExactlyInAnyOrderElementsOf(want.keySet());
                    }
                    if (times.channels(k).contains(c) != want.containsKey(c)) {
                        assertThat(times.channels(k).contains(c)).isEqualTo(want.containsKey(c));
                    }
                }
                boolean bothEmpty = expected.get(0).isEmpty() && expected.get(1).isEmpty();
                if (times.isEmpty() != bothEmpty) {
                    assertThat(times.isEmpty()).isEqualTo(bothEmpty);
                }
            }
        }
    }

    @Test
    void ownMessagesGiveBackExactlyWhatWasRemembered() {
        OwnMessages own = new OwnMessages();
        OwnMessage toNobody = message(T, new long[0], List.of());
        OwnMessage toOne = message(T.plusSeconds(1), new long[]{1}, List.of(Audience.SEEKER));
        OwnMessage toTwo = message(T.plusSeconds(2), new long[]{1, 0xffffffffffL}, List.of(Audience.PEER, Audience.IGNORE));
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

    @Test
    void ownMessagesAgreeWithAListThroughBusyAndQuietDaysAndGiveTheirRoomBack() {
        SplittableRandom random = new SplittableRandom(5);
        OwnMessages own = new OwnMessages();
        java.util.ArrayDeque<Object[]> model = new java.util.ArrayDeque<>();
        Instant at = T;
        int next = 0;
        for (int step = 0; step < 5_000; step++) {
            // Busy stretches (seconds apart) and quiet ones (hours apart).
            at = at.plusSeconds(step % 1000 < 300 ? random.nextInt(60) : random.nextInt(20_000));
            if (random.nextInt(5) > 0 || model.isEmpty()) {
                MessageId id = MessageId.of(random.nextInt(3) == 0 ? "x" + next++ : Integer.toString(next++));
                OwnMessage m = message(at, new long[0], List.of());
                Instant horizon = at.minus(Duration.ofDays(1));
                own.add(id, m, horizon, 50);
                model.addLast(new Object[]{id, m});
                while (!model.isEmpty() && (((OwnMessage) model.peekFirst()[1]).at().isBefore(horizon)
                        || model.size() > 50)) {
                    model.removeFirst();
                }
                // Room is given back as messages are added (an edit or a deletion takes one out without moving any).
                assertThat(own.room()).isLessThanOrEqualTo(Math.max(2, Integer.highestOneBit(model.size()) * 4));
            } else {
                Object[] pick = model.stream().skip(random.nextInt(model.size())).findFirst().orElseThrow();
                assertThat(own.take((MessageId) pick[0])).isEqualTo(pick[1]);
                model.remove(pick);
            }
            assertThat(own.size()).isEqualTo(model.size());
        }
    }

    @Test
    void questionsWaitingAreAnsweredAlikeWhetherScannedOrIndexed() {
        SplittableRandom random = new SplittableRandom(13);
        for (int round = 0; round < 200; round++) {
            UserState s = new UserState(dev.rapport.rules.model.UserId.of("1"), GUILD, ZoneOffset.UTC,
                    new PseudonymCache(new Pseudonyms(new byte[16]), new Ids()), new Ids());
            // The model: every question still waiting, oldest first.
            List<WaitingQuestion> model = new java.util.ArrayList<>();
            int asked = 0;
            // Up to 30 waiting: the first rounds stay under the scan limit, later ones cross it both ways.
            int most = 1 + random.nextInt(round < 100 ? WaitingQuestions.INDEXED_FROM : 30);
            for (int step = 0; step < 60; step++) {
                Instant at = T.plusSeconds(step * 60L);
                if (model.size() < most && random.nextInt(3) > 0) {
                    WaitingQuestion w = new WaitingQuestion(MessageId.of(Integer.toString(++asked)),
                            random.nextInt(5), Audience.PEER, ChannelId.of(Integer.toString(random.nextInt(3))),
                            at, WEEK, GUILD);
                    s.questions.await(w);
                    model.add(w);
                    continue;
                }
                java.util.Optional<MessageId> replyTo = random.nextBoolean() && asked > 0
                        ? java.util.Optional.of(MessageId.of(Integer.toString(1 + random.nextInt(asked))))
                        : java.util.Optional.empty();
                long[] addressed = random.nextBoolean() ? new long[]{random.nextInt(5)} : new long[0];
                ChannelId direct = random.nextInt(4) == 0 ? ChannelId.of(Integer.toString(random.nextInt(3))) : null;
                ChannelId turn = random.nextBoolean() ? ChannelId.of(Integer.toString(random.nextInt(3))) : null;
                Instant since = at.minusSeconds(60L * random.nextInt(30));

                List<WaitingQuestion> answered = s.questions.answeredBy(replyTo, addressed, direct, turn, since);

                List<WaitingQuestion> expected = new java.util.ArrayList<>();
                replyTo.ifPresent(id -> model.stream().filter(w -> w.message.equals(id)).forEach(expected::add));
                for (long from : addressed) {
                    model.stream().filter(w -> w.from == from && !expected.contains(w)).forEach(expected::add);
                }
                if (direct != null) {
                    model.stream().filter(w -> w.channel.equals(direct) && !expected.contains(w)).forEach(expected::add);
                }
                if (turn != null) {
                    model.stream().filter(w -> w.channel.equals(turn) && !w.since.isBefore(since)
                            && !expected.contains(w)).forEach(expected::add);
                }
                expected.sort(java.util.Comparator.comparing((WaitingQuestion w) -> w.since));
                model.removeAll(expected);
                assertThat(answered).containsExactlyElementsOf(expected);
                assertThat(s.questions.any()).isEqualTo(!model.isEmpty());
            }
        }
    }

    @Test
    void aQuestionStoredWithAPseudonymOfAnotherFormKeepsItAndNoAnswerByNumberTakesIt() {
        UserState s = new UserState(dev.rapport.rules.model.UserId.of("1"), GUILD, ZoneOffset.UTC,
                new PseudonymCache(new Pseudonyms(new byte[16]), new Ids()), new Ids());
        ChannelId general = ChannelId.of("general");
        s.questions.await(new WaitingQuestion(MessageId.of("1"), "someone-else", Audience.PEER, general, T, WEEK, GUILD));
        s.questions.await(new WaitingQuestion(MessageId.of("2"), "p-00000000ff", Audience.PEER, general, T, WEEK, GUILD));

        assertThat(s.questions.all()).extracting(WaitingQuestion::fromPseudonym)
                .containsExactly("someone-else", "p-00000000ff");
        assertThat(s.questions.answeredBy(java.util.Optional.empty(), new long[]{0xff}, null, null, T))
                .extracting(WaitingQuestion::fromPseudonym).containsExactly("p-00000000ff");
        assertThat(s.questions.waitingFor(MessageId.of("1"))).isNotNull();
    }

    @Test
    void theSameQuestionAwaitedAgainTakesThePlaceOfTheFirst() {
        UserState s = new UserState(dev.rapport.rules.model.UserId.of("1"), GUILD, ZoneOffset.UTC,
                new PseudonymCache(new Pseudonyms(new byte[16]), new Ids()), new Ids());
        ChannelId general = ChannelId.of("general");
        for (int i = 1; i <= 3; i++) {
            s.questions.await(new WaitingQuestion(MessageId.of(Integer.toString(i)), i, Audience.PEER, general, T, WEEK, GUILD));
        }
        WaitingQuestion again = new WaitingQuestion(MessageId.of("2"), 7, Audience.PEER, general,
                T.plusSeconds(5), WEEK, GUILD);
        s.questions.await(again);

        assertThat(s.questions.all()).extracting(w -> w.message.value()).containsExactly("1", "2", "3");
        assertThat(s.questions.waitingFor(MessageId.of("2"))).isSameAs(again);
    }

    private static OwnMessage message(Instant at, long[] to, List<Audience> audiences) {
        return new OwnMessage(at, WEEK, GUILD, to.length > 0, to.length == 1, to.length == 0, 2, to.length == 2,
                12, 3, 4, to, audiences, at.hashCode(), true, false, to.length == 1);
    }
}
