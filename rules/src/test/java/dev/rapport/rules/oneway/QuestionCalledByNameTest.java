package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.text.SpokenTo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reply that first names someone as a third person ("the cakes are @cal's") and then turns to them by their name and
 * a comma ("Cal, could you ...?") puts its question to them, as people do in speech: it waits for the one called, not
 * for the one replied to.
 */
class QuestionCalledByNameTest {
    private static final UserId CAL = UserId.of("cal");

    @Test
    void aQuestionOpenedByTheNameOfSomeoneMentionedEarlierWaitsForThem() {
        Chat chat = Chat.coaching("kai", "cal");
        MessageId ask = chat.say("kai", "orders", "new in town! could I get a sponge for Saturday?");
        MessageId q = chat.replyMentioning("bea", "orders", ask, "kai", "cal",
                "Hi Kai, I only bake the bread, the cakes are @cal. Cal, could you fit a sponge in for Saturday?");
        bothAroundForThreeDays(chat);
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement().satisfies(f -> {
            assertThat(f.user().value()).isEqualTo("cal");
            assertThat(f.evidence().suggestions()).containsExactly(q);
        });
    }

    /** The question's own sentence does not open with the name: it goes on speaking to the one replied to. */
    @Test
    void aQuestionNotOpenedByTheNameStillWaitsForTheOneRepliedTo() {
        Chat chat = Chat.coaching("kai", "cal");
        MessageId ask = chat.say("kai", "orders", "new in town! could I get a sponge for Saturday?");
        MessageId q = chat.replyMentioning("bea", "orders", ask, "kai", "cal",
                "Hi Kai, I only bake the bread, the cakes are @cal. Could you say how big a sponge you want?");
        bothAroundForThreeDays(chat);
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement().satisfies(f -> {
            assertThat(f.user().value()).isEqualTo("kai");
            assertThat(f.evidence().suggestions()).containsExactly(q);
        });
    }

    /** Kai and Cal both write elsewhere on each of the next three days: whoever the question waits for saw it. */
    private static void bothAroundForThreeDays(Chat chat) {
        for (int day = 0; day < 3; day++) {
            chat.later(Duration.ofHours(20)).say("kai", "general", "the sea was wild on the front today");
            chat.say("cal", "general", "oven door finally fixed");
        }
    }

    @Test
    void theNameMustBeTheMentionsOwnAndOpenTheQuestionWithAComma() {
        String called = "Sorry, I only do hems. Zips are @Rosa Vine's thing. Rosa, can you take a jacket on Monday?";
        assertThat(SpokenTo.asked(called, List.of(CAL))).containsExactly(CAL);
        assertThat(SpokenTo.of(called, List.of(CAL))).containsExactly(CAL);
        String otherName = "Sorry, I only do hems. Zips are @Rosa Vine's thing. Tom, can you take a jacket on Monday?";
        assertThat(SpokenTo.asked(otherName, List.of(CAL))).isEmpty();
        assertThat(SpokenTo.of(otherName, List.of(CAL))).isEmpty();
        String noComma = "Sorry, I only do hems. Zips are @Rosa Vine's thing. Rosa can take a jacket on Monday?";
        assertThat(SpokenTo.asked(noComma, List.of(CAL))).isEmpty();
    }
}
