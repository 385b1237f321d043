package dev.rapport.rules.finding;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where each suggested message is: kept in the order given, so that a replay's report is the same on every run. */
class EvidencePlacesTest {

    @Test
    void placesKeepTheOrderOfTheSuggestionsTheyWereGivenIn() {
        Map<MessageId, ChannelId> given = new LinkedHashMap<>();
        List<MessageId> suggestions = new ArrayList<>();
        // Enough entries that a hash-ordered copy would almost surely come out in another order.
        for (int i = 40; i > 0; i--) {
            MessageId m = MessageId.of("question-" + i);
            suggestions.add(m);
            given.put(m, ChannelId.of("channel-" + (i % 3)));
        }

        Evidence e = new Evidence(Map.of(), List.of(), List.of(), List.of(), suggestions, given);

        assertThat(e.where().keySet()).containsExactlyElementsOf(suggestions);
        assertThat(e.where()).isEqualTo(given);
        assertThatThrownBy(() -> e.where().put(MessageId.of("another"), ChannelId.of("c")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
