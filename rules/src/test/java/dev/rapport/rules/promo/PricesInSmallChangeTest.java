package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prices in cents or pence are prices when said the way sellers say them: a charm price ("99c", "49p") or a rate per
 * unit ("40p a piece"). A figure with c or p in other shapes is a temperature, a player count or "my 2c", and sells
 * nothing. Read by the real promotion detector and the engine.
 */
class PricesInSmallChangeTest {

    private static Chat chat(String... coached) {
        return Chat.builder(coached).promoDetector(new SelfPromotionDetector()).build();
    }

    /** Ivy asks the room about her broken order; a day-old member answers her with {@code reply}. */
    private static Chat underACustomersQuestion(String reply) {
        Chat chat = chat("gus");
        chat.say("gus", "general", "hello, found this place through a friend");
        chat.later(Duration.ofDays(1));
        MessageId q = chat.say("ivy", "orders", "the acrylic lamp base I ordered came with a crack, can it be replaced?");
        chat.later(Duration.ofMinutes(20));
        chat.reply("gus", "orders", q, "ivy", reply);
        return chat.finish();
    }

    @Test
    void aRateInPenceWithDmMeUnderAStrangersQuestionIsAColdPitch() {
        Chat chat = underACustomersQuestion("tbh I laser-cut acrylic for 40p a piece, beats this place, DM me");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    /** A rate in pence by any thing counted ("a lampshade") is a rate, not only by the units a list knows. */
    @Test
    void aRateInPenceByAnyThingCountedWithDmMeUnderAStrangersQuestionIsAColdPitch() {
        Chat chat = underACustomersQuestion("I re-wire them at 90p a lampshade plus parts, DM me to book yours in");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    /** Pence followed by "a while" or "a bit" tell of a sum in talk, no rate: help with a DM offered stays help. */
    @Test
    void penceFollowedByAWhileWithDmMeUnderAStrangersQuestionIsHelp() {
        Chat chat = underACustomersQuestion("mine cracked too, a tube of glue from the market for 50p a while back "
                + "held it, DM me and I can send a photo of how");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void twoCentsOfAdviceWithDmMeUnderAStrangersQuestionIsHelp() {
        Chat chat = underACustomersQuestion("just my 2c: photograph the crack before you send it back, DM me if the "
                + "form gives you trouble");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void onesOwnReleaseAtACharmPriceWithItsPagePushedTwiceInAWeekIsPromotion() {
        Chat chat = chat("ana");
        chat.later(Duration.ofDays(1));
        chat.say("ana", "general", "The second novella is finally out, 99c this week only: "
                + "https://ana-quill.example/novellas/the-salt-road");
        chat.later(Duration.ofDays(3));
        chat.say("ana", "general", "only two days left at 99c before it goes up: "
                + "https://ana-quill.example/novellas/the-salt-road");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }

    @Test
    void aTemperatureBesideARecipeLinkTwiceInAWeekSellsNothing() {
        Chat chat = chat("ana");
        chat.later(Duration.ofDays(1));
        chat.say("ana", "general", "proofed this one at 24c overnight, the method I followed: "
                + "https://crumb-notes.example/country-loaf");
        chat.later(Duration.ofDays(3));
        chat.say("ana", "general", "second go at 26c, even more open crumb: "
                + "https://crumb-notes.example/country-loaf");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void aPricedSheetToClaimInDmsPushedIntoTwoTalkRoomsIsPromotion() {
        Chat chat = chat("rae");
        chat.later(Duration.ofDays(1));
        chat.say("rae", "general", "three enamel pin designs left, £9 each, claim in DMs");
        chat.later(Duration.ofDays(2));
        chat.say("rae", "pin-trading-chat", "still have the moth pins, £9 each, claim in DMs 🦋");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }

    @Test
    void carryingAConversationOnInDmsSellsNothing() {
        Chat chat = chat("rae");
        chat.later(Duration.ofDays(1));
        chat.say("rae", "general", "the enamel pin swap went well, let's carry the planning on in DMs");
        chat.later(Duration.ofDays(2));
        chat.say("rae", "pin-trading-chat", "sorted the swap list with Jo in DMs, it's long");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }
}
