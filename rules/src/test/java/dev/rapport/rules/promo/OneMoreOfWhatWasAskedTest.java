package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Another one: a quiet pub with a back room, free on a Sunday" asks the room for one more of what its writer asked for
 * before, without a question mark: the thing wanted is named after the colon. Someone who has one and offers it with
 * its terms answers the request, new to the asker though they are; the same offer under a post that asks for nothing
 * is a pitch.
 */
class OneMoreOfWhatWasAskedTest {

    private static Chat venueOfferedUnder(String post) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("bo", "venues", "morning all");
        chat.later(Duration.ofDays(3));
        MessageId asked = chat.say("bo", "venues", post);
        chat.later(Duration.ofMinutes(40));
        chat.reply("ana", "venues", asked, "bo", "That's ours! Mill Barn, twenty minutes from town, the back room "
                + "still has its oak beams. £300 a day, pictures: https://millbarn.example/hire");
        return chat.finish();
    }

    @Test
    void ownPlaceOfferedWhenTheRoomIsAskedForOneMoreAnswersTheRequest() {
        Chat chat = venueOfferedUnder("Another one: a quiet pub with a back room, free on a Sunday afternoon for a "
                + "wake. Forty people.");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSameOfferUnderAPostThatAsksForNothingIsStillCold() {
        Chat chat = venueOfferedUnder("The christening went well in the end, everyone stayed for tea and cake.");
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }
}
