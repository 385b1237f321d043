package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since session 64: a topic that names the room's people as volunteers ("volunteers: sorting, deliveries, the week's
 * routes") says who talks there, as one naming members would, and gives the room to no cause: a newcomer's "vote for
 * us" with the voting link, for the business they came from, is an ask there as anywhere. A room whose topic gives it to
 * the group's appeal still reads a post there as the appeal's.
 */
class VolunteersNamedInTheTopicTest {
    private static final String ASK = "Hello everyone! Priya here from Copperleaf Bakes. We've made the final of the "
            + "county bake-off, please vote for us, it only takes a minute: https://bakeoff.example/vote/copperleaf";

    private static Chat newcomerAsksIn(ChannelInfo room) {
        Chat chat = Chat.builder("priya").promoDetector(new dev.rapport.rules.promo.SelfPromotionDetector()).build();
        chat.sayIn(room, "tom", "vans leave at eight tomorrow, the north route needs a second driver");
        chat.later(Duration.ofHours(2));
        chat.sayIn(room, "priya", ASK);
        return chat.finish();
    }

    @Test
    void firesForAVoteAskedInARoomWhoseTopicNamesItsVolunteers() {
        Chat chat = newcomerAsksIn(ChannelInfo.of("depot-chat", "volunteers: sorting, deliveries, the week's routes"));
        assertThat(chat.findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void staysQuietInARoomGivenToTheGroupsAppeal() {
        Chat chat = newcomerAsksIn(ChannelInfo.of("appeal", "our winter appeal: donations, totals and ways to help"));
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }
}
