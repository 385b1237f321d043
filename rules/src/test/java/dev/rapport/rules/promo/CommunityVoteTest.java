package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.text.CommunityVote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A community's own vote, announced to its members, asks nothing for the writer; a vote asked for oneself is an ask.
 */
class CommunityVoteTest {

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void theGroupsOwnVoteAnnouncedToItsMembersIsNoAsk() {
        Chat chat = chat();
        chat.say("ana", "general", "heads up: the mascot vote ends on Sunday, cast yours in the poll at the top of "
                + "#general");
        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void aVoteAskedForOnesOwnEntryIsAnAsk() {
        Chat chat = chat();
        chat.say("ana", "general", "please vote for my entry in the photo contest https://contest.example/entry/12");
        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS).size() + chat.findings(PROMO_SELF).size()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the logo vote closes Sunday, the poll is pinned",
        "voting for the next book club pick is open until Friday",
        "this month's poll is live, pick the theme for the March challenge",
        "reminder: polls close at 6pm, vote in the poll in #announcements",
    })
    void aVoteOfTheGroupIsAnnounced(String text) {
        assertThat(CommunityVote.is(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "please vote for my entry in the photo contest",
        "vote for us in the poll, we're the stall by the gate",
        "every vote is appreciated, the contest ends tonight https://contest.example/12",
        "my vote closes nothing, I just picked the blue one",
        "we shipped the new release today",
    })
    void aVoteForOneselfOrNoVoteIsNot(String text) {
        assertThat(CommunityVote.is(text)).isFalse();
    }
}
