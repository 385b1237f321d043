package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first ask in a place is let go for someone who helps its members in another room: they mention their own thing
 * once. Someone who has already posted their own offer with its link there in the look-back is not mentioning it
 * once: the ask adds to their selling, and the room it is made in is the measure.
 */
class AskAfterOwnPromotionTest {
    private static final ChannelInfo HELP = ChannelInfo.of("help", "");
    private static final ChannelInfo LOUNGE = ChannelInfo.of("lounge", "");

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    /** Ana answers Bo's question about glazes in the help room. */
    private static void anaHelps(Chat chat) {
        MessageId q = chat.sayIn("bo", HELP, "my celadon keeps crawling off the rim, what am I doing wrong?");
        chat.later(Duration.ofMinutes(30));
        chat.replyIn(HELP, "ana", q, "bo", "wipe the bisque with a damp sponge first, dust stops the glaze "
                + "from gripping, and dip thinner near the rim");
        chat.later(Duration.ofDays(2));
    }

    private static final String ASK = "if you have been to one of my classes, would you mind leaving me a review? "
            + "every star helps a lot: https://pottery.example/ana-clay";

    @Test
    void aFirstAskAfterPostingOnesOwnOfferWithItsLinkIsTold() {
        Chat chat = chat();
        anaHelps(chat);
        chat.sayIn("ana", LOUNGE, "spring classes filling up: wheel taster £40, six-week course £180, "
                + "book at https://clay.example/classes");
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", LOUNGE, ASK);

        assertThat(chat.finish().findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void aFirstAskFromSomeoneWhoHelpsAndHasNotPromotedIsStillLetGo() {
        Chat chat = chat();
        anaHelps(chat);
        chat.sayIn("ana", LOUNGE, "the kiln at the studio is finally fixed, firing on Thursday");
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", LOUNGE, ASK);

        assertThat(chat.finish().findings(ONEWAY_ASKS)).isEmpty();
    }
}
