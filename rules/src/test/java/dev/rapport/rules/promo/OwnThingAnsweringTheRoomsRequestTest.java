package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request put to the room for a recommendation ("could someone recommend a decent game for two?") is answered in the
 * room, often with no reply link: the next line, nobody speaking between, is said to its asker. One's own thing of the
 * kind asked for, named there at its price with its page, is the answer the room was asked for, not a push; one more
 * post of one's own later that week is one occasion, no habit.
 */
class OwnThingAnsweringTheRoomsRequestTest {

    private static Chat requestThenOwnLaunch(boolean someoneSpeaksBetween, String request) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("bo", "table-talk", request);
        chat.later(Duration.ofMinutes(8));
        if (someoneSpeaksBetween) {
            chat.say("cy", "table-talk", "the rain has not stopped here since Tuesday, the garden is a pond");
            chat.later(Duration.ofMinutes(2));
        }
        chat.say("ana", "table-talk", "I designed one for exactly that, a duelling card game, £14 a box: "
                + "https://anacards.example/store. Jaipur is another good pick");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "table-talk", "the expansion for my card game is out now, £7: https://anacards.example/store");
        return chat.finish();
    }

    @Test
    void ownThingNamedRightAfterTheRoomAskedForARecommendationAnswersIt() {
        Chat chat = requestThenOwnLaunch(false, "could someone recommend a decent game for two players? we have worn out chess");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void ownThingPostedAfterOthersSpokeOrWithNoRecommendationAskedIsStillAPush() {
        Chat between = requestThenOwnLaunch(true, "could someone recommend a decent game for two players? we have worn out chess");
        assertThat(between.findings(PROMO_SELF)).isNotEmpty();
        Chat howTo = requestThenOwnLaunch(false, "how do you keep sleeved cards from sliding off the table?");
        assertThat(howTo.findings(PROMO_SELF)).isNotEmpty();
    }
}
