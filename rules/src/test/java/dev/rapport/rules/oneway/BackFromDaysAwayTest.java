package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who said they are at a fair from Monday to Thursday of next week is away, not ignoring the question put to
 * them meanwhile, and a look-in on the Tuesday is not her return: back on the Friday, her answer is in time. And the
 * welcome back it draws ("no bother, Jo fixed mine. Good trip?") is small talk, owed nobody an
 * answer, where a question of substance in the same place still waits.
 */
class BackFromDaysAwayTest {

    /** Her word on Sunday, Bob's question two hours later, her look-in on Tuesday and her answer on Friday morning. */
    private static Chat askedWhileAway(String notice) {
        Chat chat = Chat.coaching("ana");
        chat.later(Duration.ofDays(6));
        chat.say("ana", "kit", notice);
        chat.later(Duration.ofHours(2));
        chat.mention("bob", "kit", "ana", "has the warehouse replaced your faulty label printer yet?");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "general", "quick look in: the stand is heaving, loads of leads");
        chat.later(Duration.ofDays(2).plusHours(21));
        chat.mention("ana", "kit", "bob", "yes, new one came Wednesday, the old one goes back in its box");
        return chat;
    }

    @Test
    void aQuestionPutWhileSheIsAtAFairTheDaysSheAnnouncedWaitsForHerReturn() {
        Chat chat = askedWhileAway("I'm at the trade fair in Leeds Monday to Thursday next week, slow replies");
        chat.later(Duration.ofDays(3));
        chat.finish();

        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void withoutTheNoticeTheSameSilenceLeftTheQuestionWaiting() {
        Chat chat = askedWhileAway("sorted the van insurance today, finally");
        chat.later(Duration.ofDays(3));
        chat.finish();

        assertThat(chat.findings(ONEWAY_UNANSWERED)).isNotEmpty();
    }

    @Test
    void theWelcomeBackSmallTalkWaitsOnNobody() {
        Chat chat = askedWhileAway("I'm at the trade fair in Leeds Monday to Thursday next week, slow replies");
        MessageId back = chat.say("ana", "general", "home again, what a week");
        chat.reply("bob", "general", back, "ana", "no bother, Jo fixed mine. Good trip?");
        chat.later(Duration.ofDays(3));
        chat.finish();

        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aQuestionOfSubstanceInTheSamePlaceStillWaits() {
        Chat chat = askedWhileAway("I'm at the trade fair in Leeds Monday to Thursday next week, slow replies");
        MessageId back = chat.say("ana", "general", "home again, what a week");
        chat.reply("bob", "general", back, "ana", "no bother, Jo fixed mine. Did the invoice go out before you left?");
        chat.later(Duration.ofDays(3));
        chat.finish();

        assertThat(chat.findings(ONEWAY_UNANSWERED)).isNotEmpty();
    }
}
