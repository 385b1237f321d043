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
                "Biscuit is still missing, brown and white spaniel, do look out for him https://pawsfinder.example/biscuit",
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

    /** A person missing is told as a pet is: the appeal goes to every room, fast, and is no repeat. */
    @Test
    void anAppealForAMissingRelativeInThreeRoomsIsNoRepeat() {
        Chat chat = threeRooms("My grandma walked out of the care home after lunch and has not been seen since, "
                        + "blue raincoat, please share https://appeals.example/case/77",
                "could everyone keep an eye out for our gran, she may be near the canal https://appeals.example/case/77",
                "whoever spots a small lady in a blue raincoat, please call the police https://appeals.example/case/77");
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    /** "Please share" asks nothing to be looked for when nobody is missing: one's own page, spread, is a cross-post. */
    @Test
    void aPleaToShareOnesOwnPageInThreeRoomsIsACrossPost() {
        Chat chat = threeRooms("my new single is finally out, please share https://tunes.example/ana/single",
                "please share my single if you like it https://tunes.example/ana/single",
                "keep an eye out for my single on the radio https://tunes.example/ana/single");
        assertThat(chat.findings(LINKS_REPEAT)).isNotEmpty();
    }

    @Test
    void aLossNeedsAPleaToLookOutAndAPleaNeedsALoss() {
        assertThat(LostNotice.is("my bike was stolen outside the library, please keep an eye out")).isTrue();
        assertThat(LostNotice.is("lost my notes from last week, gutted")).isFalse();
        assertThat(LostNotice.is("have you seen my new video? https://clips.example/v/1")).isFalse();
        assertThat(LostNotice.is("this is what you're missing, check it out")).isFalse();
        assertThat(LostNotice.is("if anybody sees my brother near the park, ring the police")).isTrue();
        assertThat(LostNotice.is("keep an eye out for my daughter's art show next week")).isFalse();
    }
}
