package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Would you like me to fetch the ladder?" offers the writer's hand: its "like me" wishes the writer to do something
 * for the reader and asks nobody to like the writer. Asking someone to follow one's page asks for attention all the same.
 */
class HandOfferedIsNoAskTest {

    private static Chat askedOf(String to, String words) {
        Chat chat = Chat.builder("rob").promoDetector(new SelfPromotionDetector()).build();
        chat.say(to, "general", "Picnic on Saturday at the lake, everyone welcome.");
        chat.mention("rob", "general", to, words);
        return chat.finish();
    }

    @Test
    void staysQuietWhenTheWriterOffersToBringSomething() {
        assertThat(askedOf("sue", "Sounds great! Is there anything you need me to pick up on the way, @sue?")
                .findings(ONEWAY_ASKS)).isEmpty();
        assertThat(AsksRule.handOffered("would you like me to carry the chairs over?", false)).isTrue();
    }

    @Test
    void firesWhenTheWriterAsksToBeFollowed() {
        assertThat(askedOf("sue", "@sue follow me on instagram, I post every day").findings(ONEWAY_ASKS)).hasSize(1);
        assertThat(AsksRule.handOffered("do you want me to post you my sketches?", false)).isFalse();
        assertThat(AsksRule.handOffered("would you like me to share it? follow the page too", false)).isFalse();
    }
}
