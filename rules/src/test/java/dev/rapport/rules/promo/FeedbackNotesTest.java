package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.ChatMessageBuilder;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notes on someone's work in a channel for feedback may name what their page sells ("swap 'get a quote' for a price
 * list"): offering nothing of one's own, that is critique, not a pitch. An offer of one's own services replying there
 * to someone just met is still a cold sale.
 */
class FeedbackNotesTest {
    private static final ChannelInfo REVIEWS = new ChannelInfo("reviews", "Post your work, get critique, give some back.");
    private int id;

    private MessageId post(Chat chat, String author, MessageId to, String toAuthor, String text) {
        chat.later(Duration.ofMinutes(20));
        ChatMessageBuilder b = ChatMessage.builder().id("f" + id++).at(chat.now()).in(Chat.COMMUNITY, REVIEWS.name())
                .channelInfo(REVIEWS).by(author).text(text);
        if (to != null) {
            b.replyTo(to, UserId.of(toAuthor));
        }
        return chat.feed(b.build());
    }

    private Chat chatWith(String reply) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId work = post(chat, "bo", null, null,
                "critique my bakery's order page please, nobody orders https://bo-bakes.example/order");
        post(chat, "ana", work, "bo", reply);
        return chat.finish();
    }

    @Test
    void notesThatNameTheirPagesOfferAreCritiqueNotAPitch() {
        Chat chat = chatWith("the only button says 'request a quote'. show a price list and a 10% off first order "
                + "banner instead, quotes feel like work");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void onesOwnServicesOfferedThereAreStillAColdSale() {
        Chat chat = chatWith("honestly it needs a redesign. I build order pages for bakeries, $300 flat, DM me and "
                + "it's live next week");
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }
}
