package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static dev.rapport.rules.audience.AskedByNameScene.askedByName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Having done someone's course, told to them with the I said ("I did your watercolour course in the autumn"), is having
 * come to their paid session, as "went to your class" is; and places on their next one asked by the count ("we'd like
 * two places") ask for their paid session: together, a pupil back for more, whose question left a day is a customer
 * left waiting.
 */
class CourseDoneBeforeTest {

    @Test
    void aCourseDoneWithTheISaidIsASessionCameTo() {
        assertThat(BoughtBefore.servedBy("I did your watercolour course last autumn and loved every week of it"))
                .isTrue();
        assertThat(BoughtBefore.servedBy("we've done one of your sourdough workshops, still baking from it")).isTrue();
    }

    @Test
    void aCourseAskedAboutOrSomeoneElsesIsNoSessionCameTo() {
        assertThat(BoughtBefore.servedBy("hi, did your watercolour course run in the end?")).isFalse();
        assertThat(BoughtBefore.servedBy("my neighbour did your watercolour course last autumn")).isFalse();
        assertThat(BoughtBefore.servedBy("I did your course's poster for the library board")).isFalse();
    }

    @Test
    void placesAskedByTheCountTalkOfPay() {
        assertThat(BoughtBefore.payTalked("Is the next one on in May? We'd like two places on it, my sister is keen too."))
                .isTrue();
        assertThat(BoughtBefore.payTalked("could we book three spots on the May weekend?")).isTrue();
    }

    @Test
    void aPlaceToGoOrASeatKeptIsNoTalkOfPay() {
        assertThat(BoughtBefore.payTalked("we'd love a place to stay near the venue, any tips?")).isFalse();
        assertThat(BoughtBefore.payTalked("I'd like a seat in the car if anyone drives up")).isFalse();
        assertThat(BoughtBefore.payTalked("could I have a seat for lunch with you lot?")).isFalse();
    }

    @Test
    void firesWhenAPupilWhoDidTheirCourseAsksForPlacesOnTheNextAndHearsNothing() {
        Chat chat = askedByName("I did your hedge-laying course last autumn, best weekend of the year. Is there a "
                + "follow-on in spring? We'd like two places on it, my brother wants to come.");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheAskerOnlyAsksWhetherTheirCourseRan() {
        Chat chat = askedByName("hi, did your hedge-laying course run in the end? Is there a follow-on in "
                + "spring?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
