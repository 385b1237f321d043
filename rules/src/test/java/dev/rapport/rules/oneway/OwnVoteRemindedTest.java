package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reminder in the words of a vote ("voting closes Friday!") that carries the link of one's own "vote for me" is the
 * same ask again, not the community's vote: one habit, told once by the ask's tip, which the link's repeat rides on.
 * The community's own vote reminded to its members, by someone who never asked for themselves, asks nothing.
 */
class OwnVoteRemindedTest {
    private static final ChannelInfo CHAT = ChannelInfo.of("club-chat", "");
    private static final String MY_VOTE = "https://brand.example/ambassadors/vote/ana-lind";

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void theReminderWithTheLinkOfOnesOwnVoteIsTheAskAgain() {
        Chat chat = chat();
        chat.sayIn("ana", CHAT, "I'm in the final ten for a brand's ambassador spot, could you all please vote for me? "
                + MY_VOTE);
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", ChannelInfo.of("kit-swap", ""), "same link for this room too, if you have a minute " + MY_VOTE);
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", CHAT, "the vote closes on Sunday, thank you all " + MY_VOTE);

        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).isNotEmpty();
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    @Test
    void theCommunitysOwnVoteRemindedAsksNothing() {
        String poll = "https://polls.example/club-logo-2026";
        Chat chat = chat();
        chat.sayIn("ana", CHAT, "the logo vote closes Friday, the poll is here: " + poll);

        assertThat(chat.finish().findings(ONEWAY_ASKS)).isEmpty();
    }

    // --- session 39: the reminder that makes the link a repeat, after the ask and the link once more elsewhere ---

    private static final String MY_ENTRY = "https://fairvote.example/entries/88";

    /** Her ask, the link again the next day in another room with photos, and then {@code last} with it once more. */
    private static Chat askedThenShownThen(String last) {
        Chat chat = chat();
        chat.sayIn("ana", CHAT, "hello all, please vote for my quilt in the county fair, voting shuts Friday " + MY_ENTRY);
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", ChannelInfo.of("kit-swap", ""), "photos of the whole quilt are on the entry page " + MY_ENTRY);
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", CHAT, last + " " + MY_ENTRY);
        return chat;
    }

    @Test
    void aLastCallToVoteThatMakesTheLinkARepeatIsTheAskAgain() {
        Chat chat = askedThenShownThen("final day for voting!!");

        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).isNotEmpty();
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    @Test
    void theSameLinkAgainWithoutNamingTheVoteIsStillTheRepeat() {
        Chat chat = askedThenShownThen("the binding is finished at last, a close-up of the corner");

        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).isNotEmpty();
        assertThat(chat.findings(LINKS_REPEAT)).isNotEmpty();
    }
}
