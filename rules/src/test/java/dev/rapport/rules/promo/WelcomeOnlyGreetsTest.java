package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bare welcome under a newcomer's introduction greets them: they have met, but nothing was talked about yet. Their
 * acquaintance begins with the first words beyond it, so a welcome one day and a short chat the next are one occasion
 * of talking, and a priced offer sent privately that evening is a pitch to someone just met. A welcome that says
 * something, answered, is a first conversation, and a chat the next day a second one.
 */
class WelcomeOnlyGreetsTest {
    private static final ChannelInfo HELLO = ChannelInfo.of("introductions", "say hi");
    private static final ChannelInfo LOUNGE = ChannelInfo.of("lounge", "anything goes");
    private static final String OFFER = "Hi Bo, saw your good news. I grade short films, €300 for up to 20 minutes, "
            + "shall I hold a slot for you?";

    private static Chat metBy(String welcome, boolean answered) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId intro = chat.sayIn(HELLO, "ana", "hello everyone, Ana here, a colourist from Porto. glad I found you");
        chat.later(Duration.ofMinutes(25));
        MessageId hi = chat.replyIn(HELLO, "bo", intro, "ana", welcome);
        if (answered) {
            chat.later(Duration.ofMinutes(10));
            chat.replyIn(HELLO, "ana", hi, "bo", "grading mostly, some sound for friends");
        }
        chat.later(Duration.ofHours(23));
        MessageId news = chat.sayIn(LOUNGE, "bo", "our little documentary was picked for a festival!!");
        chat.later(Duration.ofMinutes(20));
        MessageId congrats = chat.replyIn(LOUNGE, "ana", news, "bo", "that's brilliant, which festival?");
        chat.later(Duration.ofMinutes(5));
        chat.replyIn(LOUNGE, "bo", congrats, "ana", "a small one by the sea, screening in July");
        chat.later(Duration.ofHours(11));
        chat.direct("ana", "dm-ana-bo", "bo", OFFER);
        chat.finish();
        return chat;
    }

    @Test
    void aPricedOfferTheDayAfterABareWelcomeAndOneChatIsCold() {
        assertThat(metBy("welcome aboard!", false).findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void aWelcomeThatAskedSomethingAndWasAnsweredWasAFirstConversation() {
        assertThat(metBy("welcome! what do you work on?", true).findings(SELL_COLD)).isEmpty();
    }
}
