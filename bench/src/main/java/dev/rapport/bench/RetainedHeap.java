package dev.rapport.bench;

import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.Enrollment;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.RuleCatalogue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Issue 12, row 4: the heap the engine retains per tracked person after a simulated active week of a community of
 * {@code PEOPLE} people ({@code MESSAGES} messages over 7 days), everyone coached, measured as the heap in use after
 * full collections with the engine alive minus the heap before it, divided by the people it tracks. The reference,
 * in the same run: the same week with nobody coached (what the community-wide state alone costs per person).
 *
 * <p>{@code java -Xmx2g -cp bench/target/benchmarks.jar dev.rapport.bench.RetainedHeap [PEOPLE] [MESSAGES]
 * [histogram|fields [ROWS]]}; prints one JSON object for {@link BenchTable}. With {@code histogram}, the class
 * histogram of the heap after the coached week (the engine still alive) goes to standard error first, its largest
 * {@code ROWS} (default 40) classes: what the per-person figure is made of; with {@code fields}, the same heap by the
 * field that holds it ({@link HeapByField}; run with {@code --add-opens java.base/java.util=ALL-UNNAMED
 * --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.time=ALL-UNNAMED}).
 */
public final class RetainedHeap {
    private RetainedHeap() {
    }

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        String breakdown = args.length > 2 ? args[2] : "";
        int rows = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        long coached = retained(people, messages, true, breakdown, rows);
        long notCoached = retained(people, messages, false, "", 0);
        System.out.printf(Locale.ROOT, "{\"people\":%d,\"messages\":%d,\"coachedBytesPerPerson\":%d,"
                + "\"notCoachedBytesPerPerson\":%d}%n", people, messages, coached, notCoached);
    }

    /** Bytes per tracked person. */
    private static long retained(int people, int messages, boolean coach, String breakdown, int rows) {
        long before = settledHeap();
        Enrollment enrollment = coach ? Enrollment.everyone(ZoneOffset.UTC) : user -> Optional.empty();
        CoachEngine engine = CoachEngine.builder().rules(RuleCatalogue.standard().rules()).enrollment(enrollment)
                .promoDetector(new SelfPromotionDetector())
                .pseudonyms(new Pseudonyms("benchmark secret, not a real one".getBytes(StandardCharsets.UTF_8)))
                .build();
        // A week: messages spread over 7 days, in 8 channels.
        Iterator<ChatMessage> week = new SyntheticChat(people, 8, messages / 7, 42).stream(messages);
        while (week.hasNext()) {
            engine.accept(week.next());
        }
        long after = settledHeap();
        if (breakdown.equals("histogram")) {
            System.err.println(histogram(rows));
        } else if (breakdown.equals("fields")) {
            System.err.println(HeapByField.of(engine, rows));
        }
        int tracked = coach ? engine.coachedUsers().size() : people;
        Reference.reachabilityFence(engine);
        return (after - before) / Math.max(1, tracked);
    }

    /** The first rows of the JVM's class histogram (as {@code jcmd PID GC.class_histogram} prints it). */
    private static String histogram(int rows) {
        try {
            ObjectName command = new ObjectName("com.sun.management:type=DiagnosticCommand");
            String all = (String) ManagementFactory.getPlatformMBeanServer().invoke(command, "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            String[] lines = all.split("\n");
            StringBuilder out = new StringBuilder();
            // Two header lines, the rows, and the total on the last line.
            for (int i = 0; i < Math.min(lines.length, rows + 2); i++) {
                out.append(lines[i]).append('\n');
            }
            return out.append(lines[lines.length - 1]).toString();
        } catch (JMException e) {
            return "no class histogram: " + e;
        }
    }

    private static long settledHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        // Collect until the figure stops falling: finalisation and reference processing can take a round or two.
        for (int i = 0; i < 5; i++) {
            memory.gc();
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used - 1024) {
                return now;
            }
            used = now;
        }
        return used;
    }
}
