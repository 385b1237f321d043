package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person selling their own thing often lists it on a big marketplace rather than a shop of their own. The listing
 * posted in the room for sales is in its place; the same listing then put into two chat rooms within minutes is one
 * offer scattered into three rooms, whichever host the page is on.
 */
class ScatteredMarketplaceListingTest {

    private static final ChannelInfo SALES = ChannelInfo.of("bits-for-sale", "buy, sell, swap");
    private static final ChannelInfo CHAT = ChannelInfo.of("workshop-chat", "anything goes");
    private static final ChannelInfo HELP = ChannelInfo.of("fixing-help", "stuck on a repair? ask here");
    private static final String ITEM = "https://www.ebay.com/itm/880012345";

    @Test
    void ownMarketplaceListingTakenIntoTwoMoreRoomsWithinMinutesIsACrossPost() {
        Chat chat = Chat.coaching("nell");
        chat.sayIn(SALES, "nell", "Selling my old bench vice, cast iron, £45 collected: " + ITEM);
        chat.later(Duration.ofMinutes(4));
        chat.sayIn(CHAT, "nell", "who wants a vice? mine's up for £45 " + ITEM);
        chat.later(Duration.ofMinutes(5));
        chat.sayIn(HELP, "nell", "if your repairs need a good grip, my vice is for sale " + ITEM);

        assertThat(chat.findings(LINKS_REPEAT)).as("the sales room is one of the three").hasSize(1);
    }

    @Test
    void ownMarketplaceListingMentionedInTwoRoomsOverTheWeekStaysWhereItFits() {
        Chat chat = Chat.coaching("nell");
        chat.sayIn(SALES, "nell", "Selling my old bench vice, cast iron, £45 collected: " + ITEM);
        chat.later(Duration.ofDays(2));
        chat.sayIn(CHAT, "nell", "who wants a vice? mine's up for £45 " + ITEM);
        chat.later(Duration.ofDays(2));
        chat.sayIn(HELP, "nell", "if your repairs need a good grip, my vice is for sale " + ITEM);

        assertThat(chat.findings(LINKS_REPEAT)).as("a listing and a mention now and then").isEmpty();
    }
}
