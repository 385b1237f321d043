package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plea whose deed names the writer as the one followed ("it'd help us heaps if you guys followed us on the gram", "if
 * you all subscribed to me") asks for attention to the writer's own account, whether it asks one person or the room
 * as a whole. Followed somewhere ("followed us home") asks no attention.
 */
class PleaForTheWriterTest {
    private static final SelfPromotionDetector DETECTOR = new SelfPromotionDetector();

    private static boolean asks(String text) {
        return DETECTOR.analyse(text).engagementAsk();
    }

    @Test
    void aDeedForTheWriterAfterAPleaIsAnAsk() {
        assertThat(asks("honestly it'd help us heaps if you guys followed us on the gram and left a review")).isTrue();
        assertThat(asks("honestly would help loads if you all subscribed to me")).isTrue();
    }

    @Test
    void followedSomewhereIsNoAsk() {
        assertThat(asks("it'd mean heaps if you followed us home")).isFalse();
        assertThat(asks("it would help if you followed me to the car park, the gate is hard to find")).isFalse();
    }

    @Test
    void aNewcomersFirstWordsAskingTheRoomToFollowThemAreTold() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("bo", "lobby", "quiet week here, everyone snowed in?");
        chat.later(Duration.ofHours(5));
        chat.say("ana", "lobby", "Hello everyone, our bakery just opened in Ripon! It'd help us heaps if you guys "
                + "followed us on the gram https://social.example/ripon-crumb");
        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void theSameHopeSaidByOneWhoTalkedWithThemIsNotTold() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        var question = chat.say("bo", "lobby", "quiet week here, everyone snowed in?");
        chat.later(Duration.ofMinutes(20));
        chat.reply("ana", "lobby", question, "bo", "ha, we're snowed in too, the ovens keep the place warm though");
        chat.later(Duration.ofHours(5));
        chat.say("ana", "lobby", "It'd help us heaps if you guys followed us on the gram "
                + "https://social.example/ripon-crumb");
        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }
}
