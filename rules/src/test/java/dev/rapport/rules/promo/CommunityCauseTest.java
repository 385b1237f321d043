package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
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
                "Coat drive update: halfway there! If you've not shared it yet, please do: https://give.example/coats");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }

    @Test
    void onesOwnProductWordedTheSameWayIsStillPromotion() {
        Chat chat = chat();
        twoPosts(chat, "My spring candle collection starts today! Every candle is hand poured. Please share with "
                        + "your neighbours: https://shop.example/candles",
                "Candle update: halfway sold out! If you've not shared it yet, please do: https://shop.example/candles");
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

    /** A room the group gave to its drive, where updates need not name the drive again. */
    private static final ChannelInfo DRIVE_ROOM = ChannelInfo.of("food-bank-drive",
            "our autumn food drive: progress and ways to help");

    @Test
    void updatesInTheRoomOfTheGroupsOwnDriveAreTheGroupsBusiness() {
        Chat chat = chat();
        chat.say("bo", "general", "Who can do the Saturday van run?");
        chat.later(Duration.ofHours(2));
        chat.sayIn(DRIVE_ROOM, "ana", "£640 of £1,000 already, the corner shop chipped in! https://give.example/food");
        chat.later(Duration.ofDays(2));
        chat.sayIn(DRIVE_ROOM, "ana", "£910 now, so close. https://give.example/food");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void onesOwnSaleInTheRoomOfTheGroupsDriveIsStillPromotion() {
        Chat chat = chat();
        chat.say("bo", "general", "Who can do the Saturday van run?");
        chat.later(Duration.ofHours(2));
        chat.sayIn(DRIVE_ROOM, "ana", "My handmade soap is back in stock, £8 a bar, order here: "
                + "https://ana-soaps.example/shop");
        chat.later(Duration.ofDays(2));
        chat.sayIn(DRIVE_ROOM, "ana", "Only a few bars of my lavender soap left, £8, grab one: "
                + "https://ana-soaps.example/shop");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void aRoomIsTheGroupsCauseOrEventByItsTopic() {
        assertThat(CommunityCause.room("our winter appeal: updates and ways to help")).isTrue();
        assertThat(CommunityCause.room("upcoming meets, sign-ups, attempt selection")).isTrue();
        assertThat(CommunityCause.room("show your latest work")).isFalse();
        assertThat(CommunityCause.claimsOwn("2 places left on my course, book here")).isTrue();
        assertThat(CommunityCause.claimsOwn("6 places left, sign-up closes Friday")).isFalse();
    }
}
