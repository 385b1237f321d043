package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_BURST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A channel for passing on deals (#deals, #tools-and-deals) carries other people's offers with their links by design:
 * shops' pages passed on there, claimed by no word as one's own, are what the channel is for, not a habit of dropping
 * links. Dropped where they are not what the room is for, they are.
 */
class DealsPassedOnTest {
    private static final ChannelInfo DEALS = new ChannelInfo("garden-deals", "bargains spotted around the web");
    private static final ChannelInfo LOUNGE = new ChannelInfo("lounge", "Anything goes.");
    private int id;

    private void post(Chat chat, ChannelInfo where, Duration after, String text) {
        chat.later(after);
        chat.feed(ChatMessage.builder().id("d" + id++).at(chat.now()).in(Chat.COMMUNITY, where.name())
                .channelInfo(where).by("ana").text(text).build());
    }

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void othersDealsPassedOnInTheDealsChannelAreNoBurst() {
        Chat chat = chat();
        post(chat, DEALS, Duration.ofMinutes(1),
                "morning finds: cordless hedge trimmer £89 https://diy-store.example/p/trimmer-18v");
        post(chat, DEALS, Duration.ofMinutes(2), "bypass secateurs £14 https://garden-centre.example/item/secateurs");
        post(chat, DEALS, Duration.ofMinutes(2), "50L compost bags 3 for £12 https://garden-centre.example/item/compost");
        post(chat, DEALS, Duration.ofMinutes(2),
                "water butt £35 (cheapest I've seen) https://diy-store.example/p/butt-200");
        chat.finish();
        assertThat(chat.findings(LINKS_BURST)).isEmpty();
    }

    @Test
    void theSameFindsDroppedInAChannelNotMadeForThemAreStillABurst() {
        Chat chat = chat();
        post(chat, LOUNGE, Duration.ofMinutes(1),
                "morning finds: cordless hedge trimmer £89 https://diy-store.example/p/trimmer-18v");
        post(chat, LOUNGE, Duration.ofMinutes(2), "bypass secateurs £14 https://garden-centre.example/item/secateurs");
        post(chat, LOUNGE, Duration.ofMinutes(2), "50L compost bags 3 for £12 https://garden-centre.example/item/compost");
        post(chat, LOUNGE, Duration.ofMinutes(2),
                "water butt £35 (cheapest I've seen) https://diy-store.example/p/butt-200");
        chat.finish();
        assertThat(chat.findings(LINKS_BURST)).hasSize(1);
    }
}
