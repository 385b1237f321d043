package dev.rapport.bench;

import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.CuesAhead;
import dev.rapport.rules.engine.Enrollment;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.promo.PromoDetector;
import dev.rapport.rules.promo.PromoVerdict;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.text.TextCues;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The engine's cost per message, side by side: everyone coached with the full rule catalogue, everyone coached
 * with no rules (the bookkeeping alone), and nobody coached (what a message by a person who did not opt in costs).
 * Each invocation replays the same synthetic week-spanning stream into a fresh engine. And the full catalogue with
 * each text's promotion verdict and text cues prepared ahead, as replay's reading thread prepares them: what is left
 * of a message's cost on the coaching thread, the one a replay waits for.
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
    /** Each text's verdict and cues, worked out before the measurement as on another thread. */
    private final Map<String, PromoVerdict> verdicts = new HashMap<>();
    private final Map<String, TextCues> cues = new HashMap<>();
    private final SelfPromotionDetector detector = new SelfPromotionDetector();
    private final Pseudonyms pseudonyms = new Pseudonyms("benchmark secret, not a real one".getBytes(StandardCharsets.UTF_8));

    @Setup
    public void setUp() {
        stream = SyntheticChat.generate(MESSAGES, 300, 42);
        for (ChatMessage m : stream) {
            verdicts.computeIfAbsent(m.text(), detector::analyse);
            cues.computeIfAbsent(m.text(), text -> TextCues.of(text, m.links()));
        }
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
    public void everyoneCoachedAllRulesCuesPrepared(Blackhole bh) {
        PromoDetector prepared = text -> {
            PromoVerdict v = verdicts.get(text);
            return v != null ? v : detector.analyse(text);
        };
        CuesAhead ahead = (text, links) -> cues.get(text);
        replay(CoachEngine.builder().rules(List.copyOf(RuleCatalogue.standard().rules()))
                .enrollment(Enrollment.everyone(ZoneOffset.UTC)).promoDetector(prepared).cuesAhead(ahead)
                .pseudonyms(pseudonyms).build(), bh);
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
