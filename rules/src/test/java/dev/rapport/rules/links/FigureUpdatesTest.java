package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.FigureUpdate;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help is never spam: a figure brought to the room with its source each day (the morning's snow depth with the
 * resort's public report, the places left with the members' list) is news each time, a service to the room, and the
 * link is where the figure comes from, not one's own work pushed again. The same link pushed several times a day, one's
 * own shop with a count ("3 left!"), or the figure scattered over the rooms is still a repeat.
 */
class FigureUpdatesTest {
    private static final ChannelInfo LODGE = ChannelInfo.of("lodge", "general club chat");
    private static final String SNOW_REPORT = "https://snowdepth.example/cairngorm/ptarmigan";

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void theMorningsReadingWithItsPublicSourceEachDayIsNoRepeat() {
        Chat chat = chat();
        chat.sayIn("ana", LODGE, "40cm at the top station this morning, icy on the ridge " + SNOW_REPORT);
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", LODGE, "35cm today, thawing " + SNOW_REPORT);
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", LODGE, "31, grim. fingers crossed for Friday " + SNOW_REPORT);
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", LODGE, "52 after the storm! " + SNOW_REPORT);

        assertThat(chat.finish().findings(LINKS_REPEAT)).isEmpty();
    }

    @Test
    void thePlacesLeftBroughtBackWithTheListAreNoRepeat() {
        ChannelInfo trips = ChannelInfo.of("club-rides", "");
        String list = "https://lists.example/club/sportive-june";
        Chat chat = chat();
        chat.sayIn("ana", trips, "June sportive, the club's taking 15 riders, names on the list: " + list);
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", trips, "8 places left " + list);
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", trips, "3 places left! " + list);

        assertThat(chat.finish().findings(LINKS_REPEAT)).isEmpty();
    }

    @Test
    void theSameReadingPushedSeveralTimesADayIsARepeat() {
        Chat chat = chat();
        chat.sayIn("ana", LODGE, "40cm at the top station " + SNOW_REPORT);
        chat.later(Duration.ofHours(2));
        chat.sayIn("ana", LODGE, "still 40cm " + SNOW_REPORT);
        chat.later(Duration.ofHours(2));
        chat.sayIn("ana", LODGE, "40 and holding " + SNOW_REPORT);

        assertThat(chat.finish().findings(LINKS_REPEAT)).isNotEmpty();
    }

    @Test
    void aCountOfOnesOwnStockWithTheShopIsARepeat() {
        String shop = "https://ana-kilns.example/shop/mugs";
        Chat chat = chat();
        chat.sayIn("ana", LODGE, "new speckled mugs in my shop, £24 each: " + shop);
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", LODGE, "6 left " + shop);
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", LODGE, "3 left! " + shop);

        assertThat(chat.finish().findings(LINKS_REPEAT)).isNotEmpty();
    }

    @Test
    void theReadingScatteredOverTheRoomsIsARepeat() {
        Chat chat = chat();
        chat.sayIn("ana", LODGE, "40cm at the top station this morning " + SNOW_REPORT);
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", ChannelInfo.of("kit-swap", ""), "35cm today " + SNOW_REPORT);
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", ChannelInfo.of("trips", ""), "31 now " + SNOW_REPORT);

        assertThat(chat.finish().findings(LINKS_REPEAT)).isNotEmpty();
    }

    @Test
    void aFigureIsMeasuredOrCountedNotATimeADateOrAPrice() {
        assertThat(FigureUpdate.is("0.55 today, dropping https://gauges.example/a")).isTrue();
        assertThat(FigureUpdate.is("4 slots left: https://lists.example/a")).isTrue();
        assertThat(FigureUpdate.is("last reminder, tomorrow 10am at the footbridge https://e.example/a")).isFalse();
        assertThat(FigureUpdate.is("see you on the 17th https://e.example/a")).isFalse();
        assertThat(FigureUpdate.is("rehearsal at 7:30 https://e.example/a")).isFalse();
        assertThat(FigureUpdate.is("last call for lifts, leaving at 7 from the station https://e.example/a")).isFalse();
        assertThat(FigureUpdate.is("£28 each https://shop.example/a")).isFalse();
        assertThat(FigureUpdate.is("20% off today https://shop.example/a")).isFalse();
        assertThat(FigureUpdate.is("the Wye descent is on, 12 boats max, meet at the slipway with your own kit, "
                + "lunch in Monmouth https://e.example/a")).isFalse();
    }
}
