package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.links.LinkExtractor;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_PEERS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Selling one's own work is read from the post, not from the channel it is in: a piece shown with the link to where
 * it is sold makes its poster a seller, one of the trade, in a channel of any name.
 */
class OwnWorkForSaleTest {

    private static boolean offers(String text) {
        return OwnWorkForSale.is(text, LinkExtractor.extract(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "walnut bowl, oiled twice and finally happy with the sheen https://www.etsy.com/listing/4411/walnut-bowl",
            "tiny linocut run of 20 ✨ https://inkandgouge.etsy.com/listing/88/fox-print",
            "new zine is up!! https://papercutpress.bigcartel.com/product/zine-4",
            "finaly put my synth patchs up for sale 🎛️ https://gumroad.com/l/patchpack",
            "ep out now https://lowtidebeats.bandcamp.com/album/night-drive",
            "my game got a store page, wishlist it if you like cozy fishing https://store.steampowered.com/app/555/Reel",
            "we made a card game!! https://store.steampowered.com/app/777/Trick-Hollow",
            "fresh batch of mugs, speckled glaze https://clayandember.example/shop/speckled-mug",
            "restocked the enamel pins https://pinhouse.example/products/moth-pin",
            "the print took me ages but it's done https://ko-fi.com/s/ab12cd",
            "jam build of my platformer https://mira-dev.itch.io/skyward",
            // the seller's own terms, where no word says "mine": postage added, or "I sell"
            "tape echo kit, through-hole parts, $34 + shipping https://fuzzbox.example/products/tape-echo",
            "knife rolls back in, £28 plus postage https://hidecraft.example/shop/knife-roll",
            "I sell these little tube preamps, link: https://valvenook.example/products/preamp"
    })
    void onesOwnPieceWithTheLinkToWhereItIsSoldIsAnOffer(String post) {
        assertThat(offers(post)).as(post).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "found this gorgeous ring on etsy https://www.etsy.com/listing/999/sapphire-ring",
            "look at these earrings Mara made https://www.etsy.com/listing/12/earrings",
            "Hollow Knight is on sale again https://store.steampowered.com/app/367520/Hollow_Knight",
            "this mic is great for voiceover https://soundgear.example/products/mic-7",
            "can't recommend this lathe enough https://toolshop.example/shop/mini-lathe",
            "docs for the setup https://example.org/docs/setup",
            "https://news.example.com/item?id=4312",
            "anyone tried these? https://www.amazon.com/dp/B00X1234",
            "just bought these brushes, can't wait https://www.etsy.com/listing/321/brush-set",
            // the shop's own price passed on, with nothing of the poster's own terms
            "tape echo kit, through-hole parts, $34 today https://fuzzbox.example/products/tape-echo",
            "found a tape echo kit for $34 + shipping https://fuzzbox.example/products/tape-echo"
    })
    void aFindPassedOnOrABrandsPageOffersNothingOfOnesOwn(String post) {
        assertThat(offers(post)).as(post).isFalse();
    }

    /** Makers showing pieces with their shop links in a channel no list knows, and their asking in #shop-talk. */
    private static Chat makersWhoseShowsAre(String first, String second) {
        Chat chat = Chat.coaching("ana");
        ChannelInfo lathe = ChannelInfo.of("🪵┃fresh-off-the-lathe", "");
        ChannelInfo shopTalk = ChannelInfo.of("shop-talk", "");
        // Someone lists in a channel for trade: people sell here.
        chat.sayIn(ChannelInfo.of("for-sale", ""), "reno", "Ash platter, 30cm, £55 https://renoturns.example/shop/ash");
        chat.sayIn(lathe, "ilse", first);
        chat.sayIn(lathe, "joss", second);
        chat.sayIn(lathe, "ana", "spalted beech bowl, finally got the sheen right https://www.etsy.com/listing/9001/beech");
        for (String maker : new String[]{"ilse", "joss"}) {
            chat.sayIn(shopTalk, maker, "how long do you let blanks dry before turning?");
            chat.sayIn(shopTalk, maker, "do you sell at markets or only online?");
        }
        chat.sayIn(ChannelInfo.of("ask-a-turner", ""), "bo", "can a walnut bowl go in the dishwasher?");
        for (int i = 0; i < 10; i++) {
            chat.mentionIn("ana", shopTalk, i % 2 == 0 ? "ilse" : "joss", "what is your price for a 10 inch bowl?");
        }
        return chat.finish();
    }

    @Test
    void aWeekOfShopTalkWithMakersWhoShowTheirPiecesForSaleIsAWeekAmongPeers() {
        Chat chat = makersWhoseShowsAre(
                "cherry bowl with a bark edge https://www.etsy.com/listing/7001/cherry-bowl",
                "restocked the small olive wood spoons https://jossturns.example/shop/olive-spoon");

        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    @Test
    void theSameTalkWithPeopleWhoOnlyPassOnFindsIsTalkWithBuyers() {
        Chat chat = makersWhoseShowsAre(
                "found this cherry bowl on etsy, want one https://www.etsy.com/listing/7001/cherry-bowl",
                "look at these spoons a friend of mine made https://somebody.example/shop/olive-spoon");

        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }
}
