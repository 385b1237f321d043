package dev.rapport.bench;

import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.TextFeatures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Issue 12, row 6: the promotion detector per message, on everyday chat lines without any promotional cue (most of
 * what a community writes) and on promotional ones, against the word features of the same lines. Run with
 * {@code -prof gc} for bytes allocated per message ({@code gc.alloc.rate.norm}); bytes per line, and the promise
 * that a message without a cue allocates none, are {@code SelfPromotionDetectorAllocationTest}'s (the thread's
 * allocation counter). Ten warm-up iterations: on a busy two-core machine the detector's larger methods were still
 * being compiled after two, and the first measured iterations of the promotional lines were several times the last.
 *
 * <p>One row: {@code java -jar bench/target/benchmarks.jar PromoBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class PromoBenchmark {
    /** Everyday lines: questions, thanks, small talk, a link to documentation in a sentence. */
    static final List<String> PLAIN = List.of(
            "good morning everyone, how is the market going this week",
            "does anyone know a good supplier for glass jars in bulk?",
            "thanks, that helped a lot!",
            "I think your packaging looks great, the labels are really clean",
            "we are closed on Monday for the holiday, back on Tuesday",
            "how do you price custom orders without scaring people off?",
            "agreed, the spring fair was busier than last year",
            "the docs at https://docs.example/pricing explain how the tiers work",
            "lol same, my kiln took forever to cool down yesterday",
            "what printer do you use for the labels? mine smudges");
    /** Promotional lines: an own shop, a code, a price, a call to subscribe. */
    static final List<String> PROMOTIONAL = List.of(
            "my new collection is out, check out my shop and use my code MAKER10",
            "subscribe to my channel for weekly pottery videos!",
            "DM me for prices, only 5 left at $20 each",
            "https://shop.example/spring-sale?utm_source=discord",
            "new video is up, like and share if you enjoyed it");

    private final SelfPromotionDetector detector = new SelfPromotionDetector();

    @Benchmark
    @OperationsPerInvocation(10)
    public void detectorWithoutCue(Blackhole bh) {
        for (String t : PLAIN) {
            bh.consume(detector.analyse(t));
        }
    }

    @Benchmark
    @OperationsPerInvocation(5)
    public void detectorPromotional(Blackhole bh) {
        for (String t : PROMOTIONAL) {
            bh.consume(detector.analyse(t));
        }
    }

    /** The reference: the word features every message gets anyway. */
    @Benchmark
    @OperationsPerInvocation(10)
    public void wordFeaturesWithoutCue(Blackhole bh) {
        for (String t : PLAIN) {
            bh.consume(TextFeatures.of(t));
        }
    }
}
