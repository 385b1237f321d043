package dev.rapport.bench;

import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.Enrollment;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.RuleCatalogue;
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
import org.openjdk.jmh.infra.Blackhole;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Issue 12, row 1: the cost of one coached message against the size of the community and the length of its
 * history. Each iteration builds an engine (everyone coached, every rule), feeds it {@code history} messages of a
 * synthetic community of {@code people}, then times the next {@value #BATCH} messages of the same stream. A flat
 * figure across rows means no per-message work grows with people, channels, open questions or past messages.
 *
 * <p>One row: {@code java -jar bench/target/benchmarks.jar ScaleBenchmark -p people=100000 -p history=1000000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class ScaleBenchmark {
    static final int BATCH = 20_000;
    private static final int WARM_UP = 200_000;

    @Param({"300", "3000", "30000", "100000"})
    int people;

    @Param({"10000", "1000000"})
    int history;

    /** Messages per day: 20,000 (a million messages span seven weeks). */
    @Param("20000")
    int perDay;

    private final SelfPromotionDetector detector = new SelfPromotionDetector();
    private final Pseudonyms pseudonyms = new Pseudonyms("benchmark secret, not a real one".getBytes(StandardCharsets.UTF_8));
    private CoachEngine engine;
    private List<ChatMessage> batch;

    /**
     * The compiler's work first, on a stream of its own: otherwise the short-history rows would time a half-compiled
     * engine and the long-history rows a fully compiled one.
     */
    @Setup(Level.Trial)
    public void warmUpCompiler() {
        CoachEngine warm = CoachEngine.builder().rules(RuleCatalogue.standard().rules())
                .enrollment(Enrollment.everyone(ZoneOffset.UTC)).promoDetector(detector).pseudonyms(pseudonyms).build();
        Iterator<ChatMessage> stream = new SyntheticChat(people, 8, perDay, 7).stream(WARM_UP);
        while (stream.hasNext()) {
            warm.accept(stream.next());
        }
        warm.finish();
    }

    @Setup(Level.Iteration)
    public void feedHistory() {
        engine = CoachEngine.builder().rules(RuleCatalogue.standard().rules()).enrollment(Enrollment.everyone(ZoneOffset.UTC))
                .promoDetector(detector).pseudonyms(pseudonyms).build();
        Iterator<ChatMessage> stream = new SyntheticChat(people, 8, perDay, 42).stream((long) history + BATCH);
        for (int i = 0; i < history; i++) {
            engine.accept(stream.next());
        }
        batch = new ArrayList<>(BATCH);
        stream.forEachRemaining(batch::add);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void coachedMessage(Blackhole bh) {
        for (ChatMessage m : batch) {
            bh.consume(engine.accept(m));
        }
    }
}
