package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room whose topic says events are listed there is the community's events room whatever it is called: an evening
 * listed there with its entry price and its page, then reminded as the day comes, is the listing the room asks for,
 * neither a repeat nor promotion. The same posts in a room whose topic says nothing of events repeat the link, and a
 * class claimed as one's own and sold in the events room is still promotion.
 */
class EventsListedWhereTheTopicSaysTest {
    private static final ChannelInfo LISTINGS = ChannelInfo.of("village-pump", "local events calendar: post yours");
    private static final ChannelInfo GOSSIP = ChannelInfo.of("village-pump", "gossip, lost keys and the weather");
    private static final String PAGE = "https://scoutshut.example/barn-dance";

    /** Ana lists the scouts' barn dance in {@code room}, then reminds the room of it twice that week. */
    private static Chat barnDanceIn(ChannelInfo room) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn("ana", room, "Barn dance at the scout hut, Saturday 7pm, £4 on the door, raising money for the "
                + "lifeboat: " + PAGE);
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", room, "two days to go for the barn dance, the caller is booked " + PAGE);
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", room, "barn dance tonight, doors at seven " + PAGE);
        return chat.finish();
    }

    @Test
    void staysQuietForAnEveningListedAndRemindedWhereTheTopicSaysEventsGo() {
        Chat chat = barnDanceIn(LISTINGS);
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void firesForTheSameLinkThreeTimesWhereTheTopicSaysNothingOfEvents() {
        assertThat(barnDanceIn(GOSSIP).findings(LINKS_REPEAT)).hasSize(1);
    }

    @Test
    void firesForOnesOwnClassSoldInTheEventsRoom() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn("ana", LISTINGS, "my bread workshop, Saturday 10am, £45 a place, book here: "
                + "https://anabakes.example/classes");
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", LISTINGS, "my sourdough workshop still has places, £45, book: "
                + "https://anabakes.example/classes");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }
}
