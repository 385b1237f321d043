package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question said under someone's post to nobody by name, answered in the room by another member, is kept in the
 * community's snapshot with its asker and the answer's giver by pseudonym: when the process restarts between the
 * answer and the asker's thanks, the thanks still closes the question for the person it sat under. Without the
 * thanks it still waits on them after the restart.
 */
class AnsweredInTheRoomRestartTest {
    /** The secret {@link Chat} pseudonymises with. */
    private static final Pseudonyms PSEUDONYMS =
            new Pseudonyms("a test secret of enough length".getBytes(StandardCharsets.UTF_8));
    private static final CommunityId COMMUNITY = CommunityId.of(Chat.COMMUNITY);

    @Test
    void aThanksAfterARestartThatFollowedTheAnswerStillClosesTheQuestion() {
        Chat chat = Chat.coaching("ana");
        MessageId plan = asked(chat);
        chat.later(Duration.ofHours(14));
        MessageId answer = chat.reply("dev", "general", plan, "bob",
                "the coastal path is fine on a hybrid, just walk the last stony stretch down to the harbour");
        chat.restart();
        chat.later(Duration.ofMinutes(30));
        chat.reply("bob", "general", answer, "dev", "thanks Dev, hybrid it is then");
        // Ana is around, busy elsewhere: an answer owed would be hers to give.
        chat.later(Duration.ofHours(1)).say("ana", "workshop", "truing a wheel for a friend this afternoon");
        chat.later(Duration.ofHours(30));

        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void withoutTheThanksTheQuestionStillWaitsAfterARestart() {
        Chat chat = Chat.coaching("ana");
        MessageId plan = asked(chat);
        chat.later(Duration.ofHours(14));
        chat.reply("dev", "general", plan, "bob",
                "the coastal path is fine on a hybrid, just walk the last stony stretch down to the harbour");
        chat.restart();
        // Ana is around, busy elsewhere: an answer owed would be hers to give.
        chat.later(Duration.ofHours(1)).say("ana", "workshop", "truing a wheel for a friend this afternoon");
        chat.later(Duration.ofHours(30));

        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void theQuestionAndItsAnswerAreKeptByPseudonymAndGoWithTheAskerWhenForgotten() {
        Chat chat = Chat.coaching("ana");
        MessageId plan = chat.say("bob", "general", "planning a ride along the coast on Saturday, first long one");
        MessageId quip = chat.later(Duration.ofMinutes(10))
                .reply("ana", "general", plan, "bob", "bring more snacks than you think you need");
        MessageId question = chat.later(Duration.ofMinutes(10))
                .reply("bob", "general", quip, "ana", "ha, noted. is a hybrid ok for the path?");
        chat.later(Duration.ofHours(14));
        chat.reply("dev", "general", question, "bob",
                "the coastal path is fine on a hybrid, just walk the last stony stretch down to the harbour");
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

    /** Bob shares a plan; Ana quips under it; Bob's question follows under her quip, naming nobody. */
    private static MessageId asked(Chat chat) {
        MessageId plan = chat.say("bob", "general", "planning a ride along the coast on Saturday, first long one");
        chat.later(Duration.ofMinutes(10));
        MessageId quip = chat.reply("ana", "general", plan, "bob", "bring more snacks than you think you need");
        chat.later(Duration.ofMinutes(10));
        chat.reply("bob", "general", quip, "ana", "ha, noted. is a hybrid ok for the path?");
        return plan;
    }
}
