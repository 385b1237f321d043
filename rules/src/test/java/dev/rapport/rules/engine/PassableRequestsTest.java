package dev.rapport.rules.engine;

import dev.rapport.rules.engine.CommunityState.Question;
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
