package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.ChannelPurpose;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room named for its people ("#promoters-lounge") or whose topic says who its members are ("organisers who sell
 * with us chat here") is a talk room, where the same ticket link pushed day after day is a repeat.
 */
class PeoplesRoomsTest {

    private static final ChannelInfo LOUNGE = ChannelInfo.of("organisers-lounge",
            "organisers and venues who sell with Ticketbox chat among themselves");

    @Test
    void aRoomNamedForItsPeopleOrDescribingThemInvitesNoPromotionNorListings() {
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("promoters-lounge", ""))).isFalse();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("promos", ""))).isTrue();
        assertThat(ChannelPurpose.topicSaysListings(LOUNGE)).isFalse();
        assertThat(ChannelPurpose.topicSaysSelling(LOUNGE)).isFalse();
        assertThat(ChannelPurpose.topicSaysListings(ChannelInfo.of("stalls", "sell your own prints here"))).isTrue();
    }

    @Test
    void theSameTicketLinkCountedDownInTheOrganisersLoungeIsARepeat() {
        Chat chat = Chat.builder("vin").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(LOUNGE, "bo", "The new seating plans are great");
        chat.later(Duration.ofDays(1));
        chat.sayIn(LOUNGE, "vin", "Laugh Barn on Saturday in Leeds, four acts, selling quickly: ticketbox.example/e/barn-may");
        chat.later(Duration.ofDays(1));
        chat.sayIn(LOUNGE, "vin", "Just 15 tickets remain for Saturday! ticketbox.example/e/barn-may");
        chat.later(Duration.ofDays(1));
        chat.sayIn(LOUNGE, "vin", "Almost gone for Saturday, grab one now: ticketbox.example/e/barn-may");
        chat.finish();
        assertThat(chat.findings(LINKS_REPEAT)).isNotEmpty();
    }
}
