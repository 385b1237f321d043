package dev.rapport.rules.audience;

import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A room whose topic tells the trade to offer its own work there is a room for trade, whatever it is called. */
class OffersRoomTest {
    private static boolean offers(String topic) {
        return OffersRoom.byTopic(ChannelInfo.of("lathe-time", topic));
    }

    @Test
    void aTopicTellingTheTradeToOfferItsWorkMarksTheRoom() {
        assertThat(offers("Woodturners: offer your services here.")).isTrue();
        assertThat(offers("Illustrators, post your open slots, one post a month")).isTrue();
        assertThat(offers("Tutors: say what you offer and your hours")).isTrue();
        assertThat(offers("advertise your services, be nice")).isTrue();
    }

    @Test
    void aTopicAboutOfferingSomethingElseOrAskingTheTradeDoesNot() {
        assertThat(offers("Offer or ask for a lift to the Saturday meet")).isFalse();
        assertThat(offers("Homeowners: ask the pros. Pros: be helpful")).isFalse();
        assertThat(offers("Chat about anything woody (or not).")).isFalse();
        assertThat(offers("post your progress and get feedback")).isFalse();
        assertThat(OffersRoom.byTopic(ChannelInfo.of("lathe-time", ""))).isFalse();
    }

    @Test
    void aTopicSayingWhichProvidersOfferTheirThingHereMarksTheRoom() {
        assertThat(offers("Sitters offer weekend slots here; owners ask for cover")).isTrue();
        assertThat(offers("booking lessons for the season: instructors offer trial lessons here")).isTrue();
    }

    @Test
    void aTopicTellingTheTradeToSayWhoTheyAreAndWhatTheyOfferMarksTheRoom() {
        assertThat(offers("piano tuners and restorers say who they are and what they offer")).isTrue();
        assertThat(offers("Caterers: say who you are and what you offer, one post each")).isTrue();
    }

    @Test
    void aTopicAskingWhatOthersOfferIsNoRoomToOfferIn() {
        assertThat(offers("tell us who you are and what brought you here")).isFalse();
        assertThat(offers("ask the venues what they offer for weddings")).isFalse();
    }

    @Test
    void aTopicWhereProvidersOfferSomethingElsewhereOrNothingHereDoesNot() {
        assertThat(offers("which garages offer a free check? ask away")).isFalse();
        assertThat(offers("Instructors offer lessons at the lake, ask them in the lodge")).isFalse();
        assertThat(offers("find out what the sponsors offer")).isFalse();
    }
}
