package dev.rapport.rules.text;

import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A desk's topic may name those who answer by their role with "a" or "one of our" ("a TA will reply", "one of our
 * coaches will get back to you"): one of a group answering in turn, as a team does. Members answering each other
 * ("a member will answer") is no team's desk.
 */
class OneOnDutyTest {

    @Test
    void aRoleOnDutyThatWillAnswerMakesTheRoomTheTeams() {
        assertThat(TeamChannel.answeredByTeam(ChannelInfo.of("module-help",
                "stuck on a module? post here and a TA will reply"))).isTrue();
        assertThat(TeamChannel.answeredByTeam(ChannelInfo.of("ask-us",
                "post your question, one of our coaches will get back to you within a day"))).isTrue();
    }

    @Test
    void membersAnsweringEachOtherIsNoTeamsDesk() {
        assertThat(TeamChannel.answeredByTeam(ChannelInfo.of("module-help",
                "stuck on a module? post here and a member will answer"))).isFalse();
        assertThat(TeamChannel.answeredByTeam(ChannelInfo.of("chat", "a place to unwind"))).isFalse();
    }
}
