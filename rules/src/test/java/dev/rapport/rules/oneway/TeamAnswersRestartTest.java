package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.ChatMessageBuilder;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since session 40: a customer's question put to the team where the team answers ({@link TeamAnswersTest}) is served
 * for the whole team by a colleague's answer, or their next words at the desk, after a restart as before one: the
 * same events read straight through and with a restart between the question and the colleague's word give the same
 * tips. Without the colleague, the question still waits on the team member who is about, restart or not.
 */
class TeamAnswersRestartTest {
    private static final ChannelInfo DESK = ChannelInfo.of("orders",
            "Questions about an order or a delivery? Post here and our staff will reply.");

    /**
     * A shop's team of two; a customer asks at the desk; {@code restart} or not, then Tom, of the team, answers with
     * a reply ({@code reply}) or goes on at the desk without one, or not at all ({@code colleague} false); Ana chats
     * in the lounge and a day goes by.
     */
    private static List<Finding> aDayAtTheDesk(boolean restart, boolean colleague, boolean reply) {
        Chat chat = Chat.builder("ana").defaultRoles(Map.of("Customer", Audience.CUSTOMER, "Team", Audience.IGNORE))
                .build();
        chat.sayWithRoles("ana", "general", Set.of("Team"), "the winter opening hours are pinned in the lounge");
        chat.sayWithRoles("tom", "general", Set.of("Team"), "and the courier collects at four from Monday");
        chat.sayWithRoles("cleo", "general", Set.of("Customer"), "morning all, first frost here today");
        chat.later(Duration.ofHours(1));
        MessageId q = chat.feed(ChatMessage.builder().id("q").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, DESK.name()).channelInfo(DESK).by("cleo").roles(Set.of("Customer"))
                .text("my parcel says delivered but it isn't here, could someone check where it went?").build());
        chat.later(Duration.ofMinutes(20));
        if (restart) {
            chat.restart();
        }
        if (colleague) {
            ChatMessageBuilder word = ChatMessage.builder().id("a").at(chat.now().plusSeconds(60))
                    .in(Chat.COMMUNITY, DESK.name()).channelInfo(DESK).by("tom").roles(Set.of("Team"));
            chat.feed(reply ? word.replyTo(q.value(), "cleo").text("checking with the courier, I'll post the photo here")
                    .build() : word.text("pulling up the courier's tracking now, bear with me").build());
        }
        chat.later(Duration.ofHours(2)).sayWithRoles("ana", "general", Set.of("Team"), "anyone tried the new bakery?");
        chat.later(Duration.ofHours(24));
        chat.sayWithRoles("ana", "general", Set.of("Team"), "the bakery's rye is very good, for the record");
        chat.finish();
        List<Finding> all = new ArrayList<>(chat.findings(AUDIENCE_ADVOCATES));
        all.addAll(chat.findings(ONEWAY_UNANSWERED));
        return all;
    }

    @Test
    void aColleaguesAnswerAfterARestartServesTheCustomerForTheWholeTeam() {
        List<Finding> straight = aDayAtTheDesk(false, true, true);

        assertThat(straight).isEmpty();
        assertThat(aDayAtTheDesk(true, true, true)).isEqualTo(straight);
    }

    @Test
    void aColleaguesNextWordsAtTheDeskAfterARestartServeTheCustomerToo() {
        List<Finding> straight = aDayAtTheDesk(false, true, false);

        assertThat(straight).isEmpty();
        assertThat(aDayAtTheDesk(true, true, false)).isEqualTo(straight);
    }

    @Test
    void withNoColleagueTheQuestionStillWaitsOnTheOneAboutAfterARestart() {
        List<Finding> straight = aDayAtTheDesk(false, false, false);

        assertThat(straight).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo(AUDIENCE_ADVOCATES));
        assertThat(aDayAtTheDesk(true, false, false)).isEqualTo(straight);
    }
}
