package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plea said before the deeds it hopes for ("it would mean heaps if you followed and reposted") asks for attention
 * whether one deed is named or two, and whether or not the people asked are tagged after it: the tags say who is
 * asked, not what to follow. A deed with an object of its own, or with no plea before it, is no such ask.
 */
class PleaForJoinedDeedsTest {
    private static final SelfPromotionDetector DETECTOR = new SelfPromotionDetector();

    private static boolean asks(String text) {
        return DETECTOR.analyse(text).engagementAsk();
    }

    @Test
    void twoDeedsJoinedAfterAPleaAreAnAsk() {
        assertThat(asks("my pottery account is live at last, it'd mean so much if you followed and reposted"))
                .isTrue();
        assertThat(asks("new channel for the band, would help us loads if you subscribed or liked")).isTrue();
    }

    @Test
    void peopleTaggedAfterThePleaAreWhoIsAskedNotWhatIsFollowed() {
        assertThat(asks("started a sketch account!! would mean heaps if you followed 🙏 @Ines Varga @Tom Bell "
                + "https://social.example/sketchbyjo")).isTrue();
    }

    @Test
    void aDeedWithAnObjectOrWithoutAPleaIsNoAsk() {
        assertThat(asks("it would help if you followed and shared the checklist with your team")).isFalse();
        assertThat(asks("the dough rises better if you followed and liked nothing @Ines Varga")).isFalse();
        assertThat(asks("it would help if you followed @Ines's guide for the glaze")).isFalse();
    }

    @Test
    void taggedStrangersAskedToFollowAndShareAreTold() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("bo", "general", "anyone tried the new studio on the corner?");
        chat.later(Duration.ofMinutes(20));
        chat.say("cy", "general", "yes, the morning class is lovely");
        chat.later(Duration.ofHours(3));
        chat.mention("ana", "general", "cy", "I post short breathing videos now, it'd mean so much to me if you "
                + "subscribed and reposted @cy https://social.example/ana.breathes");
        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void theSameHopeSaidToFriendsOneHelpsIsNotTold() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId question = chat.say("bo", "general", "anyone tried the new studio on the corner?");
        chat.later(Duration.ofMinutes(20));
        chat.reply("ana", "general", question, "bo", "yes, the morning class is lovely, ask for the teacher's mat");
        chat.later(Duration.ofHours(3));
        chat.mention("ana", "general", "bo", "I post short breathing videos now, it'd mean so much to me if you "
                + "subscribed and reposted @bo https://social.example/ana.breathes");
        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }
}
