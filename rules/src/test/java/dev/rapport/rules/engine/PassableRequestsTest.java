package dev.rapport.rules.engine;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index gives a person every request of the window they could pass over, and only those: each request for
 * feedback anyone can answer, and each request sharing a word with something they learned lately.
 */
class PassableRequestsTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant LONG_AGO = T0.minus(Duration.ofDays(30));

    private final PassableRequests index = new PassableRequests();
    private final List<Question> open = new ArrayList<>();
    private int ids;

    private Question asked(Instant at, boolean anyone, int... topic) {
        Question q = new Question(MessageId.of("q" + ids++), UserId.of("asker"), ChannelId.of("general"), at, topic,
                anyone);
        open.add(q);
        index.add(q);
        return q;
    }

    private List<Question> candidates(Instant now, int[]... learned) {
        Instant[] at = new Instant[learned.length];
        java.util.Arrays.fill(at, now.minusSeconds(60));
        return index.candidates(now, HOUR, learned.length == 0 ? null : learned, at, now.minus(Duration.ofDays(14)),
                open, 0);
    }

    @Test
    void aRequestSharingAWordWithWhatSomeoneLearnedIsTheirsToPassOverAndOthersAreNot() {
        candidates(T0);
        Question lenses = asked(T0.plusSeconds(10), false, 1, 2, 3);
        asked(T0.plusSeconds(20), false, 7, 8, 9);
        Question feedback = asked(T0.plusSeconds(30), true);

        assertThat(candidates(T0.plusSeconds(40), new int[]{3, 4, 5})).containsExactlyInAnyOrder(lenses, feedback);
        assertThat(candidates(T0.plusSeconds(40))).containsExactly(feedback);
    }

    @Test
    void aRequestOfTheSameMomentOrOlderThanTheWindowIsNobodysToPassOver() {
        candidates(T0);
        asked(T0.plusSeconds(10), true);
        Question later = asked(T0.plusSeconds(20), true);
        Question now = asked(T0.plus(HOUR).plusSeconds(15), true);

        assertThat(candidates(T0.plus(HOUR).plusSeconds(15))).containsExactly(later);
        assertThat(candidates(T0.plus(HOUR).plusSeconds(21))).containsExactly(now);
    }

    @Test
    void requestsAskedBeforeTheFirstCallAndPutBackByARestoreAreFound() {
        Question before = asked(T0, false, 1, 2, 3);
        assertThat(candidates(T0.plusSeconds(5), new int[]{1})).containsExactly(before);
        index.stale();
        Question restored = new Question(MessageId.of("r"), UserId.of("asker"), ChannelId.of("general"),
                T0.plusSeconds(1), new int[]{1}, false);
        open.add(1, restored);
        assertThat(candidates(T0.plusSeconds(6), new int[]{1})).containsExactly(restored, before);
    }

    /**
     * Someone who has looked at every request held gets none again without a lookup of their words (the early exit),
     * as before; a request asked after their look is still theirs at their next message.
     */
    @Test
    void aPersonWhoLookedAtEveryRequestGetsNoneAgainButANewOneStillReachesThem() {
        candidates(T0);
        Question lenses = asked(T0.plusSeconds(10), false, 1, 2, 3);
        Question feedback = asked(T0.plusSeconds(20), true);
        Instant[] at = {T0};
        int[][] learned = {{3, 4}};
        Instant since = T0.minus(Duration.ofDays(14));
        assertThat(index.candidates(T0.plusSeconds(30), HOUR, learned, at, since, open, 0, 0))
                .containsExactlyInAnyOrder(lenses, feedback);
        int looked = index.lookedUpTo(T0.plusSeconds(30));

        assertThat(index.candidates(T0.plusSeconds(40), HOUR, learned, at, since, open, 0, looked)).isEmpty();
        looked = index.lookedUpTo(T0.plusSeconds(40));
        Question later = asked(T0.plusSeconds(50), false, 4, 9);
        assertThat(index.candidates(T0.plusSeconds(60), HOUR, learned, at, since, open, 0, looked))
                .containsExactly(later);
    }

    /** Random requests, topics and times: the index against a look at every request. */
    @Test
    void givesWhatAWalkOverEveryRequestWouldOverRandomHours() {
        Random random = new Random(21);
        for (int trial = 0; trial < 10; trial++) {
            PassableRequests fresh = new PassableRequests();
            List<Question> all = new ArrayList<>();
            Instant now = T0;
            for (int step = 0; step < 1_500; step++) {
                now = now.plusSeconds(random.nextInt(4) == 0 ? 0 : random.nextInt(90));
                if (random.nextInt(3) == 0) {
                    int[] topic = topic(random);
                    Question q = new Question(MessageId.of("q" + step), UserId.of("a"), ChannelId.of("c"), now, topic,
                            random.nextInt(8) == 0);
                    if (random.nextInt(5) == 0) {
                        q.open = false;
                    }
                    all.add(q);
                    fresh.add(q);
                    continue;
                }
                int[][] learned = new int[random.nextInt(4)][];
                Instant[] learnedAt = new Instant[learned.length];
                for (int k = 0; k < learned.length; k++) {
                    learned[k] = topic(random);
                    learnedAt[k] = random.nextBoolean() ? now : LONG_AGO;
                }
                Duration window = random.nextInt(50) == 0 ? Duration.ofHours(2) : HOUR;
                Instant since = now.minus(Duration.ofDays(14));
                Set<Question> got = new HashSet<>(fresh.candidates(now, window, learned.length == 0 ? null : learned,
                        learnedAt, since, all, 0));
                got.removeIf(q -> !q.open);
                Set<Question> walked = walk(all, now, window, learned, learnedAt, since);
                // AssertJ only on a difference: it costs more than the comparison, thousands of times.
                if (!got.equals(walked)) {
                    assertThat(got).as("trial %d step %d", trial, step).isEqualTo(walked);
                }
            }
        }
    }

    /**
     * A person's later call skips what they already looked at ({@link PassableRequests#lookedUpTo}), and misses
     * nothing: over random hours (requests of the same moment, a longer window now and then, time going back), every
     * request an index without the marks gives at a call was given to that person at this call or an earlier one.
     */
    @Test
    void aPersonsLaterCallsSkipOnlyWhatTheyAlreadyLookedAt() {
        Random random = new Random(22);
        long skipped = 0;
        for (int trial = 0; trial < 10; trial++) {
            PassableRequests marked = new PassableRequests();
            PassableRequests plain = new PassableRequests();
            List<Question> markedAll = new ArrayList<>();
            List<Question> plainAll = new ArrayList<>();
            int people = 6;
            int[][][] learned = new int[people][][];
            int[] lookedUpTo = new int[people];
            List<Set<String>> given = new ArrayList<>();
            for (int p = 0; p < people; p++) {
                learned[p] = new int[random.nextInt(3)][];
                for (int k = 0; k < learned[p].length; k++) {
                    learned[p][k] = topic(random);
                }
                given.add(new HashSet<>());
            }
            Instant now = T0;
            for (int step = 0; step < 3_000; step++) {
                now = random.nextInt(60) == 0 ? now.minusSeconds(random.nextInt(1_800))
                        : now.plusSeconds(random.nextInt(4) == 0 ? 0 : random.nextInt(60));
                if (random.nextInt(3) == 0) {
                    int[] topic = topic(random);
                    boolean anyone = random.nextInt(8) == 0;
                    for (PassableRequests index : List.of(marked, plain)) {
                        Question q = new Question(MessageId.of("q" + step), UserId.of("a"), ChannelId.of("c"), now,
                                topic, anyone);
                        (index == marked ? markedAll : plainAll).add(q);
                        index.add(q);
                    }
                    continue;
                }
                int p = random.nextInt(people);
                Instant[] at = new Instant[learned[p].length];
                java.util.Arrays.fill(at, T0);
                Duration window = random.nextInt(100) == 0 ? Duration.ofHours(2) : HOUR;
                Instant since = now.minus(Duration.ofDays(14));
                int[][] topics = learned[p].length == 0 ? null : learned[p];
                Set<String> got = ids(marked.candidates(now, window, topics, at, since, markedAll, 0, lookedUpTo[p]));
                lookedUpTo[p] = marked.lookedUpTo(now);
                Set<String> all = ids(plain.candidates(now, window, topics, at, since, plainAll, 0));
                given.get(p).addAll(got);
                skipped += all.size() - got.size();
                if (!all.containsAll(got) || !given.get(p).containsAll(all)) {
                    assertThat(given.get(p)).as("trial %d step %d", trial, step).containsAll(all);
                    assertThat(all).as("trial %d step %d", trial, step).containsAll(got);
                }
            }
        }
        assertThat(skipped).as("looked at again without the marks").isPositive();
    }

    private static Set<String> ids(List<Question> questions) {
        Set<String> out = new HashSet<>();
        for (Question q : questions) {
            out.add(q.id.value());
        }
        return out;
    }

    private static int[] topic(Random random) {
        int n = random.nextInt(6);
        Set<Integer> words = new HashSet<>();
        for (int i = 0; i < n; i++) {
            // Hash-like words, some far apart and some adjacent, and a small vocabulary so that topics meet.
            words.add(random.nextInt(30) * (random.nextBoolean() ? 1 : 0x10001));
        }
        return words.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static Set<Question> walk(List<Question> all, Instant now, Duration window, int[][] learned,
                                      Instant[] learnedAt, Instant since) {
        Set<Question> out = new HashSet<>();
        for (Question q : all) {
            if (!q.open || q.time.isBefore(now.minus(window)) || !q.time.isBefore(now)) {
                continue;
            }
            boolean shares = false;
            for (int k = 0; k < learned.length; k++) {
                if (!learnedAt[k].isBefore(since) && dev.rapport.rules.text.TopicWords.shared(learned[k], q.topic) > 0) {
                    shares = true;
                }
            }
            if (q.anyoneCanAnswer || shares) {
                out.add(q);
            }
        }
        return out;
    }
}
