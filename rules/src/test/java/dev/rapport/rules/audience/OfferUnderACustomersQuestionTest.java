package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's question put to the team is served when someone answers it, team or not. Another member selling their
 * own services under it, unasked, answers nothing: the customer still waits for the team, and the team member who
 * lets it sit a day is told.
 */
class OfferUnderACustomersQuestionTest {
    private static final ChannelInfo WORKSHOP = ChannelInfo.of("ask-the-workshop",
            "Something wrong with your kiln or wheel? Post it here and our staff will reply.");

    private static Chat potteryShop() {
        Chat chat = Chat.builder("ludovic").defaultRoles(Map.of("Customer", Audience.CUSTOMER, "Staff", Audience.IGNORE))
                .build();
        chat.sayWithRoles("ludovic", "shop-news", Set.of("Staff"), "fresh bags of stoneware clay in, the buff one too");
        return chat;
    }

    private static MessageId customerAsks(Chat chat) {
        chat.later(Duration.ofMinutes(30));
        return chat.feed(ChatMessage.builder().id("q").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, WORKSHOP.name()).channelInfo(WORKSHOP).by("perpetua").roles(Set.of("Customer"))
                .text("the wheel I bought in spring wobbles at speed now, is that the bearing or the belt?").build());
    }

    private static void someoneElseRepliesAndLudovicChatsElsewhere(Chat chat, MessageId q, String reply) {
        chat.later(Duration.ofMinutes(40));
        chat.feed(ChatMessage.builder().id("r").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, WORKSHOP.name()).channelInfo(WORKSHOP).by("aurelio")
                .replyTo(q.value(), "perpetua").text(reply).build());
        chat.later(Duration.ofHours(3)).sayWithRoles("ludovic", "shop-news", Set.of("Staff"),
                "late opening on Thursday for the glazing night, bring your bisqueware");
        chat.later(Duration.ofHours(26));
    }

    @Test
    void anotherMembersOfferOfTheirOwnServicesLeavesTheCustomerWaitingForTheTeam() {
        Chat chat = potteryShop();
        MessageId q = customerAsks(chat);
        someoneElseRepliesAndLudovicChatsElsewhere(chat, q,
                "might be how you centre the clay. I run private wheel lessons, £25 an hour, message me");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).singleElement()
                .satisfies(f -> assertThat(f.user().value()).isEqualTo("ludovic"));
    }

    @Test
    void anotherMembersAnswerServesTheCustomer() {
        Chat chat = potteryShop();
        MessageId q = customerAsks(chat);
        someoneElseRepliesAndLudovicChatsElsewhere(chat, q,
                "a wobble only at speed is nearly always the belt stretching, tighten the tension screw underneath");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
