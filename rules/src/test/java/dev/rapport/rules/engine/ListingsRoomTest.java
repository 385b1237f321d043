package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a listing belongs. A room whose topic says its members buy and sell there is the room made for listings,
 * whatever its name: a plain listing posted there (the thing, its price, its page) is what the room is for, not a post
 * of the link toward a repeat. A room that says the opposite ("no selling") gives no such licence, and a code pushed
 * inside the listings room is promotion as anywhere. A priced listing in a room for trade is the poster's own offer even
 * on a marketplace and without "my": the same listing dropped into the chat rooms within minutes is one sale scattered,
 * the listings room one of its rooms.
 */
class ListingsRoomTest {

    private static final ChannelInfo SELLING_TOPIC = ChannelInfo.of("odds-and-ends",
            "buy, sell or swap spare parts: say the price");
    private static final ChannelInfo NO_SELLING = ChannelInfo.of("odds-and-ends", "swap spare parts, no selling");
    private static final ChannelInfo CHAT = ChannelInfo.of("clubhouse", "anything goes");
    private static final ChannelInfo HELP = ChannelInfo.of("repairs", "broken something? ask here");
    private static final ChannelInfo RIDES = ChannelInfo.of("ride-reports", "where you went and how it went");
    private static final String LISTING = "Rebuilt carbs for the old twins, £65 posted, bench tested: "
            + "https://hollowvalve.example/carbs";

    /** The coach with its real promotion detector: these are about wording as much as rooms. */
    private static Chat chat() {
        return Chat.builder("wren").promoDetector(new SelfPromotionDetector()).build();
    }

    /** The listing itself, then a plug on an answer and a code in the chat on another day. */
    private static Chat listingThenTwoPushes(ChannelInfo listingsRoom) {
        Chat chat = chat();
        chat.sayIn(listingsRoom, "wren", LISTING);
        chat.later(Duration.ofHours(8));
        MessageId question = chat.sayIn(HELP, "ansel", "my idle hunts up and down once it is warm, any idea?");
        chat.replyIn(HELP, "wren", question, "ansel", "air leak at the manifold nine times out of ten, "
                + "wet the joints with soapy water and watch for bubbles. or swap in one of my rebuilt carbs, £65: "
                + "https://hollowvalve.example/carbs");
        chat.later(Duration.ofDays(3));
        chat.sayIn(CHAT, "wren", "spring offer on the rebuilt carbs, 10% off with code TWIN10 "
                + "https://hollowvalve.example/carbs");
        return chat;
    }

    @Test
    void aListingInTheRoomWhoseTopicSaysMembersSellThereIsNotOneOfTheRepeats() {
        Chat chat = listingThenTwoPushes(SELLING_TOPIC);

        assertThat(chat.findings(PROMO_SELF)).as("the plug and the code outside the listings room").hasSize(1);
        assertThat(chat.findings(LINKS_REPEAT)).as("twice outside the room made for it, days apart").isEmpty();
    }

    @Test
    void theSameListingWhereTheTopicForbidsSellingIsThirdPostOfTheLink() {
        Chat chat = listingThenTwoPushes(NO_SELLING);

        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
        assertThat(chat.findings(LINKS_REPEAT)).as("three posts of the shop's link in a week").hasSize(1);
    }

    @Test
    void aCodePushedInsideTheListingsRoomIsStillPromotion() {
        Chat chat = chat();
        chat.sayIn(SELLING_TOPIC, "wren", LISTING);
        chat.later(Duration.ofDays(2));
        chat.sayIn(SELLING_TOPIC, "wren", "10% off the rebuilt carbs this week with code TWIN10 "
                + "https://hollowvalve.example/carbs");
        chat.later(Duration.ofDays(1));
        chat.sayIn(CHAT, "wren", "carbs are 10% off till Sunday, code TWIN10 https://hollowvalve.example/carbs");

        assertThat(chat.findings(PROMO_SELF)).as("the code in the listings room and again in the chat").hasSize(1);
    }

