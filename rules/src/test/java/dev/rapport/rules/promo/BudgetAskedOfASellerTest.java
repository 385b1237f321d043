package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.text.Pitch;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A price said as a ceiling on what one asks a seller for ("have you got a rigid-heddle loom under €80 for a beginner?") is
 * the asker's budget: a buyer writing to a shop, not an offer put to the shop. The same price put by the writer as
 * their own thing for the other to take up ("I have a rigid-heddle loom for €80, shall I post it to you?") is a pitch.
 */
class BudgetAskedOfASellerTest {
    private static final ChannelInfo CRAFT = ChannelInfo.of("weavers-corner", "weaving talk");

    private static Chat wroteFirst(String firstPrivateWord) {
        Chat chat = Chat.builder("bo").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(CRAFT, "ana", "Restocked the shop with warps and shuttles this week.");
        chat.later(Duration.ofHours(3));
        chat.sayIn(CRAFT, "bo", "Hello everyone, I've just started weaving after a workshop at the library.");
        chat.later(Duration.ofHours(20));
        chat.direct("bo", "dm-ana-bo", "ana", firstPrivateWord);
        chat.finish();
        return chat;
    }

    @Test
    void aBuyerAskingASellerForOneUnderTheirBudgetPitchesNothing() {
        Chat chat = wroteFirst("Hi Ana, I saw your shop mentioned in the corner. Have you got a small rigid-heddle loom "
                + "under €80 that would suit a beginner?");

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theWritersOwnThingPutAtAPriceForThemToTakeUpIsAPitch() {
        Chat chat = wroteFirst("Hi Ana, I saw your shop mentioned in the corner. I have a small rigid-heddle loom at €80 "
                + "that would suit a beginner, shall I post it to you?");

        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void aCeilingInAQuestionAskingWhetherTheyHaveOneIsABudget() {
        assertThat(Pitch.pricedQuestion("do you stock a starter set below £40 for a ten-year-old?")).isFalse();
        assertThat(Pitch.pricedQuestion("is there anything under $25 that ships by Friday?")).isFalse();
        assertThat(Pitch.pricedQuestion("a starter set is £40, shall I keep one back for you?")).isTrue();
    }
}
