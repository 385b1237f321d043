package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A price and a page with no word claiming them say little of who sells when dropped into a talk room: a deal passed
 * on at the shop's price looks the same. Posted in a room whose topic asks members for their own releases, the same
 * post is the poster's own offer, so the poster sells here and a buyer who brought friends to buy is their advocate.
 */
class PricedReleaseInOwnPostsRoomTest {

    private static final ChannelInfo RELEASES = new ChannelInfo("launches",
            "members: post your new release here, one post per release");
    private static final ChannelInfo CHAT = new ChannelInfo("general", "anything goes");
    private static final String RELEASE = "Copper Moon is out now, forty pages of night walks drawn in ink. "
            + "£12 + postage: https://anazines.example/copper-moon";

    /**
     * Ana posts her release in {@code where}, then talks shop with Bea; Dev, who ordered it and got friends to order
     * too, asks Ana about it and hears nothing while she chats on.
     */
    private static Chat releasedIn(ChannelInfo where) {
        return Scene.coaching("ana", "bea").postsIn("ana", where, RELEASE)
                .says("bea", "studio", "anyone else's scanner streaking this week?")
                .answers("ana", "studio", "bea", "clean the glass strip with a dry cloth, mine did that too")
                .asks("dev", "readers", "ana", "ordered one and talked two friends from my book club into ordering "
                        + "it as well, does it ship to Spain?")
                .stillAround("ana", "studio", "trying a new brush pen for the next one, so far so good").build();
    }

    /** In the room for members' own releases the priced page is hers: she sells, and Dev waits as her advocate. */
    @Test
    void aPricedReleaseInTheRoomForOnesOwnReleasesMakesThePosterASeller() {
        Chat chat = releasedIn(RELEASES);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** Dropped into the general chat the same words could be a deal passed on: Dev is owed an answer, no more. */
    @Test
    void staysQuietWhenTheSamePostWentToATalkRoom() {
        Chat chat = releasedIn(CHAT);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
