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

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The cost of a coached message against the number of requests standing open in the community's last hour: give-take
 * notes who passed over a request they could have answered ({@code CommunityState.notePassedOver}), and until session
 * 21 every coached message looked at every open request of the hour for that. Each iteration builds an engine
 * (everyone coached, every rule), lets {@value #LEARNERS} people ask questions that others answer (what they learned:
 * a request on the same topic is one they could answer), then puts {@code openRequests} questions to the room over
 * the last 50 minutes, nobody answering, each about a few words of a vocabulary of {@value #VOCABULARY} (one in ten
 * about what a learner learned); then times
 * {@value #BATCH} chat messages of the next four minutes, one in ten by a learner. A flat figure across rows means a
 * message's work does not grow with the open requests.
 *
 * <p>{@code java -Djmh.ignoreLock=true -jar bench/target/benchmarks.jar PassedOverBenchmark}; read the rows as ratios
 * to the row with no open request, measured in the same run, and under load the CPU time per message each iteration
 * prints.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class PassedOverBenchmark {
    static final int BATCH = 5_000;
    static final int LEARNERS = 200;
    static final int VOCABULARY = 500;
    private static final int CHATTERS = 2_000;
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final String COMMUNITY = "900000000000000001";
    private static final String CHANNEL = "800000000000000001";
    private static final String[] CHAT = {
            "good morning everyone, lunch was great today",
            "agreed, the spring fair was busier than last year",
            "shipped the new batch today, very happy with it",
            "nice one, congrats on the launch",
    };

    @Param({"0", "100", "500", "2000"})
    int openRequests;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final SelfPromotionDetector detector = new SelfPromotionDetector();
    private final Pseudonyms pseudonyms = new Pseudonyms("benchmark secret, not a real one".getBytes(StandardCharsets.UTF_8));
    private CoachEngine engine;
    private List<ChatMessage> batch;

    /** The compiler's work first: an iteration's setup with the most requests, timed messages included. */
    @Setup(Level.Trial)
    public void warmUpCompiler() {
        for (int round = 0; round < 2; round++) {
            CoachEngine warm = newEngine();
            List<ChatMessage> warmBatch = new ArrayList<>();
            for (ChatMessage m : messages(2_000, 7, warmBatch)) {
                warm.accept(m);
            }
            warmBatch.forEach(warm::accept);
            warm.finish();
        }
    }

    @Setup(Level.Iteration)
    public void openTheRequests() {
        engine = newEngine();
        batch = new ArrayList<>(BATCH);
        for (ChatMessage m : messages(openRequests, 42, batch)) {
            engine.accept(m);
        }
    }

    /**
     * Also prints the CPU time per message of the thread (the engine's work alone): on a shared, loaded machine the
     * wall time of an iteration varies several times over, its CPU time much less.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void coachedMessage(Blackhole bh) {
        long cpu = CPU.getCurrentThreadCpuTime();
        for (ChatMessage m : batch) {
            bh.consume(engine.accept(m));
        }
        cpu = CPU.getCurrentThreadCpuTime() - cpu;
        System.out.printf("  cpu per message: %.1f us (openRequests=%d)%n", cpu / 1_000.0 / BATCH, openRequests);
    }

    private CoachEngine newEngine() {
        return CoachEngine.builder().rules(RuleCatalogue.standard().rules()).enrollment(Enrollment.everyone(ZoneOffset.UTC))
                .promoDetector(detector).pseudonyms(pseudonyms).build();
    }

    /**
     * The history (returned): learners' questions answered, then {@code requests} open ones; the timed chat after it
     * goes into {@code timed}.
     */
    private static List<ChatMessage> messages(int requests, long seed, List<ChatMessage> timed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] words = new String[VOCABULARY];
        for (int i = 0; i < words.length; i++) {
            words[i] = word(random);
        }
        List<ChatMessage> history = new ArrayList<>();
        int id = 0;
        // Two hours before: each learner asks about four words, and someone answers by a reply.
        Instant t = START.minus(Duration.ofHours(2));
        String[] learned = new String[LEARNERS];
        for (int l = 0; l < LEARNERS; l++) {
            learned[l] = words(random, words, 4);
            String question = "has anyone set up the " + learned[l] + " before?";
            history.add(message(++id, t, learner(l), question, 0, null));
            t = t.plusSeconds(1);
            history.add(message(++id, t, chatter(random.nextInt(CHATTERS)),
                    "yes, start from the defaults and change one setting at a time", id - 1, learner(l)));
            t = t.plusSeconds(1);
        }
        // The last 50 minutes before the timed chat: requests to the room that nobody answers.
        Instant from = START.minus(Duration.ofMinutes(50));
        for (int r = 0; r < requests; r++) {
            Instant at = from.plusMillis(Duration.ofMinutes(50).toMillis() * r / Math.max(1, requests));
            // One in ten is on what a learner learned: they could answer it, and pass it over.
            String topic = r % 10 == 0 ? learned[r / 10 % LEARNERS] + " " + words(random, words, 1)
                    : words(random, words, 5);
            history.add(message(++id, at, "asker" + r, "how would you fix the " + topic + "?", 0, null));
        }
        // Four minutes of chat: one message in ten by a learner.
        for (int i = 0; i < BATCH; i++) {
            Instant at = START.plusMillis(48L * i);
            String author = random.nextInt(10) == 0 ? learner(random.nextInt(LEARNERS)) : chatter(random.nextInt(CHATTERS));
            timed.add(message(++id, at, author, CHAT[random.nextInt(CHAT.length)], 0, null));
        }
        return history;
    }

    private static ChatMessage message(int id, Instant at, String author, String text, int replyTo, String to) {
        var b = ChatMessage.builder().id(Integer.toString(1_000_000 + id)).at(at).in(COMMUNITY, CHANNEL).by(author)
                .text(text);
        if (replyTo > 0) {
            b.replyTo(Integer.toString(1_000_000 + replyTo), to);
        }
        return b.build();
    }

    private static String learner(int l) {
        return "learner" + l;
    }

    private static String chatter(int c) {
        return "chatter" + c;
    }

    private static String words(SplittableRandom random, String[] vocabulary, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return s.toString();
    }

    /** A made-up content word: six letters, none of them an everyday word. */
    private static String word(SplittableRandom random) {
        StringBuilder s = new StringBuilder("q");
        for (int i = 0; i < 5; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }
}
