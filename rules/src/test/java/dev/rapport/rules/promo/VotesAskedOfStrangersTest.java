package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.text.CommunityCause;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Votes asked of a room one never talked with are asks for attention to oneself, whoever runs the contest: "vote for
 * me" makes the writer the candidate, so the club's contest is then the writer's bid, not the members' event.
 */
class VotesAskedOfStrangersTest {

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    /** Others talk in the room; the coached person's first word there is the ask. */
    private static Chat askedCold(String ask) {
        Chat chat = chat();
        chat.say("bo", "general", "Anyone else's tomatoes splitting after all that rain?");
        chat.later(Duration.ofMinutes(20));
        chat.say("cy", "general", "Mine too, water them less often but deeper");
        chat.later(Duration.ofHours(3));
        chat.say("ana", "general", ask);
        chat.finish();
        return chat;
    }

    @Test
    void aVoteForTheWriterInAClubsContestIsTheWritersAskOfTheRoom() {
        Chat chat = askedCold("hey everyone please vote for me and my lurcher in the kennel club summer photo "
                + "contest, entries close soon https://kennelclub.example/contest/entry/9");
        assertThat(chat.findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void theClubsOwnContestCalledToItsMembersAsksNothingForTheWriter() {
        Chat chat = askedCold("kennel club summer photo contest is open, entries close Sunday, the entry form is "
                + "here https://kennelclub.example/contest/enter");
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }

    @Test
    void votingForTheWriterClaimsTheContestVotingOnTheEntriesDoesNot() {
        assertThat(CommunityCause.event("please vote for me in the village show photo competition, entry 12"))
                .isFalse();
        assertThat(CommunityCause.event("village show photo competition: entries close Friday, voting for the "
                + "winner opens after")).isTrue();
    }
}
