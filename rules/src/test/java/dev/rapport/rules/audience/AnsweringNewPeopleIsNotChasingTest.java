package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.config.CommunitySettings;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The week's mix tells of chasing new people while a customer who wrote heard nothing. Chasing is going to them:
 * words to new people who had not written. New people who came with their own questions (a price, a fault) and got
 * their answers were served, not chased, so a week of answering them is no week spent on prospects.
 */
class AnsweringNewPeopleIsNotChasingTest {
    private static final CommunitySettings CUSTOMER_ROLE = new CommunitySettings(
            Map.of("Customer", Audience.CUSTOMER), Map.of(), Set.of(), Map.of());

    private static Scene aCustomersPraise() {
        return Scene.of(Chat.builder("ana").community(CUSTOMER_ROLE))
                .wearing("Customer", "cleo", "general", "the teapot is in daily use")
                .asks("cleo", "general", "ana", "still the best spout I have ever poured from");
    }

    @Test
    void firesWhenTheWeekWentToNewPeopleOneWentTo() {
        Chat chat = aCustomersPraise()
                .times(6, (s, i) -> s.asks("ana", "general", "guest" + i, "hi! my spring mugs are on the stall page"))
                .finish();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheNewPeopleCameWithTheirOwnQuestions() {
        Chat chat = aCustomersPraise()
                .times(6, (s, i) -> s.asks("guest" + i, "general", "ana", "does the glaze on yours survive a dishwasher?")
                        .asks("ana", "general", "guest" + i, "yes, fired hot enough for it"))
                .finish();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
