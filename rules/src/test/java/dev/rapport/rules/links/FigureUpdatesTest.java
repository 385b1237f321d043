package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.FigureUpdate;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.LINKS_SHARE;
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

    // --- session 44: a time beside a measured reading; the series is no link habit either ---

    /** A reading measured in its unit stays the news when the post also says when the conditions change. */
    @Test
    void aTimeBesideAMeasuredReadingLeavesItAReadingATimeAloneDoesNot() {
        assertThat(FigureUpdate.is("14 mph gusts, drizzle clearing by 11am https://met.example/coast")).isTrue();
        assertThat(FigureUpdate.is("swell 4 ft, offshore until 2pm https://surf.example/bay")).isTrue();
        assertThat(FigureUpdate.is("drop-in session tomorrow at 7, 20 spaces https://e.example/a")).isFalse();
        assertThat(FigureUpdate.is("12 mph and sunny, 5 quid entry https://e.example/a")).isFalse();
    }

    @Test
    void theDaysReadingWithItsSourceIsNoLinkHabitAfterTheFirstPost() {
        Chat chat = chat();
        String coast = "https://met.example/coast/north";
        chat.sayIn("ana", LODGE, "18 mph from the north, whitecaps " + coast);
        for (String reading : new String[]{"9 mph, glassy until noon", "22 mph gusting 30, stay in",
            "11 mph, fog lifting by 10am", "7 mph, lovely"}) {
            chat.later(Duration.ofDays(1));
            chat.sayIn("ana", LODGE, reading + " " + coast);
        }
        chat.later(Duration.ofHours(3));
        for (String word : new String[]{"anyone keen on the Sunday paddle?", "I can bring the spare deck",
            "see you all at the hut", "who has the trailer key?", "bring flasks, it's cold"}) {
            chat.sayIn("ana", LODGE, word);
        }

        assertThat(chat.finish().findings(LINKS_SHARE)).isEmpty();
    }

    @Test
    void linksWithoutAFigureEachDayAreStillALinkHabit() {
        Chat chat = chat();
        String coast = "https://met.example/coast/north";
        chat.sayIn("ana", LODGE, "look at this " + coast);
        int page = 0;
        for (String word : new String[]{"worth a look", "have a read of this", "this one too", "this site is good"}) {
            chat.later(Duration.ofDays(1));
            chat.sayIn("ana", LODGE, word + " " + coast + "/page-" + ++page);
        }
        chat.later(Duration.ofHours(3));
        for (String word : new String[]{"anyone keen on the Sunday paddle?", "I can bring the spare deck",
            "see you all at the hut", "who has the trailer key?", "bring flasks, it's cold"}) {
            chat.sayIn("ana", LODGE, word);
        }

        assertThat(chat.finish().findings(LINKS_SHARE)).isNotEmpty();
    }

    // --- session 64: a day with its month is a date, not a figure ---

    /** One's free days told with one's own page, then each day taken told again with it: the page three times. */
    @Test
    void onesFreeDaysBroughtBackWithOnesPageAreARepeat() {
        ChannelInfo tunings = ChannelInfo.of("tuning-requests", "owners post their pianos; tuners reply");
        String page = "https://ivo-tunes.example/rates";
        Chat chat = chat();
        chat.sayIn("ana", tunings, "Open for tunings on 4, 11 and 18 March. Rates: " + page);
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", tunings, "4 March is taken! Still open on 11 and 18. " + page);
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", tunings, "March 11 gone too, 18 left " + page);

        assertThat(chat.finish().findings(LINKS_REPEAT)).isNotEmpty();
    }

    /** The day of a month is a date, like "the 17th"; the places left on a list are still a count. */
    @Test
    void aDayWithItsMonthIsADateNotAFigure() {
        assertThat(FigureUpdate.is("4 March is taken! Still open on 11 and 18. https://e.example/a")).isFalse();
        assertThat(FigureUpdate.is("free Sept 9, ring me https://e.example/a")).isFalse();
        assertThat(FigureUpdate.is("8 places left for March https://lists.example/a")).isTrue();
        assertThat(FigureUpdate.is("12 signed so far https://lists.example/a")).isTrue();
    }
}
