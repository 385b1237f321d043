package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.text.CommunityCause;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A community's own cause (the group's appeal, fundraiser or drive), spread among its members, is the group's work,
 * not the writer's business: neither self-promotion nor an ask for attention to oneself. One's own product worded
 * the same way is still promotion.
 */
class CommunityCauseTest {

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    private static void twoPosts(Chat chat, String first, String second) {
        chat.say("bo", "general", "Morning all, who's on the Thursday sorting shift?");
        chat.later(Duration.ofHours(2));
        chat.say("ana", "general", first);
        chat.later(Duration.ofDays(2));
        chat.say("ana", "general", second);
        chat.finish();
    }

    @Test
    void theGroupsOwnDriveSharedAmongItsMembersIsNotPromotion() {
        Chat chat = chat();
        twoPosts(chat, "Our spring coat drive starts today! Every coat keeps a kid warm. Please share with your "
                        + "neighbours: https://give.example/coats",
                "Coat drive update: halfway there! If you haven't shared it yet, please do: https://give.example/coats");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }

    @Test
    void onesOwnProductWordedTheSameWayIsStillPromotion() {
        Chat chat = chat();
        twoPosts(chat, "My spring candle collection starts today! Every candle is hand poured. Please share with "
                        + "your neighbours: https://shop.example/candles",
                "Candle update: halfway sold out! If you haven't shared it yet, please do: https://shop.example/candles");
        assertThat(chat.findings(PROMO_SELF).size() + chat.findings(ONEWAY_ASKS).size()).isPositive();
    }

    @Test
    void aCauseIsTheGroupsAndNotAMakersOwnFunding() {
        assertThat(CommunityCause.is("Our winter appeal is live, please share")).isTrue();
        assertThat(CommunityCause.is("The toy drive closes Friday, donations at the front desk")).isTrue();
        assertThat(CommunityCause.is("My fundraiser for surgery is live, please share")).isFalse();
        assertThat(CommunityCause.is("Our album fundraiser is on Kickstarter, please back it")).isFalse();
        assertThat(CommunityCause.is("Our new release is out, please share")).isFalse();
    }
}
