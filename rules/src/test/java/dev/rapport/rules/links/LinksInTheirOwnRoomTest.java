package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether the same link again is a repeat depends on where it went: an event's page brought back to the room for the
 * community's events is in the one place where it fits, which is what the repeat's tip asks. Dropped into other rooms as well, it is a repeat, and the notice
 * board (#events) as the third room of a cross-post within the hour is one room of it.
 */
class LinksInTheirOwnRoomTest {
    private static final ChannelInfo EVENTS_ROOM = ChannelInfo.of("club-meetups", "walks, socials, litter picks");
    private static final String EVENT = "https://gatherings.example/e/riverside-litter-pick";

    @Test
    void anEventsPageRemindedInTheRoomForTheCommunitysEventsIsNoRepeat() {
        Chat chat = Chat.coaching("ana");
        chat.sayIn("ana", EVENTS_ROOM, "litter pick on the riverside, Sunday 10am, gloves provided, say you're coming: "
                + EVENT);
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", EVENTS_ROOM, "9 of us so far, bring a flask " + EVENT);
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", EVENTS_ROOM, "last reminder, tomorrow 10am at the footbridge " + EVENT);

        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    @Test
    void theSameRemindersInTheGeneralChatAreARepeat() {
        ChannelInfo general = ChannelInfo.of("general", "");
        Chat chat = Chat.coaching("ana");
        chat.sayIn("ana", general, "litter pick on the riverside, Sunday 10am, gloves provided, say you're coming: "
                + EVENT);
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", general, "9 of us so far, bring a flask " + EVENT);
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", general, "last reminder, tomorrow 10am at the footbridge " + EVENT);

        assertThat(chat.findings(LINKS_REPEAT)).isNotEmpty();
    }

    @Test
    void twoRoomsAndThenTheEventsBoardWithinTheHourIsACrossPost() {
        String notes = "https://tidewater.example/blog/moving-our-catalogue";
        Chat chat = Chat.coaching("ana");
        chat.sayIn("ana", ChannelInfo.of("lounge", ""), "wrote up how we moved our catalogue: " + notes);
        chat.later(Duration.ofMinutes(15));
        chat.sayIn("ana", ChannelInfo.of("cataloguing", ""), "notes on our catalogue move for anyone doing one: " + notes);
        chat.later(Duration.ofMinutes(15));
        chat.sayIn("ana", ChannelInfo.of("events", "conferences and talks"), "might suit the talk next month? " + notes);

        assertThat(chat.findings(LINKS_REPEAT)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("channels")).isEqualTo(3));
    }

    @Test
    void theEventsBoardAloneIsWhereNewsFits() {
        String notes = "https://tidewater.example/blog/moving-our-catalogue";
        Chat chat = Chat.coaching("ana");
        chat.sayIn("ana", ChannelInfo.of("lounge", ""), "wrote up how we moved our catalogue: " + notes);
        chat.later(Duration.ofMinutes(15));
        chat.sayIn("ana", ChannelInfo.of("events", "conferences and talks"), "might suit the talk next month? " + notes);

        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }
}
