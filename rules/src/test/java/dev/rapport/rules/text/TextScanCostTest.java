package dev.rapport.rules.text;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link SeeksClients} reads every community message of someone not yet known to want clients, and
 * {@link TopicWords} every question: both are fed from the community's state, on the coaching thread. A message that
 * names no clients costs one pass and no allocation; a question's topic costs its result array and nothing per word.
 * Measured with the thread's own allocation counter (bytes, not time), as the detector's allocation test does.
 */
class TextScanCostTest {
    private static final int ATTEMPTS = 3;
    private static com.sun.management.ThreadMXBean threads;

    @BeforeAll
    static void allocationCounter() {
        threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "this JVM counts no allocation per thread");
        threads.setThreadAllocatedMemoryEnabled(true);
    }

    @Test
    void aMessageThatNamesNoClientsAllocatesNothing() {
        String line = "Morning all! Does anyone know why my glaze crawls on the rim of the big bowls? Tried thinner coats.";
        for (int i = 0; i < 20_000; i++) {
            SeeksClients.is(line);
        }
        long fewest = Long.MAX_VALUE;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long id = Thread.currentThread().getId();
            long before = threads.getThreadAllocatedBytes(id);
            for (int i = 0; i < 500; i++) {
                SeeksClients.is(line);
            }
            fewest = Math.min(fewest, threads.getThreadAllocatedBytes(id) - before);
        }
        assertThat(fewest).isZero();
    }

    @Test
    void clientsInAnyCaseStillReachTheWish() {
        assertThat(SeeksClients.is("HOW DO YOU FOLKS FIND MORE CUSTOMERS?")).isTrue();
        assertThat(SeeksClients.is("We want more Buyers at the spring fair")).isTrue();
        assertThat(SeeksClients.namesClients("the Clientele was lovely")).isTrue();
        assertThat(SeeksClients.namesClients("we need more hours in the day")).isFalse();
    }

    @Test
    void aTopicIsTheStringHashOfEachLoweredSingularContentWord() {
        int[] topic = TopicWords.of("Why do my Kiln SHELVES crack? Anyone GETTING cracks too, https://kiln.example/shelf-help");
        int[] expected = {"kiln".hashCode(), "shelve".hashCode(), "crack".hashCode()};
        java.util.Arrays.sort(expected);
        assertThat(topic).containsExactly(expected);
    }

    @Test
    void aQuestionsTopicAllocatesOnlyItsResult() {
        String question = "How do I stop my sourdough starter going grey and runny between feedings in winter, "
                + "and should the flour change when the kitchen is colder than usual?";
        int[] first = TopicWords.of(question);
        for (int i = 0; i < 20_000; i++) {
            TopicWords.of(question);
        }
        long fewest = Long.MAX_VALUE;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long id = Thread.currentThread().getId();
            long before = threads.getThreadAllocatedBytes(id);
            for (int i = 0; i < 500; i++) {
                TopicWords.of(question);
            }
            fewest = Math.min(fewest, threads.getThreadAllocatedBytes(id) - before);
        }
        // the 12 words' array (16 + 48 bytes) each time, and nothing per word
        assertThat(first).hasSize(12);
        assertThat(fewest / 500).isLessThanOrEqualTo(64);
    }
}
