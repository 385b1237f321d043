package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since session 59: a question left on Friday by someone who then writes nothing till Monday waits for their return,
 * and is judged in the week they come back. When that Friday's week already told them a question waited (and it still
 * does), the week's tip said it, read while this one waited too: the one carried over is that week's backlog, not a
 * new lapse in the week they come back to catch up.
 */
class ToldWeeksBacklogTest {

    /**
     * Ana's fortnight in an allotment group: Bo asks her a favour on Tuesday ({@code answersBo}: she says yes at once);
     * on Friday Cy asks about her water butt and she writes nothing till Monday, when she greets the room elsewhere,
     * and answers Cy on Tuesday evening with an apology.
     */
    private static Chat anasFortnight(boolean answersBo) {
        Chat chat = Chat.coaching("ana");
        chat.later(Duration.ofDays(1));
        MessageId hose = chat.mention("bo", "plots", "ana", "@ana could you bring the spare hose on Saturday?");
        if (answersBo) {
            chat.later(Duration.ofMinutes(30));
            chat.reply("ana", "plots", hose, "bo", "yes, it's in the boot already");
        }
        chat.later(Duration.ofHours(6));
        chat.say("ana", "general", "hard frost on the leeks this morning, first of the winter");
        chat.later(Duration.ofDays(3).minusHours(3));
        MessageId cracked = chat.say("ana", "plots", "the water butt by the gate has cracked again");
        chat.later(Duration.ofMinutes(30));
        chat.reply("cy", "plots", cracked, "ana", "did the sealant from the shed hold at all last time?");
        chat.later(Duration.ofDays(3).minusHours(3).minusMinutes(30));
        chat.say("ana", "general", "morning all, frosty one again");
        chat.later(Duration.ofHours(33));
        chat.reply("ana", "plots", cracked, "cy", "sorry, missed this. it held a week, then split along the seam.");
        chat.later(Duration.ofDays(1));
        return chat.finish();
    }

    @Test
    void staysQuietInTheWeekOfReturnWhenTheWeekAskedInAlreadyToldAWaitThatStillWaits() {
        Chat chat = anasFortnight(false);
        assertThat(chat.findings(ONEWAY_UNANSWERED)).extracting(Finding::week).extracting(Object::toString)
                .containsExactly("2026-W02");
    }

    @Test
    void firesInTheWeekOfReturnWhenNothingWasToldInTheWeekAskedIn() {
        Chat chat = anasFortnight(true);
        assertThat(chat.findings(ONEWAY_UNANSWERED)).extracting(Finding::week).extracting(Object::toString)
                .containsExactly("2026-W03");
    }
}
