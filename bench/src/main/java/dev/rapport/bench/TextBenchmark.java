package dev.rapport.bench;

import dev.rapport.rules.links.LinkExtractor;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.EchoQuestion;
import dev.rapport.rules.text.GatedPattern;
import dev.rapport.rules.text.Hiring;
import dev.rapport.rules.text.TextFeatures;
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

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-message text work, side by side: the hand-written link scanner against the obvious regular expression
 * doing the same job (both then fingerprint what they found), and the word features and promotion detector
 * against the same message set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TextBenchmark {
    static final int TEXTS = 1_000;
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");

    private List<String> texts;
    private List<String> lowered;
    private List<GatedPattern> gated;
    private final SelfPromotionDetector detector = new SelfPromotionDetector();

    @Setup
    public void setUp() throws ReflectiveOperationException {
        texts = new ArrayList<>(TEXTS);
        SyntheticChat.generate(TEXTS, 50, 7).forEach(m -> texts.add(m.text()));
        lowered = new ArrayList<>(TEXTS);
        texts.forEach(t -> lowered.add(t.toLowerCase(Locale.ROOT)));
        gated = new ArrayList<>();
        for (String name : List.of("text.Pitch", "text.OfferRequest", "audience.BoughtBefore", "audience.EventWorked",
                "text.ReminderAsked", "text.CatchUp")) {
            Class<?> c = Class.forName("dev.rapport.rules." + name);
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == GatedPattern.class) {
                    f.setAccessible(true);
                    gated.add((GatedPattern) f.get(null));
                }
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(TEXTS)
    public void linksHandWritten(Blackhole bh) {
        for (String t : texts) {
            bh.consume(LinkExtractor.extract(t));
        }
    }

    @Benchmark
    @OperationsPerInvocation(TEXTS)
    public void linksRegex(Blackhole bh) {
        for (String t : texts) {
            Matcher m = URL.matcher(t);
            List<String> found = new ArrayList<>(2);
            while (m.find()) {
                found.add(LinkExtractor.fingerprint(m.group()));
            }
            bh.consume(found);
        }
    }

    @Benchmark
    @OperationsPerInvocation(TEXTS)
    public void wordFeatures(Blackhole bh) {
        for (String t : texts) {
            bh.consume(TextFeatures.of(t));
        }
    }

    @Benchmark
    @OperationsPerInvocation(TEXTS)
    public void promotionDetector(Blackhole bh) {
        for (String t : texts) {
            bh.consume(detector.analyse(t));
        }
    }

    /**
     * Session 42: the readings' gated expressions (every {@link GatedPattern} of Pitch, OfferRequest, BoughtBefore,
     * EventWorked, ReminderAsked and CatchUp) over the lowered texts, against {@link #gatedExpressionsUngated}: the
     * same expressions run on every text, as they were before the gates. Per text, all expressions.
     */
    @Benchmark
    @OperationsPerInvocation(TEXTS)
    public void gatedExpressions(Blackhole bh) {
        for (String t : lowered) {
            for (GatedPattern p : gated) {
                bh.consume(p.find(t));
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(TEXTS)
    public void gatedExpressionsUngated(Blackhole bh) {
        for (String t : lowered) {
            for (GatedPattern p : gated) {
                bh.consume(p.pattern().matcher(t).find());
            }
        }
    }

    /** Session 32: Hiring with its gate, against {@link #hiringUngated}, the reading as it was. */
    @Benchmark
    @OperationsPerInvocation(TEXTS)
    public void hiring(Blackhole bh) {
        for (String t : texts) {
            bh.consume(Hiring.is(t));
        }
    }

    @Benchmark
    @OperationsPerInvocation(TEXTS)
    public void hiringUngated(Blackhole bh) {
        for (String t : texts) {
            bh.consume(UngatedReadings.hiring(t));
        }
    }

    /** Session 32: the echo words in one pass, against {@link #echoWordsUngated}, the replaceAll and split. */
    @Benchmark
    @OperationsPerInvocation(TEXTS)
    public void echoWords(Blackhole bh) {
        for (String t : texts) {
            bh.consume(EchoQuestion.words(t));
        }
    }

    @Benchmark
    @OperationsPerInvocation(TEXTS)
    public void echoWordsUngated(Blackhole bh) {
        for (String t : texts) {
            bh.consume(UngatedReadings.echoWords(t));
        }
    }
}
