package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the room kept for a service's state, a fault is told as it goes: the count of homes still without water at each
 * update, a couple of hours apart, each with the status page, is news every time, not the page pushed at the room.
 * The same updates a couple of hours apart in the general chat are the link pushed again and again.
 */
class OutageUpdatesInTheStatusRoomTest {
    private static final String STATUS = "https://status.brookwater.example";

    private static Chat updatesIn(ChannelInfo room) {
        Chat chat = Chat.builder("ivo").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn("ivo", room, "Burst main by the old school, 40 homes without water. " + STATUS);
        chat.later(Duration.ofHours(2));
        chat.sayIn("ivo", room, "Crew digging now. 25 homes still dry. " + STATUS);
        chat.later(Duration.ofHours(2));
        chat.sayIn("ivo", room, "9 homes still dry, all past the bridge. " + STATUS);
        chat.later(Duration.ofHours(2));
        chat.sayIn("ivo", room, "All 40 homes back on supply. " + STATUS);
        return chat.finish();
    }

    @Test
    void countsOfAFaultWithTheStatusPageInTheStatusRoomAreNoRepeat() {
        assertThat(updatesIn(ChannelInfo.of("incidents", "")).findings(LINKS_REPEAT)).isEmpty();
    }

    @Test
    void theSameCountsHoursApartInTheGeneralChatAreARepeat() {
        assertThat(updatesIn(ChannelInfo.of("village-chat", "")).findings(LINKS_REPEAT)).isNotEmpty();
    }
}
