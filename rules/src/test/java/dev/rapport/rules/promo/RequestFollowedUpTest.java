package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone new who asks the room where people buy a thing asks to be sold to. The seller who answered them in the room
 * and, a few days on, sends them terms privately ("still looking? I could do a 25kg sack for £48") takes up their own
 * request: not a pitch to a stranger. The same terms sent to someone new whose question she answered, but who asked how
 * to do something and nothing about buying, are still cold.
 */
class RequestFollowedUpTest {

    /** Priya, new, asks the bakers' room something; Odette answers it, and three days later writes to her privately. */
    private static Chat followedUp(String question, String answer) {
        Chat chat = Chat.coaching("odette");
        MessageId asked = chat.say("priya", "the-bakehouse", question);
        chat.later(Duration.ofMinutes(40));
        chat.reply("odette", "the-bakehouse", asked, "priya", answer);
        chat.later(Duration.ofMinutes(15));
        chat.reply("priya", "the-bakehouse", asked, "odette", "thanks, I'll have a think first");
        chat.later(Duration.ofDays(3));
        chat.direct("odette", "dm-odette-priya", "priya", "hi Priya, Odette from the bakehouse here. still looking? "
                + "I could do a 25kg sack of the stoneground for £48 if it helps, no pressure");
        return chat.finish();
    }

    @Test
    void termsSentToSomeoneWhoAskedWhereToBuyTakeUpTheirRequest() {
        Chat chat = followedUp("just starting out with sourdough. where do you all buy flour in big sacks? the "
                        + "little bags cost a fortune",
                "welcome! I mill and sell stoneground flour, 25kg sacks at £48, they're listed in the market room. "
                        + "the cash and carry also does sacks, cheaper but a finer grind");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void termsSentToSomeoneWhoAskedHowToDoSomethingAreStillCold() {
        Chat chat = followedUp("just starting out with sourdough. why does my loaf spread flat as soon as it comes "
                        + "out of the banneton?",
                "welcome! that's usually an underproofed dough or a weak shape. give it another hour and tighten "
                        + "the surface before it goes in the basket");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }
}
