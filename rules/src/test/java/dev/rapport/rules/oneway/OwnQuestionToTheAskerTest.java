package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone asked a favour by name who then turns to the asker with a question of their own ("is a matte glaze too flat
 * for mugs?") asks them something new, and thanking them for that answer ("thanks, going with satin then") thanks them
 * for it: what the asker wanted still waits. A question back about what they asked ("which page, the one with the kiln
 * photos?") or words that take it up do answer it.
 */
class OwnQuestionToTheAskerTest {

    /** Cleo asks Ana to proofread her page; the next day Ana asks Cleo {@code ownQuestion}, Cleo answers, Ana replies. */
    private static Chat anaTurnsToCleo(String ownQuestion, String afterTheAnswer) {
        Chat chat = Chat.coaching("ana");
        chat.mention("cleo", "workshop", "ana", "could you proofread the about page of my pottery site when you "
                + "have a minute?");
        MessageId own = chat.later(Duration.ofHours(20)).mention("ana", "workshop", "cleo", ownQuestion);
        MessageId answer = chat.later(Duration.ofMinutes(30)).reply("cleo", "workshop", own, "ana",
                "a bit, yes. satin sits nicer in the hand");
        chat.later(Duration.ofMinutes(10)).reply("ana", "workshop", answer, "cleo", afterTheAnswer);
        chat.later(Duration.ofHours(30)).say("ana", "lounge", "kiln is loaded, fingers crossed for the reds");
        chat.later(Duration.ofDays(2)).say("ana", "lounge", "the reds came out lovely this time");
        return chat.finish();
    }

    @Test
    void firesWhenTheOneAskedOnlyPutsTheirOwnQuestionToTheAskerAndThanksThem() {
        assertThat(anaTurnsToCleo("is a matte glaze too flat for mugs in your view?", "thanks, going with satin then")
                .findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheQuestionBackIsAboutWhatTheyAsked() {
        assertThat(anaTurnsToCleo("which page of the site, the one with the kiln photos?", "thanks, on it tonight")
                .findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void staysQuietWhenTheMessageAnswersFirstAndThenAsksItsOwnQuestion() {
        assertThat(anaTurnsToCleo("happy to, tonight after the firing. is a matte glaze too flat for mugs?",
                "thanks, going with satin then").findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void staysQuietWhenTheThanksTakesUpWhatTheyAsked() {
        assertThat(anaTurnsToCleo("is a matte glaze too flat for mugs in your view?", "thanks! and your about page "
                + "reads well, one typo in the second line").findings(ONEWAY_UNANSWERED)).isEmpty();
    }
}
