package dev.rapport.bench;

import dev.rapport.bot.digest.ChartImage;
import dev.rapport.bot.digest.Digest;
import dev.rapport.bot.digest.DigestHtml;
import dev.rapport.bot.digest.DigestMarkdown;
import dev.rapport.bot.digest.ScoreChart;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyStats;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rendering weekly digests: the score card from eight weeks of numbers, the PNG chart, the Markdown and the HTML,
 * one person per operation, over 500 different people (seeded). Run with one thread and with two (the machine's
 * two cores): 10,000 digests take 10,000 x the average time / threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class DigestBenchmark {
    static final int PEOPLE = 500;
    private static final IsoWeek WEEK = new IsoWeek(2026, 10);

    private final List<Map<IsoWeek, WeeklyStats>> histories = new ArrayList<>(PEOPLE);
    private final AtomicInteger next = new AtomicInteger();
    private final ScoreChart chart = new ScoreChart();
    private final DigestMarkdown markdown = new DigestMarkdown();
    private final DigestHtml html = new DigestHtml();

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(13);
        for (int p = 0; p < PEOPLE; p++) {
            Map<IsoWeek, WeeklyStats> weeks = new HashMap<>();
            IsoWeek w = WEEK;
            for (int i = 0; i < 8; i++) {
                if (random.nextInt(5) > 0) {
                    weeks.put(w, stats(random));
                }
                w = w.previous();
            }
            histories.add(weeks);
        }
    }

    private static WeeklyStats stats(SplittableRandom r) {
        int messages = 1 + r.nextInt(60);
        int replies = r.nextInt(messages + 1);
        int links = r.nextInt(messages / 3 + 1);
        Map<Audience, Integer> mix = new EnumMap<>(Audience.class);
        mix.put(Audience.PEER, r.nextInt(20));
        mix.put(Audience.SEEKER, r.nextInt(8));
        mix.put(Audience.CUSTOMER, r.nextInt(4));
        int answered = r.nextInt(4);
        return new WeeklyStats(messages, replies, r.nextInt(6), r.nextInt(6), answered + r.nextInt(3), answered,
                answered == 0 ? -1 : 60L * r.nextInt(2_000), links, links, (double) links / messages, r.nextInt(3),
                (double) (messages - replies) / messages, r.nextInt(100), r.nextInt(100), 1.0, mix, 0.5, r.nextInt(2),
                List.of(), r.nextInt(10), r.nextInt(3));
    }

    private Digest nextDigest() {
        int i = Math.floorMod(next.getAndIncrement(), PEOPLE);
        return Digest.of(UserId.of("u" + i), "Person " + i, WEEK, histories.get(i), Optional.empty());
    }

    /** Everything a digest needs, by one thread. */
    @Benchmark
    public void digest(Blackhole bh) {
        render(bh);
    }

    /** The same on both cores at once: what replay --digest and the live bot can use. */
    @Benchmark
    @Threads(2)
    public void digestTwoThreads(Blackhole bh) {
        render(bh);
    }

    /** The chart alone (most of the cost). */
    @Benchmark
    public ChartImage chartOnly() {
        Digest d = nextDigest();
        return chart.render(d.card(), d.fileStem() + ".png");
    }

    private void render(Blackhole bh) {
        Digest d = nextDigest();
        ChartImage image = chart.render(d.card(), d.fileStem() + ".png");
        bh.consume(image);
        bh.consume(markdown.render(d, image));
        bh.consume(html.render(d, image));
    }
}
