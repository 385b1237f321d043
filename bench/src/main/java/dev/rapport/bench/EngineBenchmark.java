package dev.rapport.bench;

import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.Enrollment;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleCatalogue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The engine's cost per message, side by side: everyone coached with the full rule catalogue, everyone coached
 * with no rules (the bookkeeping alone), and nobody coached (what a message by a person who did not opt in costs).
 * Each invocation replays the same synthetic week-spanning stream into a fresh engine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {
    static final int MESSAGES = 20_000;

    private List<ChatMessage> stream;
    private final SelfPromotionDetector detector = new SelfPromotionDetector();
    private final Pseudonyms pseudonyms = new Pseudonyms("benchmark secret, not a real one".getBytes(StandardCharsets.UTF_8));

    @Setup
    public void setUp() {
        stream = SyntheticChat.generate(MESSAGES, 300, 42);
    }

    private CoachEngine engine(List<? extends Rule> rules, Enrollment enrollment) {
        return CoachEngine.builder().rules(List.copyOf(rules)).enrollment(enrollment).promoDetector(detector)
                .pseudonyms(pseudonyms).build();
    }

    private void replay(CoachEngine engine, Blackhole bh) {
        for (ChatMessage m : stream) {
            bh.consume(engine.accept(m));
        }
        bh.consume(engine.finish());
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void everyoneCoachedAllRules(Blackhole bh) {
        replay(engine(RuleCatalogue.standard().rules(), Enrollment.everyone(ZoneOffset.UTC)), bh);
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void everyoneCoachedNoRules(Blackhole bh) {
        replay(engine(List.of(), Enrollment.everyone(ZoneOffset.UTC)), bh);
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void nobodyCoached(Blackhole bh) {
        replay(engine(RuleCatalogue.standard().rules(), user -> Optional.empty()), bh);
    }
}
