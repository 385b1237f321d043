package dev.rapport.bench;

import dev.rapport.rules.addressing.AddressingInference;
import dev.rapport.rules.addressing.ReplyInference;
import dev.rapport.rules.addressing.ReplyWeights;
import dev.rapport.rules.addressing.ReplyWindow;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The reply inference's cost per message of a busy IRC channel (the IRC reader runs it on every message): a
 * steady state with the window full (40 candidates within the hour), about a third of the messages addressed by
 * nick, questions, thanks and answers among them. Builds are compared side by side, each jar in turn:
 * {@code java -Djmh.ignoreLock=true -jar bench/target/benchmarks.jar ReplyInferenceBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReplyInferenceBenchmark {
    static final int MESSAGES = 4_096;
    private static final int PEOPLE = 30;
    private static final String[] TEXTS = {
            "my sound stopped working after the upgrade, any idea?",
            "try restarting the audio service first",
            "and it still shows no output device",
            "thanks, that fixed it",
            "yes, the card shows up in the mixer",
            "hi all, does anyone know how to mount a network share at boot?",
            "ok",
            "which version are you running? check with lsb_release -a",
            "the log says permission denied on the device node when the daemon starts",
            "!info somepackage",
    };

    /**
     * Hidden units added to the shipped linear weights (seeded small random values: the cost, not the picks, is
     * measured here): 0 is the linear ranker, the others a feed-forward scorer, side by side in one run.
     */
    @Param({"0", "32"})
    public int hiddenUnits;

    private final String[] nicks = new String[PEOPLE];
    private final UserId[] people = new UserId[PEOPLE];
    private final int[] authors = new int[MESSAGES];
    private final String[] texts = new String[MESSAGES];
    private final MessageId[] ids = new MessageId[MESSAGES];
    private ReplyInference inference;
    private long seconds = Instant.parse("2026-01-05T08:00:00Z").getEpochSecond();

    @Setup
    public void setUp() {
        for (int p = 0; p < PEOPLE; p++) {
            nicks[p] = "person" + p;
            people[p] = UserId.of("u" + p);
        }
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < MESSAGES; i++) {
            double u = random.nextDouble();
            authors[i] = (int) (u * u * PEOPLE);
            String text = TEXTS[random.nextInt(TEXTS.length)];
            // About a third are addressed by nick to someone who spoke lately, as helpers on IRC answer.
            if (i > 0 && random.nextInt(3) == 0) {
                int to = authors[Math.max(0, i - 1 - random.nextInt(Math.min(i, 10)))];
                text = nicks[to] + ": " + text;
            }
            texts[i] = text;
            ids[i] = MessageId.of("m" + i);
        }
        ReplyWeights weights = withHiddenUnits(ReplyWeights.defaults(), hiddenUnits, new SplittableRandom(5));
        inference = new ReplyInference(new AddressingInference(), ReplyWindow.defaults(), weights);
        // Fill the window once, so that every measured message is scored against a full set of candidates.
        for (int i = 0; i < MESSAGES; i++) {
            observe(i);
        }
    }

    private static ReplyWeights withHiddenUnits(ReplyWeights linear, int units, SplittableRandom random) {
        if (units == 0) {
            return linear;
        }
        double[][] hidden = new double[ReplyWeights.FEATURES][units];
        double[] bias = new double[units];
        double[] out = new double[units];
        for (int j = 0; j < units; j++) {
            for (int k = 0; k < ReplyWeights.FEATURES; k++) {
                hidden[k][j] = random.nextDouble(-0.5, 0.5);
            }
            bias[j] = 0.1;
            out[j] = random.nextDouble(-0.1, 0.1);
        }
        return ReplyWeights.of(linear.toArray(), hidden, bias, out);
    }

    private Object observe(int i) {
        seconds += 15;
        int author = authors[i];
        return inference.observe(ids[i], people[author], nicks[author], Instant.ofEpochSecond(seconds), texts[i]);
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void observeMessage(Blackhole bh) {
        for (int i = 0; i < MESSAGES; i++) {
            bh.consume(observe(i));
        }
    }
}
