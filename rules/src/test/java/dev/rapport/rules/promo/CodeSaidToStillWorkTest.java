package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code promo.self} and a checkout code said to still work, with the page where it is spent ("the MOSSLINE code
 * still works: <shop>"): telling readers a discount is still on keeps one's shop in front of them, an occasion of
 * promotion though no share off or price is named. It is said to whoever reads, not to one person: under someone's
 * question it is a plug left for the thread, no priced offer put to the asker, so no cold pitch.
 */
class CodeSaidToStillWorkTest {

    private static final ChannelInfo LOUNGE = ChannelInfo.of("lounge", "chat about anything");
    private static final ChannelInfo HELP = ChannelInfo.of("help-desk", "questions about your projects");

    @Test
    void aShopsCodeSaidToStillWorkWithItsPageOnTwoDaysIsTheWeeksPromotion() {
        Chat chat = Scene.of(Chat.builder("oriel").promoDetector(new SelfPromotionDetector()))
                .saysIn(LOUNGE, "oriel", "glazed another dozen planters over the weekend, the MOSSLINE code still "
                        + "works: oriel-pots.example")
                .after(Duration.ofDays(2))
                .saysIn(LOUNGE, "oriel", "the speckled ones are dry now, and code MOSSLINE is still valid → "
                        + "oriel-pots.example/speckled")
                .after(Duration.ofDays(8))
                .finish();
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }

    @Test
    void aCodeSaidToStillWorkWithNoPageSendsNobodyToAShop() {
        Chat chat = Scene.of(Chat.builder("oriel").promoDetector(new SelfPromotionDetector()))
                .saysIn(LOUNGE, "oriel", "the caretaker says the code GATEHOUSE still works for the side door")
                .after(Duration.ofDays(2))
                .saysIn(LOUNGE, "oriel", "and the GATEHOUSE code is still valid for the bike shed too")
                .after(Duration.ofDays(8))
                .finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void theCodeLeftUnderTheQuestionOfSomeoneMetDaysBeforeIsAPlugNotAColdPitch() {
        Chat chat = Scene.of(Chat.builder("oriel").promoDetector(new SelfPromotionDetector()))
                .saysIn(LOUNGE, "tamsin", "first attempt at a coil pot, it slumped on one side")
                .after(Duration.ofMinutes(30))
                .answersIn(LOUNGE, "oriel", "tamsin", "slumping means the coils were too wet, let them firm up a bit")
                .after(Duration.ofDays(2))
                .saysIn(LOUNGE, "oriel", "speckled planters are back in my shop, 15% off with code MOSSLINE this week: "
                        + "oriel-pots.example")
                .after(Duration.ofDays(2))
                .saysIn(HELP, "tamsin", "what clay body would you use for a planter that lives outside?")
                .after(Duration.ofMinutes(20))
                .answersIn(HELP, "oriel", "tamsin", "a stoneware with some grog, fired to maturity. and my code "
                        + "MOSSLINE still works if you fancy a ready-made one: oriel-pots.example")
                .after(Duration.ofDays(8))
                .finish();
        assertThat(chat.findings(SELL_COLD)).isEmpty();
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }
}