    @Test
    void aListingRelistedInItsRoomAndOneCodeInTheChatIsOneOccasion() {
        Chat chat = chat();
        chat.sayIn(SELLING_TOPIC, "wren", LISTING);
        chat.later(Duration.ofDays(2));
        chat.sayIn(SELLING_TOPIC, "wren", "Rebuilt carbs back in, £65 posted, bench tested: "
                + "https://hollowvalve.example/carbs");
        chat.later(Duration.ofDays(1));
        chat.sayIn(CHAT, "wren", "carbs are 10% off till Sunday, code TWIN10 https://hollowvalve.example/carbs");

        assertThat(chat.findings(PROMO_SELF)).isEmpty();
        assertThat(chat.findings(LINKS_REPEAT)).as("two listings in their room, one post outside").isEmpty();
    }

    private static final ChannelInfo FOR_SALE = ChannelInfo.of("for-sale", "one post per item, price and postage");
    private static final String MARKET_LISTING = "FS: 1960s brass trail compass, sighting mirror intact, £40 posted "
            + "https://www.ebay.com/itm/3141592653";

    @Test
    void aMarketplaceListingDroppedIntoTwoChatRoomsWithinMinutesIsACrossPost() {
        Chat chat = chat();
        chat.sayIn(FOR_SALE, "wren", MARKET_LISTING);
        chat.later(Duration.ofMinutes(4));
        chat.sayIn(CHAT, "wren", "my old brass compass is up now, £40 → https://www.ebay.com/itm/3141592653");
        chat.later(Duration.ofMinutes(3));
        chat.sayIn(RIDES, "wren", "anyone after a brass compass for the glovebox? mine's going for £40 → "
                + "https://www.ebay.com/itm/3141592653");

        assertThat(chat.findings(LINKS_REPEAT)).as("one listing in three rooms within minutes").hasSize(1);
    }

    @Test
    void aMarketplaceListingAndOneMentionElsewhereIsNoCrossPost() {
        Chat chat = chat();
        chat.sayIn(FOR_SALE, "wren", MARKET_LISTING);
        chat.later(Duration.ofMinutes(4));
        chat.sayIn(CHAT, "wren", "my old brass compass is up now, £40 → https://www.ebay.com/itm/3141592653");

        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    private static final ChannelInfo FINDS = ChannelInfo.of("finds", "what you picked up at markets and charity shops");

    /** Since session 35: the listing, then the chat, then a room the last post fits: one link in three rooms. */
    @Test
    void aListingThenTheChatThenARoomWhereTheLinkFitsWithinTheHourIsACrossPost() {
        Chat chat = chat();
        chat.sayIn(FOR_SALE, "wren", MARKET_LISTING);
        chat.later(Duration.ofMinutes(6));
        chat.sayIn(CHAT, "wren", "brass compass up for grabs, £40: https://www.ebay.com/itm/3141592653");
        chat.later(Duration.ofMinutes(12));
        chat.sayIn(FINDS, "wren", "just put this one up: https://www.ebay.com/itm/3141592653");

        assertThat(chat.findings(LINKS_REPEAT)).as("the listing's room is the first of the three").hasSize(1);
    }

    @Test
    void aListingThenTheChatAndAFittingRoomDaysLaterIsNoCrossPost() {
        Chat chat = chat();
        chat.sayIn(FOR_SALE, "wren", MARKET_LISTING);
        chat.later(Duration.ofDays(2));
        chat.sayIn(CHAT, "wren", "brass compass up for grabs, £40: https://www.ebay.com/itm/3141592653");
        chat.later(Duration.ofHours(1));
        chat.sayIn(FINDS, "wren", "just put this one up: https://www.ebay.com/itm/3141592653");

        assertThat(chat.findings(LINKS_REPEAT)).as("the listing two days before is where it fits").isEmpty();
    }
}
