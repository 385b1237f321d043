package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room where members show their own finished work, whatever it is called, is a showcase: one's own offer with its
 * link put in a reply under someone else's piece there rides on their work, even when its words name what the room
 * shows. One's own piece shown in reply, with no offer, is sharing the craft.
 */
class OfferUnderShownPieceTest {
    private static final ChannelInfo SHOWN = ChannelInfo.of("show-your-quilts", "your finished pieces");
    private static final ChannelInfo CHAT = ChannelInfo.of("sewing-circle", "natter about fabric and machines");
    private static final String CLASS = "https://annaquilts.example/workshops/binding";

    private static Chat underAPiece(String reply) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId piece = chat.sayIn(SHOWN, "bo", "my second quilt ever, the corners nearly meet");
        chat.later(Duration.ofMinutes(40));
        chat.replyIn(SHOWN, "ana", piece, "bo", reply);
        chat.later(Duration.ofHours(20));
        chat.sayIn(CHAT, "ana", "members' rate on my binding workshop until Sunday, £45 rather than £60: " + CLASS);
        chat.finish();
        return chat;
    }

    @Test
    void oneOwnWorkshopOfferedUnderSomeoneElsesQuiltAndAgainNextDayIsTheWeeksHabit() {
        assertThat(underAPiece("those corners! my quilt binding workshop still has two spots if anyone fancies it: " + CLASS)
                .findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void oneOwnQuiltShownUnderSomeoneElsesIsNoOffer() {
        assertThat(underAPiece("those corners! here is my second one, the corners did not meet at all: "
                + "https://pics.example/ana/quilt2.jpg").findings(PROMO_SELF)).isEmpty();
    }
}
