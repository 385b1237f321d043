package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One piece of one's work shown to the room with a word to come and look is sharing it, not an ask for attention:
 * an ask asks a favour that counts for the writer (a follow, a like, a vote) or an audience for their account.
 */
class PieceShownTest {
    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void aNewPostShownToTheRoomWithACallToLookIsNoAsk() {
        Chat chat = chat();
        chat.say("bob", "pottery", "anyone tried firing with sawdust?");
        chat.say("ana", "pottery", "Check out my new blog post on ash glazes: https://ana-kilns.example/ash-glazes");
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }

    @Test
    void theStreamLiveNowAndAPointerToMoreOfTheWorkAreNoAsk() {
        Chat chat = chat();
        chat.say("ana", "speedruns", "live now, trying the new ladder skip, come hang → https://stream.example/ana_runs");
        chat.later(java.time.Duration.ofDays(2));
        chat.say("ana", "sketchbook", "harbour cranes at dusk ✏️ more on my flickr if you like this sort of thing: "
                + "https://photos.example/ana.draws");
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }

    @Test
    void aCallToLookAtOnesAccountIsStillAnAsk() {
        Chat chat = chat();
        chat.say("ana", "pottery", "if you want mugs like these, check out my portfolio: https://ana-kilns.example");
        assertThat(chat.findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void aPieceShownWithAFavourAskedBesidesIsStillAnAsk() {
        Chat chat = chat();
        chat.say("ana", "pottery", "check out my new video on trimming, and please subscribe 🙏 "
                + "https://video.example/@anakilns");
        assertThat(chat.findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void aPieceShownToSomeoneByNameIsStillJudgedAsAnAsk() {
        Chat chat = chat();
        chat.say("bob", "pottery", "my first bowl came out of the kiln today");
        chat.mention("ana", "pottery", "bob", "check out my new video on trimming https://video.example/@anakilns/trim");
        assertThat(chat.findings(ONEWAY_ASKS)).hasSize(1);
    }
    @Test
    void anOccasionOfOnesOwnCalledToIsAnnouncedNotAsked() {
        Chat chat = chat();
        chat.say("ana", "pottery", "check out my spring raku workshop, two places left: https://ana-kilns.example/raku");
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }

    @Test
    void anOccasionCalledToWithAFollowAskedBesidesIsStillAnAsk() {
        Chat chat = chat();
        chat.say("ana", "pottery", "check out my spring raku workshop and follow the page for dates "
                + "https://ana-kilns.example/raku");
        assertThat(chat.findings(ONEWAY_ASKS)).hasSize(1);
    }
}
