package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since session 42: the posts under which someone asked to be reminded are kept in the person's snapshot (version 11),
 * so a restart between the request and the reminder changes nothing in {@link ReminderAskedForTest}'s first scene: the
 * announcement, the asked-for reminder and the opening are still no repeat. Before, the reminder after a restart was
 * one more post of the link.
 */
class ReminderAskedRestartTest {
    private static final String LINK = "https://tamsin-pots.example/kiln-sale";
    private static final ChannelInfo POPUPS = ChannelInfo.of("pop-ups", "launches, open studios and where to find us");

    private static Chat askedForAReminder(boolean restartAfterTheRequest) {
        Chat chat = Chat.coaching("tamsin", "rowan");
        MessageId sale = chat.sayIn("tamsin", POPUPS, "seconds from the spring firing go up on Friday at noon: " + LINK);
        chat.later(Duration.ofMinutes(25));
        chat.replyIn(POPUPS, "rowan", sale, "tamsin", "could you drop me a line when the sale starts? I missed the mugs last time");
        if (restartAfterTheRequest) {
            chat.restart();
        }
        chat.later(Duration.ofDays(3));
        chat.sayIn("tamsin", POPUPS, "as asked, the seconds go up tomorrow at noon: " + LINK);
        chat.later(Duration.ofDays(1));
        chat.sayIn("tamsin", POPUPS, "open now: " + LINK);
        return chat;
    }

    @Test
    void theReminderAfterARestartIsStillTheFavourDone() {
        assertThat(askedForAReminder(true).findings(LINKS_REPEAT))
                .isEqualTo(askedForAReminder(false).findings(LINKS_REPEAT))
                .isEmpty();
    }
}
