package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_DROP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room whose topic lists events by date, times and entry is the members' events board: an event posted there is
 * what it is for. One's price list with its page, opening the post, is no event but one's stock for sale, dropped
 * into a room one never spoke in: a drive-by.
 */
class PriceListOnAnEventsBoardTest {
    private static final ChannelInfo BOARD = ChannelInfo.of("fair-dates", "stallholders: one post each for your next "
            + "fair, with the date, times and entry fee");
    private static final ChannelInfo CHAT = ChannelInfo.of("tea-room", "");

    private static Chat quietThenPost(String post) {
        Chat chat = Chat.coaching("ana");
        chat.sayIn(BOARD, "bob", "Millbrook craft fair, Saturday 4 May, 10:00 to 15:00, entry £2 for the school.");
        chat.later(Duration.ofDays(2));
        chat.sayIn(CHAT, "ana", "Morning all, the frost got my sweet peas again.");
        chat.later(Duration.ofDays(14));
        chat.sayIn(BOARD, "ana", post);
        return chat.finish();
    }

    @Test
    void aPriceListWithItsPageOpeningAPostOnTheEventsBoardIsADriveBy() {
        Chat chat = quietThenPost("annacrafts.example/winter-stock the whole winter stock list with prices, post or collect");
        assertThat(chat.findings(LINKS_DROP)).hasSize(1);
    }

    @Test
    void anEventWithItsPageOnTheEventsBoardIsWhatTheBoardIsFor() {
        Chat chat = quietThenPost("annacrafts.example/open-studio open studio, Sunday 12 May, 11:00 to 16:00, entry free");
        assertThat(chat.findings(LINKS_DROP)).isEmpty();
    }
}
