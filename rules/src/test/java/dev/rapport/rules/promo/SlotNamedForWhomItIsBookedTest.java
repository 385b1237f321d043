package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.links.LinkExtractor;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.Link;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.Pitch;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slot to book may be named for whom it is booked ("book your daughter's slot at …", "reserve your team's spot
 * here"): the same call to book as "book your slot at …". With prices, put to a parent met that day whose question
 * asked only whether cameras are allowed, it is a pitch to a stranger; under a request for a photographer it answers
 * the request.
 */
class SlotNamedForWhomItIsBookedTest {
    private static final ChannelInfo TRAVEL = ChannelInfo.of("meet-travel", "lifts, hotels and timings for meets");
    private static final String OFFER = "I'll be covering the county gala! Prints are £9 each or £35 for five, book "
            + "your daughter's slot at https://finnlens.example/gala";

    private static Chat answered(String question) {
        Chat chat = Chat.builder("finn").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(TRAVEL, "gita", "Car park at the pool opens at 7, the warm-up is at 7:45.");
        chat.later(Duration.ofHours(3));
        MessageId q = chat.sayIn(TRAVEL, "hal", question);
        chat.later(Duration.ofMinutes(10));
        chat.replyIn(TRAVEL, "finn", q, "hal", OFFER);
        return chat.finish();
    }

    @Test
    void pricesAndABookedSlotUnderAQuestionAboutCamerasAreAPitch() {
        Chat chat = answered("Does anyone know if cameras are allowed on the poolside at the county gala?");

        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void theSameTermsUnderARequestForAPhotographerAnswerIt() {
        Chat chat = answered("Can anyone recommend a photographer for the county gala?");

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void aSlotNamedForWhomItIsBookedIsACallToBook() {
        List<Link> page = LinkExtractor.extract(OFFER);
        assertThat(Pitch.callToBook("book your son's slot at the desk", List.of())).isTrue();
        assertThat(Pitch.callToBook("your son's slot was at ten, well done him", List.of())).isFalse();
        assertThat(Pitch.is(OFFER, page)).isTrue();
    }
}
