package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A business's team offering its goods with their page at a share off ("passes, 15% off until Sunday: <page>") sells to
 * the members as plainly as a price does: a regular's question at its desk, left a day, is a customer left waiting.
 * News of the shop with no terms ("new hats in the shop: <page>") says less, and alone does not make it a market.
 */
class TeamSaleOnItsPageTest {

    private static final ChannelInfo DESK = ChannelInfo.of("front-desk",
            "questions about passes, lockers and vouchers: ask the team");

    /**
     * A climbing wall's own server: Tom posts {@code offer}, Ana a notice; Cleo, a regular, asks the desk; Ana posts
     * elsewhere for two days.
     */
    private static Chat cleoAsksTheDesk(String offer) {
        Chat chat = Chat.builder("ana").defaultRoles(Map.of("Team", Audience.IGNORE)).build();
        chat.sayWithRoles("tom", "wall-news", Set.of("Team"), offer);
        chat.later(Duration.ofMinutes(30)).sayWithRoles("ana", "wall-news", Set.of("Team"), "the kids' club starts "
                + "again on Saturday morning");
        chat.later(Duration.ofHours(1)).say("cleo", "bouldering", "the new blue problem in the cave is brutal");
        chat.later(Duration.ofDays(1)).sayIn(DESK, "cleo", "can I move my voucher onto my sister's pass?");
        chat.later(Duration.ofHours(3)).sayWithRoles("ana", "wall-news", Set.of("Team"), "route setting on Thursday, "
                + "the cave is closed till six");
        chat.later(Duration.ofHours(26)).sayWithRoles("ana", "bouldering", Set.of("Team"), "who's been on the new "
                + "overhang?");
        return chat.finish();
    }

    @Test
    void firesWhenTheTeamOfferedItsPassesAtAShareOff() {
        assertThat(cleoAsksTheDesk("ten-visit passes, 15% off until Sunday: https://cragwall.example/passes")
                .findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheTeamOnlyToldOfItsShop() {
        assertThat(cleoAsksTheDesk("chalk bags are back in the shop: https://cragwall.example/shop")
                .findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
