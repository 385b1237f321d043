package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since session 39: that only a bare welcome passed between two people ({@link WelcomeOnlyGreetsTest}) is kept in the
 * person's snapshot (version 9), so a restart between the welcome and their first real words does not make the welcome
 * the first of two occasions: the priced offer after one chat is as cold after a restart as without one.
 */
class WelcomeOnlyRestartTest {
    private static final ChannelInfo HELLO = ChannelInfo.of("introductions", "say hi");
    private static final ChannelInfo LOUNGE = ChannelInfo.of("lounge", "anything goes");
    private static final String OFFER = "Hi Bo, saw your good news. I grade short films, €300 for up to 20 minutes, "
            + "shall I hold a slot for you?";

    /** Bo welcomes Ana; a day later they chat once; that evening Ana sends Bo a priced offer. */
    private static List<Finding> welcomedThenPitched(boolean restartAfterTheWelcome) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId intro = chat.sayIn(HELLO, "ana", "hello everyone, Ana here, a colourist from Porto. glad I found you");
        chat.later(Duration.ofMinutes(25));
        chat.replyIn(HELLO, "bo", intro, "ana", "welcome aboard!");
        if (restartAfterTheWelcome) {
            chat.restart();
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
        return chat.findings(SELL_COLD);
    }

    @Test
    void aBareWelcomeBeforeARestartIsStillOnlyAWelcomeAfterIt() {
        List<Finding> straight = welcomedThenPitched(false);

        assertThat(straight).hasSize(1);
        assertThat(welcomedThenPitched(true)).isEqualTo(straight);
    }
}
