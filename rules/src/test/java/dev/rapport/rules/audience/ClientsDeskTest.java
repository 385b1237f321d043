package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A business's desk whose topic speaks to its members as clients ("clients: ask here and one of our team will
 * reply") says those who ask there pay it, as its team's priced offer would: a regular's question to one of its team
 * there, left a day while they chat elsewhere, is a customer left waiting. A desk that speaks to members or users says
 * nothing of paying, and alone does not make the server a market.
 */
class ClientsDeskTest {

    /**
     * A bookkeeping firm's own server: Tom and Ana wear its Team role; Cleo, a regular, asks Ana by name at the desk
     * whose topic is {@code topic}; Ana chats in the lounge and a day goes by
     * without her answer.
     */
    private static Chat cleoAsksAnaAtTheDesk(String topic) {
        ChannelInfo desk = ChannelInfo.of("the-desk", topic);
        Chat chat = Chat.builder("ana").defaultRoles(Map.of("Team", Audience.IGNORE)).build();
        chat.sayWithRoles("tom", "notices", Set.of("Team"), "quarter end is the 30th, receipts in by the 25th please");
        chat.sayWithRoles("ana", "notices", Set.of("Team"), "office closed Friday afternoon for training");
        chat.later(Duration.ofHours(1)).say("cleo", "lounge", "anyone else drowning in fuel receipts this month?");
        chat.later(Duration.ofDays(2)).mentionIn("cleo", desk, "ana", "@ana could you look at why my VAT return "
                + "shows the old rate for the van hire?");
        chat.later(Duration.ofHours(2)).sayWithRoles("ana", "lounge", Set.of("Team"), "who else is off to the "
                + "quiz tonight?");
        chat.later(Duration.ofHours(24));
        return chat.finish();
    }

    @Test
    void firesWhenTheDeskSpeaksToTheFirmsClients() {
        assertThat(cleoAsksAnaAtTheDesk("clients: ask your bookkeeping questions here and one of our team will reply")
                .findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheDeskSpeaksToMembers() {
        assertThat(cleoAsksAnaAtTheDesk("members: ask your bookkeeping questions here and one of our team will reply")
                .findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
