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
 * A sentence that ends with a comma and a mention ("my neighbour passed your name on, @cal.") is said to that person,
 * wherever it stands in the message: what the message goes on to say after it is said to them too. A mention after a
 * comma that goes on as part of the sentence (a possessive, a verb) or stands in a list only names someone.
 */
class NameClosingASentenceMidMessageTest {
    private static final UserId CAL = UserId.of("cal");
    private static final UserId RUE = UserId.of("rue");

    @Test
    void aQuestionAfterASentenceClosedByACommaAndTheirNameWaitsForThem() {
        Chat chat = Chat.coaching("dee", "cal");
        MessageId q = chat.mention("dee", "asks", "cal", "Hello! My neighbour passed your name on, @cal. Our upright "
                + "piano needs tuning before a spring concert, could you quote for it?");
        bothAroundForThreeDays(chat);
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement().satisfies(f -> {
            assertThat(f.user().value()).isEqualTo("cal");
            assertThat(f.evidence().suggestions()).containsExactly(q);
        });
    }

    /**
     * "@cal's brother" after the comma says whose brother: Cal is named, and the question, put to nobody in the second
     * person, is the room's. (A "you" question right after a sentence naming someone's own thing by their ping asks
     * them: {@code SpokenTo.ownerAsked}.)
     */
    @Test
    void aPossessiveAfterTheCommaNamesThemAndTheQuestionIsTheRooms() {
        Chat chat = Chat.coaching("dee", "cal");
        chat.mention("dee", "asks", "cal", "Hello! Last year's tuner was a friend of ours, @cal's brother. Our upright "
                + "piano needs tuning before a spring concert, does anyone know who could quote for it?");
        bothAroundForThreeDays(chat);
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aMentionClosingASentenceAfterACommaSpeaksToThemWhereverTheSentenceStands() {
        assertThat(SpokenTo.of("Got the spare strings, @Cal Ode. The old ones went to the school.", List.of(CAL)))
                .containsExactly(CAL);
        assertThat(SpokenTo.of("That chart is brilliant, @Cal! Printing it for the workshop. @Rue's copy is next.",
                List.of(CAL, RUE))).containsExactly(CAL);
    }

    @Test
    void aMentionGoingOnWithAVerbOrStandingInAListOnlyNamesThem() {
        assertThat(SpokenTo.of("For the strings, @Cal showed me. The old ones went to the school.", List.of(CAL)))
                .isEmpty();
        assertThat(SpokenTo.of("Spare strings from @Rue, @Cal. Both shops are shut on Mondays.",
                List.of(RUE, CAL))).isEmpty();
    }

    /** Dee and Cal both write elsewhere on each of the next three days: whoever the question waits for saw it. */
    private static void bothAroundForThreeDays(Chat chat) {
        for (int day = 0; day < 3; day++) {
            chat.later(Duration.ofHours(20)).say("dee", "general", "rehearsal ran late again tonight");
            chat.say("cal", "general", "finished the felts on the grand at last");
        }
    }
}
