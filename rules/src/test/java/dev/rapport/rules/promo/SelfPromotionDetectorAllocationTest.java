package dev.rapport.rules.promo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The detector runs on every message, and most messages carry no cue of promotion: finding that out must not
 * allocate (issue 12, row 6), links included. Measured with the thread's own allocation counter, so the figure is
 * bytes, not time: after the first messages have grown the thread's buffers, a message without a cue costs
 * exactly 0 bytes however often it is analysed.
 */
class SelfPromotionDetectorAllocationTest {
    /** Everyday lines without a cue (the benchmark's, and links of every form the scanner reads). */
    private static final List<String> WITHOUT_CUE = List.of(
            "good morning everyone, how is the market going this week",
            "does anyone know a decent supplier of glass jars in bulk?",
            "thanks, that helped a lot!",
            "I think your packaging looks great, the labels are really clean",
            "we are closed on Monday for the holiday, back on Tuesday",
            "how do you price custom orders without scaring people off?",
            "agreed, the spring fair was busier than last year",
            "the docs at https://docs.example/pricing explain how the tiers work",
            "lol same, my kiln took forever to cool down yesterday",
            "what printer do you use for the labels? mine smudges",
            "the FAQ at HTTPS://Help.Example.COM/Shipping?Lang=en#returns covers it",
            "I filed it at https://github.com/example/kiln-tools/issues/12 yesterday",
            "the manual is on www.example.org/manual/glazes, page 4",
            "their site example.com/about says they ship to Canada",
            "pip install fails on setup.py with python 3.12, e.g. on v1.2.3",
            "<https://forum.example.net/t/cracked-glaze/881> had the same problem");

    private static final int ATTEMPTS = 3;
    private static com.sun.management.ThreadMXBean threads;

    private final SelfPromotionDetector detector = new SelfPromotionDetector();

    @BeforeAll
    static void allocationCounter() {
        threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "this JVM counts no allocation per thread");
        threads.setThreadAllocatedMemoryEnabled(true);
    }

    @Test
    void theLinesHaveNoCue() {
        for (String line : WITHOUT_CUE) {
            assertThat(detector.analyse(line)).as(line).isSameAs(PromoVerdict.NONE);
        }
    }

    @Test
    void aMessageWithoutACueAllocatesNothingLinksIncluded() {
        for (int round = 0; round < 2_000; round++) {
            for (String line : WITHOUT_CUE) {
                detector.analyse(line);
            }
        }
        for (String line : WITHOUT_CUE) {
            assertThat(bytesFor(line, 500)).as("bytes allocated for 500 analyses of \"%s\"", line).isZero();
        }
    }

    @Test
    void aPromotionalMessageAllocatesNothingOnceItsSetOfCuesWasSeen() {
        List<String> promotional = List.of(
                "my new collection is out, check out my shop and use my code MAKER10",
                "subscribe to my channel for weekly pottery videos!",
                "DM me for prices, only 5 left at $20 each",
                "https://shop.example/spring-sale?utm_source=discord",
                "sub4sub anyone? I'll subscribe back",
                "50% off everything this weekend only, use code SPRING24 at checkout",
                "please donate to my project https://www.gofundme.com/f/kiln-repair");
        for (String line : promotional) {
            assertThat(detector.analyse(line).reasons()).as(line).isNotEmpty();
        }
        for (int round = 0; round < 2_000; round++) {
            for (String line : promotional) {
                detector.analyse(line);
            }
        }
        String[] inTurn = promotional.toArray(new String[0]); // an array: iterating a list allocates
        long fewest = Long.MAX_VALUE;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long id = Thread.currentThread().getId();
            long before = threads.getThreadAllocatedBytes(id);
            for (int round = 0; round < 100; round++) {
                // in turn, so the verdicts kept for their sets of cues must not evict each other
                for (String line : inTurn) {
                    detector.analyse(line);
                }
            }
            fewest = Math.min(fewest, threads.getThreadAllocatedBytes(id) - before);
        }
        assertThat(fewest).as("bytes for 100 rounds of %s", promotional).isZero();
    }

    @Test
    void theCounterSeesTheDetectorsAllocation() {
        // the measurement can fail: a message longer than the reused buffers gets buffers of its own
        String longMessage = "thanks, that helped a lot! ".repeat(400);
        detector.analyse(longMessage);
        assertThat(bytesFor(longMessage, 2)).isPositive();
    }

    /**
     * The fewest bytes allocated by {@code times} analyses of {@code line} in {@link #ATTEMPTS} attempts. An
     * allocation per message shows in every attempt (500 analyses of even one small object are kilobytes); the
     * JVM's own one-off work in this thread does not: the counter's first reading, or compiled code thrown away
     * because a class another test loaded broke one of the compiler's assumptions, which runs interpreted for a
     * moment and allocates what the compiler had kept in registers.
     */
    private long bytesFor(String line, int times) {
        long fewest = Long.MAX_VALUE;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long id = Thread.currentThread().getId();
            long before = threads.getThreadAllocatedBytes(id);
            for (int i = 0; i < times; i++) {
                detector.analyse(line);
            }
            fewest = Math.min(fewest, threads.getThreadAllocatedBytes(id) - before);
        }
        return fewest;
    }
}
