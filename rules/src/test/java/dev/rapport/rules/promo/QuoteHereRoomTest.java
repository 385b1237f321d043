package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room whose topic tells the trade to quote there ("householders post the job, roofers quote here") is a room for
 * requests: a newcomer's job posted there, however it is worded, asks for quotes, so a provider's price with "DM me"
 * under it answers the request. The same terms under a newcomer's question in a room for talk are a pitch.
 */
class QuoteHereRoomTest {
    private static final ChannelInfo JOBS = ChannelInfo.of("jobs-board", "householders post the job, roofers quote here");
    private static final ChannelInfo CHAT = ChannelInfo.of("tea-hut", "chat for roofers and their customers");
    private static final String TERMS = "I'm near Ripon on Friday, £120 for the ridge tiles and a look at the flashing. "
            + "DM me the address";

    private static Chat answered(ChannelInfo room) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId job = chat.sayIn(room, "bo", "hello, new here. two ridge tiles came off in the wind near Ripon, is "
                + "Friday doable for anyone?");
        chat.later(Duration.ofMinutes(20));
        chat.replyIn(room, "ana", job, "bo", TERMS);
        return chat.finish();
    }

    @Test
    void termsUnderAJobPostedInTheRoomWhereTheTradeQuotesAnswerIt() {
        assertThat(answered(JOBS).findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSameTermsUnderTheSameWordsInARoomForTalkAreAPitch() {
        assertThat(answered(CHAT).findings(SELL_COLD)).isNotEmpty();
    }
}
