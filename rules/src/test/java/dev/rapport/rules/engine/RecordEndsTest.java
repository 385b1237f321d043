package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.RecordEnds;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record that stops is not silence. When the record of a channel ends (a log file or an export stops there; the
 * live coach never has one), a question asked there just before it is not known to be unanswered: the answer may have
 * come right after the record's last line. A question the record shows waiting long before its end still waits.
 */
class RecordEndsTest {

    @Test
    void aQuestionAskedMinutesBeforeTheRecordStopsIsNotToldUnanswered() {
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "general", "sanded the walnut tray down to 240 grit last night");
        chat.mention("pim", "general", "ola", "which oil did you finish the walnut with?");
        chat.say("ola", "market", "two spare clamps going cheap at the stall");
        chat.later(Duration.ofMinutes(8));
        chat.accept(recordEnds(chat, "general"));
        chat.later(Duration.ofDays(3));
        chat.say("pim", "general", "back again after a long break");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aQuestionLeftWaitingLongBeforeTheRecordStopsIsStillTold() {
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "general", "sanded the walnut tray down to 240 grit last night");
        chat.mention("pim", "general", "ola", "which oil did you finish the walnut with?");
        chat.say("ola", "market", "two spare clamps going cheap at the stall");
        chat.later(Duration.ofHours(2));
        chat.say("ola", "market", "the clamps are gone, thanks all");
        chat.accept(recordEnds(chat, "general"));
        chat.later(Duration.ofDays(3));
        chat.say("pim", "general", "back again after a long break");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void theRecordOfAnotherChannelStoppingLeavesTheQuestionWaiting() {
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "general", "sanded the walnut tray down to 240 grit last night");
        chat.mention("pim", "general", "ola", "which oil did you finish the walnut with?");
        chat.say("ola", "market", "two spare clamps going cheap at the stall");
        chat.later(Duration.ofMinutes(8));
        chat.accept(recordEnds(chat, "market"));
        chat.later(Duration.ofDays(3));
        chat.say("pim", "general", "back again after a long break");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /**
     * Since session 39: a DM export's end names the DM's own "guild", while its questions wait in the community where the
     * two last met; the end lets go the questions of that conversation all the same.
     */
    @Test
    void theEndOfADirectConversationsRecordLetsGoItsQuestionWhereverItCounts() {
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "general", "sanded the walnut tray down to 240 grit last night");
        chat.say("pim", "general", "lovely grain on that one");
        chat.directFiledApart("pim", "dm-ola-pim", "ola", "which oil did you finish the walnut with?");
        chat.say("ola", "market", "two spare clamps going cheap at the stall");
        chat.later(Duration.ofMinutes(8));
        chat.accept(new RecordEnds(chat.now(), CommunityId.of("direct-messages"), ChannelId.of("dm-ola-pim")));
        chat.later(Duration.ofDays(3));
        chat.say("pim", "general", "back again after a long break");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    /** The end of another conversation's record leaves it waiting. */
    @Test
    void theEndOfAnotherDirectConversationLeavesTheQuestionWaiting() {
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "general", "sanded the walnut tray down to 240 grit last night");
        chat.say("pim", "general", "lovely grain on that one");
        chat.directFiledApart("pim", "dm-ola-pim", "ola", "which oil did you finish the walnut with?");
        chat.say("ola", "market", "two spare clamps going cheap at the stall");
        chat.later(Duration.ofMinutes(8));
        chat.accept(new RecordEnds(chat.now(), CommunityId.of("direct-messages"), ChannelId.of("dm-ola-rui")));
        chat.later(Duration.ofDays(3));
        chat.say("pim", "general", "back again after a long break");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    private static RecordEnds recordEnds(Chat chat, String channel) {
        return new RecordEnds(chat.now(), CommunityId.of(Chat.COMMUNITY), ChannelId.of(channel));
    }
}
