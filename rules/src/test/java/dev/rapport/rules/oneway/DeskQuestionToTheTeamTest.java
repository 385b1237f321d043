package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where only two or three people spoke lately, a question to the room is said to the others there. At a desk the
 * team answers, it is put to the team instead: a customer who happened to be the only other one to ask there this
 * week owes another customer's question nothing. In a room for chat the other person is still the one asked.
 */
class DeskQuestionToTheTeamTest {
    private static final ChannelInfo DESK = ChannelInfo.of("bookings",
            "Questions about your booking: the team will reply here.");
    private static final ChannelInfo CHAT = ChannelInfo.of("porch", "Chat about anything.");

    /** A week and more of the room's earlier talk, then Mo asks there, then two days on Cleo asks the room. */
    private static Chat cleoAsksAfterMo(ChannelInfo room) {
        Chat chat = Chat.builder("mo").defaultRoles(Map.of("Team", Audience.IGNORE)).build();
        String[] early = {"ivy", "jon", "kai", "lea", "ivy", "jon", "kai", "lea", "ivy", "jon", "kai"};
        for (String who : early) {
            chat.later(Duration.ofMinutes(40)).sayIn(room, who, "is the early slot on Saturdays still running?");
        }
        chat.later(Duration.ofMinutes(30)).sayInWithRoles(room, "tom", Set.of("Team"), "yes, every Saturday at eight");
        chat.later(Duration.ofDays(8)).sayIn(room, "mo", "could the Thursday lesson move to the afternoon for me?");
        chat.later(Duration.ofDays(2)).sayIn(room, "cleo", "can you put my two lessons back a week, we are away?");
        chat.later(Duration.ofHours(3)).say("mo", "lounge", "the new saddle pads came in today, very smart");
        chat.later(Duration.ofHours(30)).say("mo", "lounge", "first ride out on the hill route, lovely day for it");
        chat.later(Duration.ofDays(2));
        return chat.finish();
    }

    @Test
    void staysQuietWhenTheOtherCustomerAskedTheRoomAtTheTeamsDesk() {
        assertThat(cleoAsksAfterMo(DESK).findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheSameQuestionFallsInASmallRoomForChat() {
        assertThat(cleoAsksAfterMo(CHAT).findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
