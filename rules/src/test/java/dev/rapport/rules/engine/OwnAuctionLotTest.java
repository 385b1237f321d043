package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One's own lot put up at auction, with the page where it is bid on, is one's own thing for sale: an auction is a sale by
 * bids. Pushed three times in a week into a room where members show what they picked up, it is the week's promotion and
 * the same link again and again, not the room's own kind of post. Someone else's auction passed on, or "my lot" meaning
 * one's people, sells nothing of one's own.
 */
class OwnAuctionLotTest {

    private static final ChannelInfo HAULS = ChannelInfo.of("hauls", "what you bought or dug up, with pictures");

    private static Chat chat() {
        return Chat.builder("wren").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void oneOwnLotPushedThreeTimesInAWeekIsPromotionAndARepeat() {
        Chat chat = chat();
        chat.sayIn(HAULS, "wren", "my 1920s pocket watch is up for auction, closes Friday, all bids gratefully taken "
                + "https://bidhall.example/item/77");
        chat.later(Duration.ofDays(2));
        chat.sayIn(HAULS, "wren", "two days to go on my pocket watch auction, a few bids in already "
                + "https://bidhall.example/item/77");
        chat.later(Duration.ofDays(2));
        chat.sayIn(HAULS, "wren", "final hours! my pocket watch lot closes at nine https://bidhall.example/item/77");

        assertThat(chat.findings(PROMO_SELF)).as("one's own lot, three times").hasSize(1);
        assertThat(chat.findings(LINKS_REPEAT)).as("the lot's page three times in a week").hasSize(1);
    }

    @Test
    void someoneElsesAuctionOrOnesPeopleSellNothing() {
        Chat chat = chat();
        chat.sayIn(HAULS, "wren", "the county museum is auctioning its spare clocks on Saturday, worth a look "
                + "https://bidhall.example/sale/12");
        chat.later(Duration.ofDays(2));
        chat.sayIn(HAULS, "wren", "my lot went to the car boot this morning and came back with three tins "
                + "https://pics.example/tins");

        assertThat(chat.findings(PROMO_SELF)).isEmpty();
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }
}
