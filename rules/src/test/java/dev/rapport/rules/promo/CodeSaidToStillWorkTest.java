package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A checkout code written out beside the word "code" and said to still work ("the code PEDALON still works", "PEDALON
 * code is still valid") is a discount kept going for the reader, as "with code PEDALON" is: one's own shop page
 * reminded with it is a sale, though no share off is named again. A capitalised word beside "code" that is not said to
 * work (an error code, a model's code) offers nothing.
 */
class CodeSaidToStillWorkTest {

    private static final ChannelInfo BUILDS = ChannelInfo.of("your-builds", "bikes you built with parts from the co-op");
    private static final ChannelInfo WORKSHOP = ChannelInfo.of("workshop-questions", "ask the mechanics anything");

    private static Chat chat() {
        return Chat.builder("tamsin", "owen").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void theSameShopPageRemindedWithACodeThatStillWorksIsPromotionAndARepeat() {
        Chat chat = chat();
        chat.sayIn(BUILDS, "tamsin", "Two more frame bags done with the co-op's cordura. They're in my shop: "
                + "tamsinbags.example, 10% off with code PEDALON this month.");
        chat.later(Duration.ofDays(1));
        MessageId asked = chat.sayIn(WORKSHOP, "owen", "What fittings do people use for frame bag straps? Mine keep sliding down "
                + "the tube.");
        chat.later(Duration.ofMinutes(20));
        chat.replyIn(WORKSHOP, "tamsin", asked, "owen", "Silicone strap pads, the 20mm ones, on a clean tube. Or buy a "
                + "finished bag at tamsinbags.example, the code PEDALON still works.");
        chat.later(Duration.ofDays(2));
        chat.sayIn(BUILDS, "tamsin", "Restocked with the padded-strap bags, PEDALON code is still valid: tamsinbags.example");

        assertThat(chat.findings(PROMO_SELF)).as("one's own shop with its code, three times").hasSize(1);
        assertThat(chat.findings(LINKS_REPEAT)).as("the shop's page three times in three days").hasSize(1);
    }

    @Test
    void aCapitalisedWordBesideCodeThatIsNotSaidToWorkOffersNothing() {
        SelfPromotionDetector detector = new SelfPromotionDetector();

        assertThat(detector.analyse("the error code EACCES keeps coming back after the update").promotional()).isFalse();
        assertThat(detector.analyse("my old hub has the code SHIMANO stamped on it, still spins fine").promotional())
                .isFalse();
    }
}
