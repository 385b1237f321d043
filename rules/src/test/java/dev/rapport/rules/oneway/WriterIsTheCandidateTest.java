package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.CommunityVote;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vote announced with its closing day is the group's own only when nobody in the message is its candidate: "I've
 * been nominated ... voting closes Sunday, please vote and follow me" asks the room to vote for the writer, an ask for
 * attention like any other; a member who runs the group's poll and says when it closes asks nothing for themselves.
 */
class WriterIsTheCandidateTest {

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void firesWhenTheWriterIsTheCandidateOfTheVoteTheyAnnounce() {
        Chat chat = chat();
        chat.say("bob", "hangout", "morning all, the kiln's finally fixed");
        chat.say("ana", "hangout", "Big news, I've been nominated for Potter of the Year! Reader voting ends on "
                + "Sunday. Follow me on TikTok too, and vote here: https://craftawards.example/vote/ana");
        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).hasSize(1);
        assertThat(CommunityVote.is("I'm on the shortlist, the vote closes Friday, please vote")).isFalse();
    }

    @Test
    void staysQuietWhenAMemberWhoRunsTheGroupsPollSaysWhenItCloses() {
        Chat chat = chat();
        chat.say("bob", "hangout", "morning all, the kiln's finally fixed");
        chat.say("ana", "hangout", "I'm running the glaze-of-the-month vote this time: the poll closes Sunday, "
                + "please vote for your favourite");
        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
        assertThat(CommunityVote.is("I'm running the glaze vote, the poll closes Sunday")).isTrue();
    }
}
