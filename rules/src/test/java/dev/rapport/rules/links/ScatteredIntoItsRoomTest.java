package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one room where a link fits (an offer in the channel for trade) is where the repeat's tip asks it to stay. The
 * same link put into two other rooms first and then into that one within the hour is still three rooms within hours:
 * the room where it fits is the third of a scatter, not a reason to overlook the other two.
 */
class ScatteredIntoItsRoomTest {
    private static final String LINK = "https://saltmarshprints.example/linocuts";
    private static final ChannelInfo TRADE = ChannelInfo.of("💸┃commissions", "");

    @Test
    void twoRoomsAndThenTheTradeChannelWithinMinutesIsACrossPost() {
        Chat chat = Chat.coaching("ana");
        chat.sayIn("ana", ChannelInfo.of("general", ""), "new linocuts up, have a look " + LINK);
        chat.later(Duration.ofMinutes(3));
        chat.sayIn("ana", ChannelInfo.of("ink-and-rollers", ""), LINK + " my latest prints!!");
        chat.later(Duration.ofMinutes(4));
        chat.sayIn("ana", TRADE, LINK + " open for print commissions next month");

        assertThat(chat.findings(LINKS_REPEAT)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("channels")).isEqualTo(3));
    }

    @Test
    void theTradeChannelDaysAfterTwoMentionsElsewhereIsWhereTheOfferFits() {
        Chat chat = Chat.coaching("ana");
        chat.sayIn("ana", ChannelInfo.of("general", ""), "new linocuts up, have a look " + LINK);
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", ChannelInfo.of("ink-and-rollers", ""), LINK + " my latest prints!!");
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", TRADE, LINK + " open for print commissions next month");

        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    /**
     * A channel made for calls (looking for players, testers) keeps a call's updates with their link; the same link
     * taken to two other rooms over the week first is three rooms of it all the same.
     */
    @Test
    void twoRoomsOverTheWeekAndThenTheChannelForCallsIsARepeat() {
        String stream = "https://twitch.tv/harbourlights_plays";
        ChannelInfo calls = ChannelInfo.of("lfg-board", "LF team / LF players for co-op runs");
        Chat chat = Chat.coaching("ana");
        chat.sayIn("ana", ChannelInfo.of("general", ""), "on stream tonight with the new patch " + stream);
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", ChannelInfo.of("highlights", ""), "live again, boss attempts all evening " + stream);
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", calls, "streaming our co-op run later if anyone wants to watch " + stream);

        assertThat(chat.findings(LINKS_REPEAT)).isNotEmpty();
    }

    @Test
    void oneOtherRoomAndThenTheTradeChannelIsNoScatter() {
        Chat chat = Chat.coaching("ana");
        chat.sayIn("ana", ChannelInfo.of("general", ""), "new linocuts up, have a look " + LINK);
        chat.later(Duration.ofMinutes(5));
        chat.sayIn("ana", TRADE, LINK + " open for print commissions next month");

        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }
}
