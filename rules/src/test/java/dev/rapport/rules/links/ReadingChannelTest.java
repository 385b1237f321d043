package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.ChannelPurpose;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_SHARE;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A channel made for passing on reading (#resources, "longform pieces worth a read") expects links: others' pieces
 * shared there are what it asks for, not a habit of dropping links. One's own work pushed there still counts.
 */
class ReadingChannelTest {
    private static final ChannelInfo RESOURCES = new ChannelInfo("resources", "Good posts, papers and talks.");
    private static final ChannelInfo LOUNGE = new ChannelInfo("lounge", "Anything goes.");
    private int id;

    private void post(Chat chat, ChannelInfo where, String text) {
        chat.later(Duration.ofHours(5));
        chat.feed(ChatMessage.builder().id("r" + id++).at(chat.now()).in(Chat.COMMUNITY, where.name())
                .channelInfo(where).by("ana").text(text).build());
    }

    private void week(Chat chat, String... links) {
        for (String link : links) {
            post(chat, RESOURCES, link);
        }
        for (int i = 0; i < 6; i++) {
            post(chat, LOUNGE, i % 2 == 0 ? "rainy one here today, stay dry everyone" : "ha, same here honestly");
        }
        chat.finish();
    }

    @Test
    void piecesPassedOnInAChannelForReadingAreNotALinkHabit() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        week(chat, "this long read on how cities plan bus routes changed my mind https://transit.example/bus-routes",
                "a lovely talk on naming things in code, the last ten minutes especially https://talks.example/naming",
                "short and sharp: why most dashboards go unread https://blog.example/dashboards",
                "the classic paper on worse-is-better, still holds up https://papers.example/worse-is-better");
        assertThat(chat.findings(LINKS_SHARE)).isEmpty();
    }

    @Test
    void onesOwnShopPushedInAChannelForReadingStillCounts() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        week(chat, "my new ebook is out, 20% off till Friday with code READ20 https://ana-shop.example/ebook",
                "my ebook is still 20% off, grab it before Friday https://ana-shop.example/ebook",
                "last day for 20% off my ebook, code READ20 https://ana-shop.example/ebook",
                "check out my shop, the ebook sale ends tonight https://ana-shop.example/ebook");
        assertThat(chat.findings(LINKS_SHARE).size() + chat.findings(PROMO_SELF).size()).isPositive();
    }

    @Test
    void aChannelForReadingIsToldByItsNameOrTopic() {
        assertThat(ChannelPurpose.reading(new ChannelInfo("reading-list", ""))).isTrue();
        assertThat(ChannelPurpose.reading(new ChannelInfo("misc", "Share useful links and articles"))).isTrue();
        assertThat(ChannelPurpose.reading(new ChannelInfo("general", "Chat about anything."))).isFalse();
        assertThat(ChannelPurpose.reading(new ChannelInfo("share-your-links", ""))).isFalse();
    }
}
