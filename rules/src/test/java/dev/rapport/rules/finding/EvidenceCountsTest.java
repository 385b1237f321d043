package dev.rapport.rules.finding;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Evidence keeps its counts compactly, and they read exactly like the ordered map they were given as. */
class EvidenceCountsTest {

    @Test
    void countsKeepTheirOrderAndEqualTheMapTheyCameFrom() {
        Map<String, Long> given = new LinkedHashMap<>();
        given.put("links", 5L);
        given.put("window-minutes", 10L);
        given.put("people", 1_000_000_000_000L);

        Evidence e = new Evidence(given, List.of(), List.of(), List.of(), List.of());

        assertThat(e.counts()).containsExactly(Map.entry("links", 5L), Map.entry("window-minutes", 10L),
                Map.entry("people", 1_000_000_000_000L));
        assertThat(e.counts()).isEqualTo(given).hasSameHashCodeAs(given);
        assertThat(e.counts().toString()).isEqualTo(given.toString());
        assertThat(e.count("links")).isEqualTo(5);
        assertThat(e.count("absent")).isZero();
        assertThat(e.counts().get("absent")).isNull();
        assertThat(e).isEqualTo(Evidence.builder().count("links", 5).count("window-minutes", 10)
                .count("people", 1_000_000_000_000L).build());
    }

    @Test
    void countsCannotBeChanged() {
        Evidence e = Evidence.builder().count("links", 5).build();

        assertThatThrownBy(() -> e.counts().put("links", 6L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> e.counts().entrySet().iterator().remove()).isInstanceOf(RuntimeException.class);
        assertThat(Evidence.NONE.counts()).isEmpty();
    }
}
