package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's question to the room where the business's team answers ("post here and our staff will reply") is put
 * to the team: it waits for the team member who is about, as one of the team. Left a day, it is a customer left
 * waiting ({@code audience.advocates}); it was not a question to them by name ({@code oneway.unanswered}).
 */
class TeamAnswersTest {
    private static final ChannelInfo DESK = ChannelInfo.of("billing",
            "Trouble with a payment or your plan? Post here and our staff will reply.");
    private static final ChannelInfo LOUNGE = ChannelInfo.of("lounge", "Chat about anything.");

    private static Chat business() {
        Chat chat = Chat.builder("ana").defaultRoles(Map.of("Customer", Audience.CUSTOMER, "Team", Audience.IGNORE))
                .build();
        chat.sayWithRoles("ana", "general", Set.of("Team"), "the spring price list is live on the site");
        chat.sayWithRoles("tom", "general", Set.of("Team"), "and the new checkout goes out on Thursday");
        return chat;
    }

    /** A customer asks the room in {@code channel}; Ana, of the team, chats elsewhere and a day goes by. */
    private static MessageId customerAsksTheRoom(Chat chat, ChannelInfo channel) {
        MessageId q = chat.feed(ChatMessage.builder().id("q").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, channel.name()).channelInfo(channel).by("cleo").roles(Set.of("Customer"))
                .text("my card was charged twice for the March renewal, could someone take a look?").build());
        chat.later(Duration.ofMinutes(1));
        return q;
    }

    private static void anaChatsElsewhereForADay(Chat chat) {
        chat.later(Duration.ofHours(2)).sayWithRoles("ana", "general", Set.of("Team"), "who else is watching the final tonight?");
        chat.later(Duration.ofHours(24));
    }

    @Test
    void aCustomersQuestionWhereTheTeamAnswersWaitsOnTheTeamMemberWhoIsAbout() {
        Chat chat = business();
        customerAsksTheRoom(chat, DESK);
        anaChatsElsewhereForADay(chat);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("customers-waiting")).isEqualTo(1));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    /** In a channel for chat, a question to the room is anyone's to answer: nobody on the team was asked. */
    @Test
    void theSameQuestionInAChannelForChatWaitsOnNobody() {
        Chat chat = business();
        customerAsksTheRoom(chat, LOUNGE);
        anaChatsElsewhereForADay(chat);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    /** Someone else on the team answered it: the customer was served, and Ana owes nothing. */
    @Test
    void aColleaguesAnswerServesTheCustomerForTheWholeTeam() {
        Chat chat = business();
        MessageId q = customerAsksTheRoom(chat, DESK);
        chat.feed(ChatMessage.builder().id("a").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, DESK.name()).channelInfo(DESK).by("tom").roles(Set.of("Team"))
                .replyTo(q.value(), "cleo").text("sorry about that, the second charge is refunded, it shows in 3 days").build());
        anaChatsElsewhereForADay(chat);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /** A colleague's next words at the desk take the question up, as at a shop's counter, with or without a reply. */
    @Test
    void aColleagueTakingItUpAtTheDeskServesTheCustomer() {
        Chat chat = business();
        customerAsksTheRoom(chat, DESK);
        chat.feed(ChatMessage.builder().id("a").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, DESK.name()).channelInfo(DESK).by("tom").roles(Set.of("Team"))
                .text("looking at the payments log now, one moment").build());
        anaChatsElsewhereForADay(chat);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
