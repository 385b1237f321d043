package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.Link;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sign-up form or shared sheet is the members' list, where everyone puts their own name: posting it again in the
 * one channel it belongs to as places fill ("2 seats left, sheet here") keeps the list moving; it is ours, not mine.
 * The same sheet pushed as often into the general chat, or scattered into three channels, is still a repeat, and so is
 * one's own shop link posted as often.
 */
class SignUpSheetTest {
    private static final String SHEET = "https://forms.example.org/lakes-lifts";

    private static Chat threePosts(String channel1, String channel2, String channel3, String link) {
        Chat chat = Chat.coaching("ana");
        chat.sayIn(ChannelInfo.of(channel1, ""), "bo", "anyone going north this month?");
        chat.later(Duration.ofHours(1));
        chat.sayIn(ChannelInfo.of(channel1, ""), "ana", "Lakes trip on Saturday! I'm driving, 3 seats. put your name "
                + "in and we can sort lifts: " + link);
        chat.later(Duration.ofDays(2));
        chat.sayIn(ChannelInfo.of(channel2, ""), "ana", "2 seats left for the Lakes: " + link);
        chat.later(Duration.ofDays(2));
        chat.sayIn(ChannelInfo.of(channel3, ""), "ana", "last call for lifts, leaving at 7 from the station " + link);
        return chat.finish();
    }

    @Test
    void aLiftSheetBroughtBackToItsOneChannelAsSeatsFillIsNoRepeat() {
        assertThat(threePosts("fell-trips", "fell-trips", "fell-trips", SHEET).findings(LINKS_REPEAT)).isEmpty();
    }

    @Test
    void theSameSheetPushedAsOftenIntoTheGeneralChatOrScatteredIsARepeat() {
        assertThat(threePosts("general", "general", "general", SHEET).findings(LINKS_REPEAT)).isNotEmpty();
        assertThat(threePosts("fell-trips", "general", "gear-talk", SHEET).findings(LINKS_REPEAT)).isNotEmpty();
    }

    @Test
    void aShopLinkPostedAsOftenInOneChannelIsARepeat() {
        assertThat(threePosts("fell-trips", "fell-trips", "fell-trips", "https://ana-outdoor.example/shop/jackets")
                .findings(LINKS_REPEAT)).isNotEmpty();
    }

    @Test
    void formsAndSheetsAreKnownByTheirServiceOrTheirAddress() {
        assertThat(SignUpForms.is(link("https://forms.gle/abc123"))).isTrue();
        assertThat(SignUpForms.is(link("https://docs.google.com/spreadsheets/u/1/d/1x/edit"))).isTrue();
        assertThat(SignUpForms.is(link("https://ourclub.example/forms/lakes"))).isTrue();
        assertThat(SignUpForms.is(link("https://ana-runs.example/signup"))).isFalse();
        assertThat(SignUpForms.is(link("https://docs.python.org/3/library/"))).isFalse();
        assertThat(SignUpForms.is(link("https://ana-outdoor.example/shop/jackets"))).isFalse();
    }

    private static Link link(String url) {
        return LinkExtractor.extract(url).get(0);
    }
}
