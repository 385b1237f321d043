package dev.rapport.rules.engine;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who passed a request over is a set: noting someone is new once, and they are among the passers from then on, as the
 * set grows from a short list into a hashed table.
 */
class QuestionPassersTest {
    private static Question request() {
        return new Question(MessageId.of("q1"), UserId.of("asker"), ChannelId.of("general"),
                Instant.parse("2026-03-02T09:00:00Z"), new int[0], true);
    }

    @Test
    void someoneNotedTwiceIsNewOnlyTheFirstTimeWhateverTheSetsSize() {
        Question q = request();
        List<UserId> noted = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            UserId u = UserId.of("u" + k);
            assertThat(q.wasPassedBy(u)).as("u%d before being noted", k).isFalse();
            assertThat(q.notePasser(u)).as("u%d noted first", k).isTrue();
            assertThat(q.notePasser(u)).as("u%d noted again", k).isFalse();
            noted.add(u);
            assertThat(q.wasPassedBy(noted.get(k / 2))).isTrue();
        }
        assertThat(q.passers()).containsExactlyInAnyOrderElementsOf(noted);
    }

    @Test
    void aPasserNotedTheOtherWayIsNotNewToNotePasser() {
        Question q = request();
        for (int k = 0; k < 20; k++) {
            q.addPasser(UserId.of("u" + k));
        }
        assertThat(q.notePasser(UserId.of("u3"))).isFalse();
        assertThat(q.notePasser(UserId.of("u19"))).isFalse();
        assertThat(q.notePasser(UserId.of("u20"))).isTrue();
        assertThat(q.passers()).hasSize(21);
    }
}
