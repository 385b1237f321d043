package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room that asks for pieces of a kind ("a sketch a week each, share yours") is for the piece; the same post that
 * also offers one's own piece at a price with its shop page sells where the room asked for no sale, and with a priced
 * pitch in the chat room that week it is the week's second promotion. A room whose own words speak of pay or of
 * bookable time ("tutors: list your open slots") asks for the price with the post.
 */
class PricedPieceInARoomForPiecesTest {

    private static final ChannelInfo SKETCHES = ChannelInfo.of("sketch-a-week", "a sketch a week each, share yours");
    private static final ChannelInfo SLOTS = ChannelInfo.of("tutor-board", "tutors: list your open slots, one each");
    private static final ChannelInfo CHAT = ChannelInfo.of("drawing-chat", "pencils, paper, everything else");

    private static Chat pitchThen(ChannelInfo room, String post) {
        Chat chat = Chat.builder("ines").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(CHAT, "tomas", "graphite or charcoal for portraits?");
        chat.sayIn(CHAT, "vera", "charcoal, always");
        chat.later(Duration.ofDays(1));
        chat.sayIn(CHAT, "ines", "my figure drawing prints are in stock again, €18 each, DM me");
        chat.later(Duration.ofDays(2));
        chat.sayIn(room, "ines", post);
        chat.finish();
        return chat;
    }

    @Test
    void aPieceOfTheRoomsKindOfferedAtAPriceWithItsShopPageIsTheSecondPromotion() {
        Chat chat = pitchThen(SKETCHES, "sketch 7: a heron at dawn in ink, the print is €18 at "
                + "https://inesdraws.example/heron");
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }

    @Test
    void theSamePieceWithNoPriceIsWhatTheRoomIsFor() {
        Chat chat = pitchThen(SKETCHES, "sketch 7: a heron at dawn in ink https://inesdraws.example/heron");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void aPricedPostInARoomWhoseWordsSpeakOfPayIsWhatTheRoomIsFor() {
        Chat chat = pitchThen(SLOTS, "open slot: life drawing Thursdays 7pm, €25 an hour, 3 places: "
                + "https://inesdraws.example/slots");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }
}
