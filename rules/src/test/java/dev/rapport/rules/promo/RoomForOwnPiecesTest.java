package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.text.ChannelPurpose;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room whose topic bids members share a thing they made themselves ("share a song you've recorded") is a showcase by
 * another name: pieces shown there are what it is for. The same pieces pushed into a room for talk are promotion.
 */
class RoomForOwnPiecesTest {

    @Test
    void aTopicBiddingMembersShareWhatTheyMadeInvitesTheirPieces() {
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("tracks", "share a song you've recorded, any genre"))).isTrue();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("finds", "post a photo + what you did"))).isFalse();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("quotes", "share a line from a talk you loved"))).isFalse();
    }

    @Test
    void piecesShownInTheRoomForThemAreNoPromotion() {
        assertThat(twoPieces(ChannelInfo.of("tracks", "share a song you've recorded, any genre"))
                .findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void theSamePiecesPushedIntoTheTalkRoomArePromotion() {
        assertThat(twoPieces(ChannelInfo.of("studio-chat", "home recordists among ourselves: gear, mixing, moans"))
                .findings(PROMO_SELF)).isNotEmpty();
    }

    private static Chat twoPieces(ChannelInfo room) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(room, "bo", "evening all");
        chat.later(Duration.ofDays(1));
        chat.sayIn(room, "ana", "A demo I recorded for a short film last month: anasounds.example/film-demo");
        chat.later(Duration.ofDays(1));
        chat.sayIn(room, "ana", "And a jingle I made for a local radio show: anasounds.example/radio-jingle");
        chat.finish();
        return chat;
    }
}
