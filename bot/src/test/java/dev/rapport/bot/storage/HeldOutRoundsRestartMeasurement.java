package dev.rapport.bot.storage;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole-corpus measurement behind {@link HeldOutRoundsRestartTest}: every held-out round (or those chosen with
 * {@code -Drapport.restart.rounds=1,50,90}) replayed straight and restarted, a line per round, and for a round that
 * differs the first state the restarted coach held otherwise. Its name keeps it out of the suite (surefire runs
 * {@code *Test} classes; a skipped test would make a passing build's log speak), so it runs only when named:
 * <pre>mvn -B -o -q -pl bot -am test -Dtest=HeldOutRoundsRestartMeasurement -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * It also runs the suite's cases it inherits.
 */
class HeldOutRoundsRestartMeasurement extends HeldOutRoundsRestartTest {

    @Test
    void chosenRounds() throws Exception {
        String chosen = System.getProperty("rapport.restart.rounds", "all");
        List<Integer> rounds = chosen.equals("all") ? allRounds()
                : Stream.of(chosen.split(",")).map(String::trim).map(Integer::parseInt).toList();
        List<String> differing = new ArrayList<>();
        for (int round : rounds) {
            Outcome straight = replay(round, List.of());
            Outcome restarted = replay(round, restartPoints(round));
            List<String> diff = difference(straight, restarted);
            System.out.println("round " + round + ": " + (diff.isEmpty() ? "same" : diff.size() + " differences"));
            if (!diff.isEmpty()) {
                diff.add(firstDivergence(round));
                differing.add("round " + round + ":\n  " + String.join("\n  ", diff));
            }
        }
        differing.forEach(System.out::println);
        System.out.println(differing.size() + " of " + rounds.size() + " rounds differ");
        assertThat(differing).isEmpty();
    }
}
