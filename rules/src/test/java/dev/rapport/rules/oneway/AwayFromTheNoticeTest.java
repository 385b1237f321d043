package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone whose last word said they were going away until a known day ("off till Monday, visiting my brother's farm")
 * was away from that word on, however soon after it a question came: their first word back in that channel, owning
 * up to the wait and answering ("Bo so sorry, only just back! ..."), answers it. A question they saw before leaving
 * is not one they were away for.
 */
class AwayFromTheNoticeTest {

    /** From the chat's Monday morning start to Friday morning: the notice names the next Monday. */
    private static final Duration FRIDAY = Duration.ofDays(4);
    private static final String CATCH_UP = "Bo so sorry, only just back! the shelves were extra, about forty quid";

    @Test
    void staysQuietWhenTheQuestionCameHoursAfterTheNoticeAndTheReturnCatchesUp() {
        Chat chat = Chat.coaching("ana");
        chat.later(FRIDAY).say("ana", "lounge", "off till Monday, visiting my brother's farm and the reception "
                + "there is awful");
        chat.later(Duration.ofHours(6)).mention("bo", "kilns", "ana", "did your kiln come with shelves or did you "
                + "buy them separately?");
        chat.later(Duration.ofHours(66)).say("ana", "kilns", CATCH_UP);
        chat.later(Duration.ofDays(2));
        assertThat(chat.finish().findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheQuestionCameBeforeTheNotice() {
        Chat chat = Chat.coaching("ana");
        chat.later(FRIDAY).mention("bo", "kilns", "ana", "did your kiln come with shelves or did you buy them "
                + "separately?");
        chat.later(Duration.ofHours(2)).say("ana", "lounge", "off till Monday, visiting my brother's farm and the "
                + "reception there is awful");
        chat.later(Duration.ofHours(70)).say("ana", "kilns", CATCH_UP);
        chat.later(Duration.ofDays(2));
        assertThat(chat.finish().findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
