package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room named for things let for a fee ({@code #desks-to-let}, {@code #rooms-for-rent}) is a room for trade, and a priced
 * listing there is the poster's offer even when it names the business by a possessive ("a desk at Wren's"): a place,
 * not someone else's work passed on. The same listing then dropped into two talk rooms within the hour is one link in
 * three rooms; one mention elsewhere leaves it where it fits.
 */
class RoomToLetListingTest {

    private static final ChannelInfo DESKS = ChannelInfo.of("desks-to-let", "studio owners put spare desks up here");
    private static final ChannelInfo LOUNGE = ChannelInfo.of("lounge", "general chat for freelance designers");
    private static final ChannelInfo TYPE = ChannelInfo.of("type-help", "stuck on a font pairing? ask and answer");
    private static final String LISTING = "still have a desk at Wren's in Hove, now £90/week, wifi included "
            + "https://wrenstudio.example/desks";

    private static Chat chat() {
        return Chat.builder("wren").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void theListingThenTwoTalkRoomsWithinTheHourIsACrossPost() {
        Chat chat = chat();
        chat.sayIn(DESKS, "wren", LISTING);
        chat.later(Duration.ofMinutes(20));
        chat.sayIn(LOUNGE, "wren", "desk going at my studio in Hove, £90 a week, DM me https://wrenstudio.example/desks");
        chat.later(Duration.ofMinutes(25));
        chat.sayIn(TYPE, "wren", "any letterers want a desk in Hove? £90/week, north light, DM me "
                + "https://wrenstudio.example/desks");

        assertThat(chat.findings(LINKS_REPEAT)).as("the room for letting is the first of three").hasSize(1);
    }

    @Test
    void theListingAndOneMentionElsewhereIsNoCrossPost() {
        Chat chat = chat();
        chat.sayIn(DESKS, "wren", LISTING);
        chat.later(Duration.ofMinutes(20));
        chat.sayIn(LOUNGE, "wren", "desk going at my studio in Hove, £90 a week, DM me https://wrenstudio.example/desks");

        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }
}
