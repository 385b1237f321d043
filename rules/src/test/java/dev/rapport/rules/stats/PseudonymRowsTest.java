package dev.rapport.rules.stats;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows keyed by pseudonym behave like a map from the pseudonym's text to its counts. */
class PseudonymRowsTest {

    @Test
    void aPseudonymOfTheEnginesFormIsItsNumberAndBack() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 10_000; i++) {
            long code = random.nextLong(1L << 40);
            String text = PseudonymCode.text(code);
            assertThat(text).matches("p-[0-9a-f]{10}");
            assertThat(PseudonymCode.of(text)).isEqualTo(code);
        }
        assertThat(PseudonymCode.of("p-00000000ff")).isEqualTo(255);
        assertThat(PseudonymCode.text(0)).isEqualTo("p-0000000000");
        assertThat(PseudonymCode.of(new byte[]{0x3f, (byte) 0x9a, 0x1c, 0x0b, 0x2e, 0x77})).isEqualTo(
                PseudonymCode.of("p-3f9a1c0b2e"));
    }

    @Test
    void otherTextIsNotANumber() {
        for (String other : new String[]{"", "p-", "p-1", "alice", "p-3F9A1C0B2E", "p-3f9a1c0b2e0", "q-3f9a1c0b2e",
                "p-3f9a1c0b2g", "p_3f9a1c0b2e"}) {
            assertThat(PseudonymCode.of(other)).as(other).isEqualTo(-1);
        }
    }

    @Test
    void rowsAgreeWithAMapThroughAddsAndRemovalsOfBothForms() {
        PseudonymRows rows = new PseudonymRows(2);
        Map<String, int[]> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(11);
        for (int step = 0; step < 30_000; step++) {
            // Few and many people (the scan and the index), engine pseudonyms and others read back from storage.
            int people = step < 10_000 ? 6 : 300;
            int who = random.nextInt(people);
            String pseudonym = who % 5 == 0 ? "person-" + who : PseudonymCode.text(who * 7_919L);
            int op = random.nextInt(20);
            if (op < 15) {
                int r = rows.findOrAdd(rows.key(pseudonym), -1);
                rows.add(r, 0, 1);
                rows.set(r, 1, step);
                int[] e = expected.computeIfAbsent(pseudonym, k -> new int[]{-1, -1});
                e[0]++;
                e[1] = step;
            } else if (op < 19) {
                long key = rows.knownKey(pseudonym);
                int r = key < 0 ? -1 : rows.find(key);
                int[] e = expected.get(pseudonym);
                if (e == null) {
                    assertThat(r).isEqualTo(-1);
                } else {
                    assertThat(rows.get(r, 0)).isEqualTo(e[0]);
                    assertThat(rows.get(r, 1)).isEqualTo(e[1]);
                    assertThat(rows.pseudonym(rows.keyAt(r))).isEqualTo(pseudonym);
                }
            } else {
                int limit = random.nextInt(step + 1);
                rows.retain((table, r) -> table.get(r, 1) >= limit);
                expected.values().removeIf(e -> e[1] < limit);
            }
            assertThat(rows.size()).isEqualTo(expected.size());
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            seen.put(rows.pseudonym(rows.keyAt(r)), rows.get(r, 0));
        }
        Map<String, Integer> counts = new HashMap<>();
        expected.forEach((k, v) -> counts.put(k, v[0]));
        assertThat(seen).isEqualTo(counts);
    }

    @Test
    void aWeeksCounterpartsReadBackUnderTheirPseudonymsWhateverTheirForm() {
        WeekTally t = new WeekTally(IsoWeek.parse("2026-W02"));
        long engine = PseudonymCode.of("p-3f9a1c0b2e");
        t.received(engine, dev.rapport.rules.audience.Audience.SEEKER, java.time.DayOfWeek.TUESDAY);
        t.gave("p-3f9a1c0b2e", dev.rapport.rules.audience.Audience.PEER, +1);
        t.helped(engine, +1);
        t.gave("p-legacy", dev.rapport.rules.audience.Audience.CUSTOMER, +1);
        t.acknowledged("p-legacy", +1);

        var counterparts = t.counterparts();

        assertThat(counterparts).containsOnlyKeys("p-3f9a1c0b2e", "p-legacy");
        var one = counterparts.get("p-3f9a1c0b2e");
        assertThat(one.given()).isEqualTo(1);
        assertThat(one.received()).isEqualTo(1);
        assertThat(one.helped()).isEqualTo(1);
        assertThat(one.audience()).isEqualTo(dev.rapport.rules.audience.Audience.PEER);
        assertThat(one.receivedDays()).isEqualTo(0b10);
        assertThat(counterparts.get("p-legacy").acknowledged()).isEqualTo(1);
    }

    @Test
    void aClosedWeekKeepsItsCountsAndStillTakesAnEditBack() {
        WeekTally t = new WeekTally(IsoWeek.parse("2026-W02"));
        for (int i = 0; i < 7; i++) {
            t.gave(i, dev.rapport.rules.audience.Audience.PEER, +1);
            t.responded(60L * i);
        }

        t.close();
        t.gave(3, dev.rapport.rules.audience.Audience.PEER, -1);
        t.gave(99, dev.rapport.rules.audience.Audience.PEER, +1);
        t.responded(30);

        assertThat(t.counterparts()).hasSize(8);
        assertThat(t.counterparts().get(PseudonymCode.text(3)).given()).isZero();
        assertThat(t.counterparts().get(PseudonymCode.text(99)).given()).isEqualTo(1);
        assertThat(t.responseTimes()).containsExactly(0L, 60L, 120L, 180L, 240L, 300L, 360L, 30L);
    }

    @Test
    void rowsTrimmedToSizeAreStillFoundAndGrowAgain() {
        PseudonymRows rows = new PseudonymRows(1);
        for (long k = 0; k < 20; k++) {
            rows.set(rows.findOrAdd(k, 0), 0, (int) k);
        }
        rows.trimToSize();
        // A finished week's table keeps no index: its twenty rows are found by a scan, and a missing key is not.
        for (long k = 0; k < 20; k++) {
            assertThat(rows.get(rows.find(k), 0)).isEqualTo((int) k);
        }
        assertThat(rows.find(20)).isEqualTo(-1);
        rows.set(rows.findOrAdd(20, 0), 0, 20);
        for (long k = 0; k <= 20; k++) {
            assertThat(rows.get(rows.find(k), 0)).isEqualTo((int) k);
        }
        assertThat(rows.size()).isEqualTo(21);
    }
}
