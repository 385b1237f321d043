package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.OfferRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saying what one wants done and asking whom to speak to ("we need a marquee for a village show in August, who should
 * I talk to?") asks to be put in touch with whoever provides it: the provider who says "that's me, I'll message you"
 * and then sends a price privately answers the request. The same price sent after a question that wants nothing of
 * anyone's trade is a pitch to someone just met.
 */
class WhomToSpeakToAskedTest {
    private static final ChannelInfo FRONT_DESK = ChannelInfo.of("front-desk", "questions for the hire team");
    private static final String PRICE = "Thanks for the details. A 9 by 12 metre marquee with flooring and lights comes "
            + "to about £2,400 for the weekend. Shall I pencil in the date?";

    private static Chat asked(String question) {
        Chat chat = Chat.builder("tom").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(FRONT_DESK, "tom", "Morning all, the trailers are back from servicing.");
        chat.later(Duration.ofHours(2));
        MessageId q = chat.sayIn(FRONT_DESK, "ivy", question);
        chat.later(Duration.ofMinutes(20));
        chat.replyIn(FRONT_DESK, "tom", q, "ivy", "Hi Ivy, that's me. I'll message you now.");
        chat.later(Duration.ofMinutes(30));
        chat.direct("tom", "dm-tom-ivy", "ivy", "Hi Ivy, how many guests, and is the ground level?");
        chat.later(Duration.ofMinutes(20));
        chat.direct("ivy", "dm-tom-ivy", "tom", "About 150, and it's a flat cricket field.");
        chat.later(Duration.ofMinutes(40));
        chat.direct("tom", "dm-tom-ivy", "ivy", PRICE);
        return chat.finish();
    }

    @Test
    void theProvidersPriceAfterTheyAskedWhomToSpeakToAboutWhatTheyWantAnswersThem() {
        Chat chat = asked("Hello, I'm on the committee of a village show. We need a marquee for 150 people in August. "
                + "Who should I talk to?");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSamePriceAfterAQuestionThatWantsNothingIsAPitch() {
        Chat chat = asked("Hello, I'm on the committee of a village show. Is the car park at the back open on Sundays?");
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void askingWhomToSpeakToAsksForAProviderOnlyWithTheWantSaid() {
        assertThat(OfferRequest.is("We'd like to book a bouncy castle for a fifth birthday. Who do I speak to?"))
                .isTrue();
        assertThat(OfferRequest.is("I'm planning a retirement dinner for forty. Who can I chat with about it?"))
                .isTrue();
        assertThat(OfferRequest.is("Who do I talk to about the broken heater in the hall?")).isFalse();
        assertThat(OfferRequest.is("I need to speak to someone about my invoice. Who do I contact?")).isFalse();
    }
}
