package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.ProviderClaim;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One's own paid thing tacked onto an answer is a plug whether or not its words are an advert's: a seller names their
 * trade ("I run…", "we teach…") beside a price and the page where it is booked or bought, and that is their offer
 * riding on the help. Two such occasions in a week are promotion as a habit. A product recommended at its price, or a
 * price one paid, sells nothing of the writer's, and the answer stays help.
 */
class OwnTradeOnAnAnswerTest {

    private static Chat twoAnswers(String first, String second) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId q1 = chat.say("bo", "pottery-help", "my glaze keeps crawling off the rim after firing, tried "
                + "wiping the bisque first");
        chat.later(Duration.ofMinutes(40));
        chat.reply("ana", "pottery-help", q1, "bo", first);
        chat.later(Duration.ofDays(2));
        MessageId q2 = chat.say("cy", "pottery-help", "why do my mugs crack at the handle join when they dry?");
        chat.later(Duration.ofMinutes(30));
        chat.reply("ana", "pottery-help", q2, "cy", second);
        return chat.finish();
    }

    @Test
    void theWritersOwnPricedCourseOnTwoAnswersIsPromotion() {
        Chat chat = twoAnswers(
                "usually dust or a glaze put on too thick, thin it with a splash of water and dip faster. if anyone "
                        + "wants a proper grounding, I run a Saturday glazing class, £65: https://anaclay.example/classes",
                "the handle dries faster than the mug, so wrap the join in plastic for a day and slow it down. I also "
                        + "teach a throwing course, £120 for four weeks: https://anaclay.example/courses");
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
        // The answers helped first: a plug for the thread, not a cold pitch at the asker.
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void aProductRecommendedAtItsPriceOnTwoAnswersIsHelp() {
        Chat chat = twoAnswers(
                "usually dust or a glaze put on too thick, thin it with a splash of water and dip faster. the "
                        + "hydrometer I use is £12 and takes the guessing out: https://claysupply.example/hydrometer",
                "the handle dries faster than the mug, so wrap the join in plastic for a day and slow it down. a "
                        + "damp box helps too, mine was $30: https://claysupply.example/damp-box");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    /** Asked who runs such a thing, the writer's own priced class is the answer the question asked for. */
    @Test
    void theOwnCourseAnsweringWhoRunsOneIsHelp() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId q = chat.say("bo", "pottery-help", "does anyone run raku firing workshops near here?");
        chat.later(Duration.ofMinutes(40));
        chat.reply("ana", "pottery-help", q, "bo", "I run one most months, £85 with the clay and the firing: "
                + "https://anaclay.example/raku. bring old clothes, the smoke gets everywhere");
        chat.later(Duration.ofDays(1));
        chat.say("ana", "general", "kiln's cooling, first raku batch of the spring came out lovely");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theWriterProvidingIsSaidWithIOrWeAndAVerbOfTheTrade() {
        assertThat(ProviderClaim.in("I run a weekend course")).isTrue();
        assertThat(ProviderClaim.in("we also sell the kits")).isTrue();
        assertThat(ProviderClaim.in("I'm offering two places this month")).isTrue();
        assertThat(ProviderClaim.in("the course they run is good")).isFalse();
        assertThat(ProviderClaim.in("I bought the kit they sell")).isFalse();
        assertThat(ProviderClaim.in("I used to think so, then I tried it")).isFalse();
    }
}
