package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reminder someone asked for under a post of one's own offer ("wages land Thursday, nudge me then?") is the favour
 * done for them: brought back to that room with the link, as the first post of it there since the ask, it is no second
 * occasion of promotion. The same post with nobody asking is the offer pushed again, and a push after the reminder
 * still counts.
 */
class ReminderAskedForPromotionTest {
    private static final String PAGE = "https://odile-presets.example/film-pack";
    private static final ChannelInfo EDITING = ChannelInfo.of("editing-and-apps", "lightroom, presets, phones, plugins");

    /** Odile launches her preset pack at a price with its page. */
    private static MessageId launched(Chat chat) {
        return chat.sayIn("odile", EDITING, "finally finished my film-look preset bundle, 60 looks for slide and "
                + "print stocks. £9 while it's new: " + PAGE);
    }

    /** Bram asks, under the launch, to be reminded when his wages land. */
    private static final String REMINDER_ASKED = "tempting! wages land Thursday, remind me then?";

    /** Odile launches, Bram replies under the launch a quarter of an hour later, and two days pass. */
    private static Chat launchedAndAnswered(String reply) {
        Chat chat = Chat.builder("odile", "bram").promoDetector(new SelfPromotionDetector()).build();
        MessageId launch = launched(chat);
        chat.later(Duration.ofMinutes(15));
        chat.replyIn(EDITING, "bram", launch, "odile", reply);
        chat.later(Duration.ofDays(2));
        return chat;
    }

    @Test
    void theReminderSomeoneAskedForIsNoSecondPush() {
        Chat chat = launchedAndAnswered(REMINDER_ASKED);
        chat.sayIn("odile", EDITING, "Thursday as you wanted Bram, the bundle's here: " + PAGE);
        chat.finish();

        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void theSamePostWithNobodyAskingIsTheOfferPushedAgain() {
        Chat chat = launchedAndAnswered("the slide looks are lovely, which stock is the warm one?");
        chat.sayIn("odile", EDITING, "Thursday already, the bundle's here: " + PAGE);
        chat.finish();

        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }

    @Test
    void aPushAfterTheReminderStillCounts() {
        Chat chat = launchedAndAnswered(REMINDER_ASKED);
        chat.sayIn("odile", EDITING, "Thursday as you wanted Bram, the bundle's here: " + PAGE);
        chat.later(Duration.ofDays(1));
        chat.sayIn("odile", EDITING, "last day at £9 for the bundle: " + PAGE);
        chat.finish();

        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }
}
