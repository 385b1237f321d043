package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A showcase welcomes one's own work posted to the room. One's own paid thing put in a reply under someone else's
 * post there ("lovely pot! my wheel workshop still has spots: …") rides on their work, as a plug rides on an answer:
 * the showcase does not make it welcome.
 */
class OfferUnderOthersWorkTest {
    private static final ChannelInfo SHOWCASE = ChannelInfo.of("pottery-showcase", "show off what you threw");
    private static final ChannelInfo CHAT = ChannelInfo.of("studio-chat", "");
    private static final String LINK = "https://wheelhouse.example/workshops/spring";

    @Test
    void aWorkshopOfferedUnderSomeoneElsesShowcasePostAndAgainElsewhereIsSelfPromotion() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId pot = chat.sayIn(SHOWCASE, "bo", "my first lidded jar, the lid actually fits!");
        chat.later(Duration.ofMinutes(30));
        chat.replyIn(SHOWCASE, "ana", pot, "bo", "lovely jar! if anyone wants help with lids, my spring workshop "
                + "still has spots: " + LINK);
        chat.later(Duration.ofDays(1));
        chat.sayIn(CHAT, "ana", "trimming is half the battle. covering it at my workshop: " + LINK);
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void theSameWorkshopPostedToTheRoomInTheShowcaseIsWelcomeThere() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(SHOWCASE, "bo", "my first lidded jar, the lid actually fits!");
        chat.later(Duration.ofMinutes(30));
        chat.sayIn(SHOWCASE, "ana", "jars from last week's class! if anyone wants help with lids, my spring workshop "
                + "still has spots: " + LINK);
        chat.later(Duration.ofDays(1));
        chat.sayIn(CHAT, "ana", "trimming is half the battle. covering it at my workshop: " + LINK);
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }
}
