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
 * A customer's question put to the team while one of them had said they were away until a known return was the team
 * at work's to take, not theirs: back, they share it like a question asked that moment. A colleague's answer within
 * their first day back serves it for them too; left a whole day after their return, it is theirs as much as anyone's.
 * Someone who went quiet without a word is judged by their first hour back, as before.
 */
class TeamMemberAwayTest {
    private static final ChannelInfo COUNTER = ChannelInfo.of("repairs-desk",
            "Trouble with something you bought? Ask here and our staff will reply.");

    private static Chat bakery() {
        Chat chat = Chat.builder("ottoline").defaultRoles(Map.of("Customer", Audience.CUSTOMER, "Staff", Audience.IGNORE))
                .build();
        chat.sayWithRoles("ottoline", "front", Set.of("Staff"), "the new sourdough starter kits are on the shelf");
        chat.sayWithRoles("osman", "front", Set.of("Staff"), "and the till finally takes contactless again");
        return chat;
    }

    /** A customer asks the team two hours after Ottoline's last word; she writes nothing for three days. */
    private static MessageId customerAsksWhileSheIsGone(Chat chat, String herLastWord) {
        chat.later(Duration.ofMinutes(5)).sayWithRoles("ottoline", "front", Set.of("Staff"), herLastWord);
        chat.later(Duration.ofHours(2));
        MessageId q = chat.feed(ChatMessage.builder().id("q").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, COUNTER.name()).channelInfo(COUNTER).by("cordelia").roles(Set.of("Customer"))
                .text("the proving basket I bought last week has split along the rim, can I swap it?").build());
        chat.later(Duration.ofDays(3));
        return q;
    }

    private static void sheIsBack(Chat chat) {
        chat.sayWithRoles("ottoline", "front", Set.of("Staff"), "morning all, what did I miss?");
    }

    private static void colleagueAnswersTwoHoursLater(Chat chat, MessageId q) {
        chat.later(Duration.ofHours(2));
        chat.feed(ChatMessage.builder().id("a").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, COUNTER.name()).channelInfo(COUNTER).by("osman").roles(Set.of("Staff"))
                .replyTo(q.value(), "cordelia").text("so sorry for the wait, bring it in any day and we'll swap it").build());
        chat.later(Duration.ofDays(2));
    }

    @Test
    void aColleaguesAnswerOnTheMorningSheIsBackFromAnAnnouncedAbsenceServesTheCustomerForHer() {
        Chat chat = bakery();
        MessageId q = customerAsksWhileSheIsGone(chat, "right, I'm off to my cousin's wedding, back on Thursday!");
        sheIsBack(chat);
        colleagueAnswersTwoHoursLater(chat, q);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    @Test
    void leftAWholeDayAfterHerAnnouncedReturnTheWaitingCustomerIsHersToo() {
        Chat chat = bakery();
        customerAsksWhileSheIsGone(chat, "away at the flour mill visit until Thursday, be good");
        sheIsBack(chat);
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).singleElement()
                .satisfies(f -> assertThat(f.user().value()).isEqualTo("ottoline"));
    }

    /** Quiet without a word of leaving: her first hour back says whether she takes it up, as for any question. */
    @Test
    void withoutSayingSheWouldBeAwayHerFirstHourBackIsWhatCounts() {
        Chat chat = bakery();
        MessageId q = customerAsksWhileSheIsGone(chat, "who left the oven gloves in the walk-in fridge?");
        sheIsBack(chat);
        colleagueAnswersTwoHoursLater(chat, q);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).singleElement()
                .satisfies(f -> assertThat(f.user().value()).isEqualTo("ottoline"));
    }
}
