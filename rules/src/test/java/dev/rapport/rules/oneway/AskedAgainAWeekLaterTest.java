package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chase follows its question within days, and its wait was told with the first. Someone who asks again more than a
 * week after a question that was told and never answered is left waiting anew: that wait is told too. Asked again
 * three days on, it is still the chase, told once.
 */
class AskedAgainAWeekLaterTest {

    /** Cleo asks Ana by name; Ana keeps posting elsewhere and never answers; the wait is told. */
    private static Chat cleoWaitsAndIsTold() {
        Chat chat = Chat.coaching("ana");
        chat.mention("cleo", "workshop", "ana", "could you look at the wobbly leg on my oak stool sometime?");
        chat.later(Duration.ofHours(5)).say("ana", "lounge", "new chisels came, the sharpening starts tonight");
        chat.later(Duration.ofHours(25)).say("ana", "lounge", "half a day lost to a stubborn dovetail");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
        return chat;
    }

    /** Cleo asks something else about {@code after} the first question's tip; Ana keeps posting and never answers. */
    private static Chat cleoAsksAgain(Duration after) {
        Chat chat = cleoWaitsAndIsTold();
        // Ana is around, not away: she posted a few hours before the new question.
        chat.later(after.minusHours(6)).say("ana", "lounge", "sanded the walnut board down to 240 grit");
        chat.later(Duration.ofHours(6)).mention("cleo", "workshop", "ana", "are the evening classes running through the winter?");
        chat.later(Duration.ofHours(5)).say("ana", "lounge", "glue-up done, clamps everywhere");
        chat.later(Duration.ofHours(30)).say("ana", "lounge", "the bench finally has a vice");
        return chat.finish();
    }

    @Test
    void firesForAQuestionPutAgainMoreThanAWeekLater() {
        assertThat(cleoAsksAgain(Duration.ofDays(8)).findings(ONEWAY_UNANSWERED)).hasSize(2);
    }

    @Test
    void staysQuietForTheChaseAFewDaysLater() {
        assertThat(cleoAsksAgain(Duration.ofDays(3)).findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
