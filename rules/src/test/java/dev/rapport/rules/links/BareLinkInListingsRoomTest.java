package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_DROP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room whose topic says members swap or sell there welcomes a listing: the thing, its price, its page. A link with
 * no words of its own names no thing and no price: it is no listing, but a link dropped into the room like anywhere
 * else, and after two weeks of silence there it is a drive-by.
 */
class BareLinkInListingsRoomTest {

    private static final ChannelInfo SPARES = ChannelInfo.of("spares-table", "old lenses, bodies and straps: swap or sell");

    private static Chat quietThenPost(String post) {
        Chat chat = Chat.coaching("ana");
        chat.sayIn(SPARES, "ana", "anyone after a 50mm prime? happy to swap for a strap");
        chat.sayIn(SPARES, "bob", "I'll swap, bringing a leather one Saturday");
        chat.later(Duration.ofDays(17));
        chat.sayIn(SPARES, "ana", post);
        return chat;
    }

    @Test
    void aBareLinkAfterTwoWeeksOfSilenceIsADriveByEvenInTheRoomForListings() {
        Chat chat = quietThenPost("https://analens.example/bargain-bin");
        assertThat(chat.findings(LINKS_DROP)).hasSize(1);
    }

    @Test
    void aListingThatSaysWhatIsOfferedAndItsPriceIsWhatTheRoomIsFor() {
        Chat chat = quietThenPost("https://analens.example/bargain-bin a 35mm wide lens with both caps, £60");
        assertThat(chat.findings(LINKS_DROP)).isEmpty();
    }
}
