package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.oneway.AnsweredInTheRoomScene;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static dev.rapport.rules.oneway.AnsweredInTheRoomScene.anaAroundElsewhere;
import static dev.rapport.rules.oneway.AnsweredInTheRoomScene.answered;
import static dev.rapport.rules.oneway.AnsweredInTheRoomScene.asked;
import static dev.rapport.rules.oneway.AnsweredInTheRoomScene.thanked;
import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question said under someone's post to nobody by name, answered in the room by another member, is kept in the
 * community's snapshot with its asker and the answer's giver by pseudonym: when the process restarts between the
 * answer and the asker's thanks, the thanks still closes the question for the person it sat under. Without the
 * thanks it still waits on them after the restart. The scene is {@code oneway/AnsweredInTheRoomTest}'s
 * ({@link AnsweredInTheRoomScene}), with a restart after the answer.
 */
class AnsweredInTheRoomRestartTest {
    /** The secret {@link Chat} pseudonymises with. */
    private static final Pseudonyms PSEUDONYMS =
            new Pseudonyms("a test secret of enough length".getBytes(StandardCharsets.UTF_8));
    private static final CommunityId COMMUNITY = CommunityId.of(Chat.COMMUNITY);

    @Test
    void aThanksAfterARestartThatFollowedTheAnswerStillClosesTheQuestion() {
        Chat chat = Chat.coaching("ana");
        MessageId plan = asked(chat).plan();
        chat.later(Duration.ofHours(14));
        MessageId answer = answered(chat, plan);
        chat.restart();
        thanked(chat, answer);
        anaAroundElsewhere(chat, Duration.ofHours(1));

        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void withoutTheThanksTheQuestionStillWaitsAfterARestart() {
        Chat chat = Chat.coaching("ana");
        MessageId plan = asked(chat).plan();
        chat.later(Duration.ofHours(14));
        answered(chat, plan);
        chat.restart();
        anaAroundElsewhere(chat, Duration.ofHours(1));

        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void theQuestionAndItsAnswerAreKeptByPseudonymAndGoWithTheAskerWhenForgotten() {
        Chat chat = Chat.coaching("ana");
        MessageId question = asked(chat).question();
        chat.later(Duration.ofHours(14));
        answered(chat, question);
        Instant answeredAt = chat.now();

        CommunitySnapshot kept = chat.engine().communitySnapshot(COMMUNITY).orElseThrow();
        String bob = PSEUDONYMS.of(UserId.of("bob"));
        String dev = PSEUDONYMS.of(UserId.of("dev"));
        assertThat(kept.version()).isEqualTo(CommunitySnapshot.VERSION);
        assertThat(kept.askedUnnamed()).singleElement().satisfies(a -> {
            assertThat(a.asker()).isEqualTo(bob);
            assertThat(a.questions()).containsExactly(question);
            assertThat(a.answeredBy()).contains(dev);
            assertThat(a.answeredAt()).contains(answeredAt);
        });
        assertThat(kept.askedUnnamed().toString()).doesNotContain("bob", "dev", "hybrid", "coastal");

        assertThat(kept.withoutPerson(bob).askedUnnamed()).isEmpty();
        assertThat(kept.withoutPerson(dev).askedUnnamed()).singleElement()
                .satisfies(a -> assertThat(a.answeredBy()).isEmpty());

        // Taken back, the community gives the same again.
        chat.restart();
        assertThat(chat.engine().communitySnapshot(COMMUNITY).orElseThrow().askedUnnamed())
                .isEqualTo(kept.askedUnnamed());
    }
}
