package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.LostNotice;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice that a pet, a bike or a child has gone missing, with a plea to look out, is put in every room where
 * neighbours will see it, within minutes: an emergency told to the community, not a link pushed around. The same
 * spread of one's own listing is a cross-post.
 */
class LostNoticeSpreadTest {

    private static Chat threeRooms(String first, String second, String third) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("bo", "general", "morning all");
        chat.later(Duration.ofHours(1));
        chat.say("ana", "general", first);
        chat.later(Duration.ofMinutes(3));
        chat.say("ana", "notices", second);
        chat.later(Duration.ofMinutes(3));
        chat.say("ana", "garden-club", third);
        chat.finish();
        return chat;
    }

    @Test
    void aMissingDogsPosterInThreeRoomsWithAPleaToLookOutIsNoRepeat() {
        Chat chat = threeRooms("Our spaniel Biscuit slipped out of the gate an hour ago, has anyone seen him? "
                + "Photo here https://pawsfinder.example/biscuit",
                "Biscuit is still missing, brown and white spaniel, please keep an eye out https://pawsfinder.example/biscuit",
                "so sorry to post here as well, our dog is missing, if you spot him shout https://pawsfinder.example/biscuit");
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    @Test
    void onesOwnListingInThreeRoomsWithinMinutesIsACrossPost() {
        Chat chat = threeRooms("clearing out the garage, my old lawnmower is up https://swapsies.example/ana/mower",
                "anyone need a lawnmower? https://swapsies.example/ana/mower",
                "petrol lawnmower, works fine, \u00a340 https://swapsies.example/ana/mower");
        assertThat(chat.findings(LINKS_REPEAT)).isNotEmpty();
    }

    @Test
    void aLossNeedsAPleaToLookOutAndAPleaNeedsALoss() {
        assertThat(LostNotice.is("my bike was stolen outside the library, please keep an eye out")).isTrue();
        assertThat(LostNotice.is("lost my notes from last week, gutted")).isFalse();
        assertThat(LostNotice.is("have you seen my new video? https://clips.example/v/1")).isFalse();
        assertThat(LostNotice.is("this is what you're missing, check it out")).isFalse();
    }
}
