package dev.rapport.rules.engine;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The index behind {@code CommunityState.notePassedOver}, before and after session 32's early exit, in one run: the
 * same open requests of the hour (one in ten a request for feedback anyone can answer, the others about four words),
 * {@value #PEOPLE} people who each learned {@value #LEARNED} topics writing in turn, each keeping what they looked
 * at, and a new request now and then (one per {@value #NEW_REQUEST_EVERY} messages: each person sees one about every
 * tenth message of theirs). {@code before} is {@link PassableRequestsBefore}, the class as it was; {@code after} the
 * coach's. Read the ratio, not the times. In package {@code dev.rapport.rules.engine}: the index is package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class PassableRequestsBenchmark {
    static final int BATCH = 200_000;
    static final int PEOPLE = 50;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    static final int LEARNED = 8;
    static final int NEW_REQUEST_EVERY = 500;
    private static final int VOCABULARY = 500;
    private static final Duration WINDOW = Duration.ofMinutes(60);
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final ChannelId CHANNEL = ChannelId.of("800000000000000001");

    @Param({"100", "2000"})
    int openRequests;

    private int[][][] topics;
    private Instant[][] learnedAt;
    private int[] vocabulary;

    private final Side before = new Side();
    private final Side after = new Side();

    /** One index and what its callers keep, fed the same requests as the other side. */
    private final class Side {
        PassableRequestsBefore old;
        PassableRequests current;
        List<Question> open;
        int[] lookedUpTo;
        long calls;
        SplittableRandom random;

        void reset(boolean isOld) {
            old = isOld ? new PassableRequestsBefore() : null;
            current = isOld ? null : new PassableRequests();
            random = new SplittableRandom(42);
            open = new ArrayList<>();
            Instant from = START.minus(Duration.ofMinutes(50));
            for (int r = 0; r < openRequests; r++) {
                open.add(request(r, from.plusMillis(Duration.ofMinutes(50).toMillis() * r / openRequests)));
            }
            lookedUpTo = new int[PEOPLE];
            calls = 0;
        }

        Question request(int r, Instant at) {
            boolean anyone = r % 10 == 0;
            int[] topic = anyone ? new int[0] : sortedWords(random, 4);
            return new Question(MessageId.of("q" + r), UserId.of("asker" + r), CHANNEL, at, topic, anyone);
        }

        int message() {
            // A microsecond apart: the requests stay in the window for the whole run.
            Instant now = START.plusNanos(1_000 * calls);
            if (calls > 0 && calls % NEW_REQUEST_EVERY == 0) {
                Question q = request(openRequests + (int) calls, now.minusNanos(1));
                open.add(q);
                if (old != null) {
                    old.add(q);
                } else {
                    current.add(q);
                }
            }
            int person = (int) (calls++ % PEOPLE);
            Instant since = now.minus(HelpingKnowledge.ANSWERED_MEMORY);
            List<Question> found;
            if (old != null) {
                found = old.candidates(now, WINDOW, topics[person], learnedAt[person], since, open, 0,
                        lookedUpTo[person]);
                lookedUpTo[person] = old.lookedUpTo(now);
            } else {
                found = current.candidates(now, WINDOW, topics[person], learnedAt[person], since, open, 0,
                        lookedUpTo[person]);
                lookedUpTo[person] = current.lookedUpTo(now);
            }
            return found.size();
        }
    }

    @Setup(Level.Iteration)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(7);
        vocabulary = new int[VOCABULARY];
        for (int i = 0; i < VOCABULARY; i++) {
            vocabulary[i] = random.nextInt();
        }
        topics = new int[PEOPLE][LEARNED][];
        learnedAt = new Instant[PEOPLE][LEARNED];
        for (int p = 0; p < PEOPLE; p++) {
            for (int k = 0; k < LEARNED; k++) {
                topics[p][k] = sortedWords(random, 4);
                learnedAt[p][k] = START.minus(Duration.ofHours(2));
            }
        }
        before.reset(true);
        after.reset(false);
    }

    private int[] sortedWords(SplittableRandom random, int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = vocabulary[random.nextInt(VOCABULARY)];
        }
        java.util.Arrays.sort(out);
        return out;
    }

    /**
     * {@value #BATCH} messages a shot; also prints the CPU time per message of the thread, which a loaded shared
     * machine disturbs far less than the wall time JMH scores.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int before() {
        return batch(before, "before");
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int after() {
        return batch(after, "after");
    }

    private int batch(Side side, String name) {
        long cpu = CPU.getCurrentThreadCpuTime();
        int found = 0;
        for (int i = 0; i < BATCH; i++) {
            found += side.message();
        }
        cpu = CPU.getCurrentThreadCpuTime() - cpu;
        System.out.printf("  cpu per message: %.1f ns (%s, openRequests=%d)%n", (double) cpu / BATCH, name, openRequests);
        return found;
    }
}
