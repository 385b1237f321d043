package dev.rapport.rules.oneway;

import dev.rapport.rules.Scene;
import dev.rapport.rules.text.ReminderAsked;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Will you let us know how it goes?" before someone's exam asks for a report once the exam is over: the report is the
 * answer, and the day before it leaves nobody waiting. "How did it go?" after the exam asks for it now.
 */
class ReportAskedForLaterTest {

    @Test
    void staysQuietWhenAskedToTellHowAThingStillToComeGoes() {
        assertThat(Scene.coaching("ana").around("ana")
                .asks("bob", "general", "ana", "you've practised loads, you'll be fine. will you let us know how it goes?")
                .stillAround("ana", "studio", "glazing day, the studio smells of wax")
                .build().findings(ONEWAY_UNANSWERED)).isEmpty();
        assertThat(ReminderAsked.forLater("can you report back how the audition goes?")).isTrue();
    }

    @Test
    void firesWhenAskedHowAThingThatHappenedWent() {
        assertThat(Scene.coaching("ana").around("ana")
                .asks("bob", "general", "ana", "you sat the exam yesterday, right? how did it go?")
                .stillAround("ana", "studio", "glazing day, the studio smells of wax")
                .build().findings(ONEWAY_UNANSWERED)).hasSize(1);
        assertThat(ReminderAsked.forLater("let us know how it went?")).isFalse();
    }
}
