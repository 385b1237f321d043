package dev.rapport.bot.discord;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Button ids carry any value intact: the separator and the escape character inside values are escaped. */
class ComponentIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "+05:30", "UTC+05:30", "GMT-03:00", "a%3Ab", "100%", "::", "%", "Europe/Berlin"})
    void everyValueComesBackAsItWent(String value) {
        String id = ComponentId.of("coach", "consent", value, "MONDAY");

        assertThat(ComponentId.parse(id)).containsExactly("coach", "consent", value, "MONDAY");
    }

    @Test
    void anIdWithoutEscapesReadsAsBefore() {
        assertThat(ComponentId.parse("tip:helpful:42")).isEqualTo(List.of("tip", "helpful", "42"));
    }

    @Test
    void anIdLongerThanDiscordAllowsIsRefusedWhenBuilt() {
        assertThatThrownBy(() -> ComponentId.of("coach", "x".repeat(100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100");
    }
}
