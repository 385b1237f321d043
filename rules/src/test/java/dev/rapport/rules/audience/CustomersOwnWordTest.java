package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question that says by itself that its asker bought from the one asked, or comes back for more of the work they
 * did, is a customer's: owed an answer first, whatever else the asker does here (they sell a spare of their own), and
 * the one asked serves customers, however many questions of their own they put to their fellows.
 */
class CustomersOwnWordTest {

    /**
     * A woodworkers' server: Ana lists a stool with its price and page in the for-sale room, Rosa lists a spare of her
     * own there; then Rosa asks Ana {@code words} and Ana posts elsewhere for two days.
     */
    private static Chat rosaAsksTheMaker(String words) {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "for-sale", "oak milking stool, three legs, oiled, £85: https://anaoak.example/stool");
        chat.later(Duration.ofHours(1)).say("rosa", "for-sale", "spare box of brass hinges, never used, £12 plus "
                + "postage, DM");
        chat.later(Duration.ofDays(2)).mention("rosa", "workshop", "ana", words);
        chat.later(Duration.ofHours(3)).say("ana", "lounge", "planing walnut all morning, the smell!");
        chat.later(Duration.ofHours(26)).say("ana", "lounge", "finished the bench for the school fete");
        return chat.finish();
    }

    @Test
    void firesWhenTheAskerSaysTheyBoughtFromTheOneAsked() {
        Chat chat = rosaAsksTheMaker("I got my footstool off you in May and one leg wobbles now. "
                + "is that something you mend?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheAskerSaysNothingOfBuying() {
        Chat chat = rosaAsksTheMaker("do you make footstools to order? one leg of mine wobbles");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /**
     * A tutors' server: Ana mostly asks her fellows things; Ruth, a parent, asks her {@code words}; Ana asks the
     * staffroom again and again for two days.
     */
    private static Chat ruthAsksTheTutor(String words) {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "staffroom", "does anyone use a timer app for exam practice?");
        chat.later(Duration.ofHours(2)).say("ana", "staffroom", "how much do you all ask when a pupil cancels late?");
        chat.later(Duration.ofHours(20)).mention("ruth", "parents", "ana", words);
        chat.later(Duration.ofHours(2)).say("ana", "staffroom", "any good past papers for the new spec?");
        chat.later(Duration.ofHours(26)).say("ana", "staffroom", "how do you keep the last lesson of the day lively?");
        return chat.finish();
    }

    @Test
    void firesWhenAReturningClientAsksATutorWhoMostlyAsksTheirFellows() {
        Chat chat = ruthAsksTheTutor("you tutored my son for maths last year and he passed! could you take my "
                + "daughter for maths from September?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheParentIsNewToTheTutor() {
        Chat chat = ruthAsksTheTutor("could you take my daughter for maths from September?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
