package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.audience.Audience;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a business's own server (its people wear a Team or Staff role), the team posting the business's products and
 * order page for its customers is what the members joined for, not self-promotion; a member who is not the team
 * pushing their own shop there still promotes.
 */
class OwnBusinessPromotionTest {

    private static Chat teaShop() {
        return Chat.builder("lena", "rudi").defaultRoles(Map.of("Customer", Audience.CUSTOMER, "Team", Audience.IGNORE))
                .build();
    }

    @Test
    void theTeamOfferingTheShopsOwnGoodsInItsOwnServerIsNotCoached() {
        Chat chat = teaShop();
        chat.sayWithRoles("lena", "tea-news", Set.of("Team"),
                "[promo] new harvest oolong is in, pre-orders open on our site https://leafhouse.example/order");
        chat.later(Duration.ofHours(30));
        chat.sayWithRoles("lena", "tea-news", Set.of("Team"),
                "[promo] last call for the oolong pre-orders, they close tonight https://leafhouse.example/order");
        chat.later(Duration.ofDays(8));
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void aMemberPushingTheirOwnShopInTheBusinesssServerIsStillCoached() {
        Chat chat = teaShop();
        chat.sayWithRoles("lena", "tea-news", Set.of("Team"), "the tasting evening is on Friday as usual");
        chat.sayWithRoles("rudi", "tea-news", Set.of("Customer"),
                "[promo] my handmade cups are 20% off all week https://rudiclay.example/shop");
        chat.later(Duration.ofHours(30));
        chat.sayWithRoles("rudi", "tea-news", Set.of("Customer"),
                "[promo] still 20% off my cups, grab one https://rudiclay.example/shop");
        chat.later(Duration.ofDays(8));
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    private static final dev.rapport.rules.model.ChannelInfo NEWS =
            dev.rapport.rules.model.ChannelInfo.of("announcements", "what is new at the shop");

    /**
     * Since session 40: the business's announcements channel is its team's notice board; a customer pinning their own
     * priced cups to it, twice in the week, pushes their shop in someone else's window, as in any other room.
     */
    @Test
    void aMembersOwnSaleOnTheBusinesssNoticeBoardIsStillCoached() {
        Chat chat = teaShop();
        chat.sayInWithRoles(NEWS, "lena", Set.of("Team"), "the tasting evening moves to Thursday this month");
        chat.later(Duration.ofHours(2));
        chat.sayInWithRoles(NEWS, "rudi", Set.of("Customer"),
                "my handmade tea bowls are back, £24 each: https://rudiclay.example/bowls");
        chat.later(Duration.ofHours(50));
        chat.sayInWithRoles(NEWS, "rudi", Set.of("Customer"),
                "if anyone fancies a tea bowl of their own, mine are £24, DM me");
        chat.later(Duration.ofDays(8));
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    /** Where no team runs the place (a members' club), its notice board is the members' own, and the same is welcome. */
    @Test
    void aMembersOwnSaleOnTheNoticeBoardOfAPlaceNoTeamRunsIsNotCoached() {
        Chat chat = Chat.coaching("rudi");
        chat.sayIn(NEWS, "lena", "the tasting evening moves to Thursday this month");
        chat.later(Duration.ofHours(2));
        chat.sayIn(NEWS, "rudi", "my handmade tea bowls are back, £24 each: https://rudiclay.example/bowls");
        chat.later(Duration.ofHours(50));
        chat.sayIn(NEWS, "rudi", "if anyone fancies a tea bowl of their own, mine are £24, DM me");
        chat.later(Duration.ofDays(8));
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }
}
