package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question of one's own put to someone on a later day gives them nothing, but it is meeting them again
 * ({@code ContactBook.spokeTo}); no gift shows it, so the person's snapshot keeps it (version 17): a priced offer to
 * them after a restart is no more a pitch to someone just met than it is without one. A question the same evening is
 * still the first occasion, and the offer after it as cold after a restart as without one.
 */
class MetAgainWithoutAGiftRestartTest {
    /** The secret {@link Chat} pseudonymises with. */
    private static final Pseudonyms PSEUDONYMS =
            new Pseudonyms("a test secret of enough length".getBytes(StandardCharsets.UTF_8));
    private static final String OFFER = "Hi Bo, I lay floors for a living, £25 a square metre fitted, shall I come "
            + "and measure up for you?";

    /**
     * Ana praises Bo's kitchen; {@code askedAfter} later she asks him a question of her own by name; the bot may
     * restart; the next evening she sends him a priced offer.
     */
    private static Chat praisedThenAsked(Duration askedAfter, boolean restart) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId kitchen = chat.say("bo", "diy-show", "New kitchen floor done this weekend, oak effect tiles.");
        chat.later(Duration.ofMinutes(15));
        chat.reply("ana", "diy-show", kitchen, "bo", "That looks really smart, lovely straight grout lines.");
        chat.later(askedAfter);
        chat.mention("ana", "diy-chat", "bo", "@bo did the tile shop on the high street have any of the grey ones?");
        if (restart) {
            chat.restart();
        }
        chat.later(Duration.ofHours(20));
        chat.direct("ana", "dm-ana-bo", "bo", OFFER);
        return chat.finish();
    }

    @Test
    void aQuestionOfOnesOwnOnALaterDayStillMakesThemMetAgainAfterARestart() {
        List<Finding> straight = praisedThenAsked(Duration.ofHours(23), false).findings(SELL_COLD);

        assertThat(straight).isEmpty();
        assertThat(praisedThenAsked(Duration.ofHours(23), true).findings(SELL_COLD)).isEqualTo(straight);
    }

    @Test
    void aQuestionOfOnesOwnTheSameEveningLeavesTheOfferAsColdAfterARestart() {
        List<Finding> straight = praisedThenAsked(Duration.ofHours(1), false).findings(SELL_COLD);

        assertThat(straight).hasSize(1);
        assertThat(praisedThenAsked(Duration.ofHours(1), true).findings(SELL_COLD)).isEqualTo(straight);
    }

    @Test
    void theSnapshotKeepsAMeetingAgainOnlyWhereNoGiftTellsIt() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId kitchen = chat.say("bo", "diy-show", "New kitchen floor done this weekend, oak effect tiles.");
        chat.later(Duration.ofMinutes(15));
        chat.reply("ana", "diy-show", kitchen, "bo", "That looks really smart, lovely straight grout lines.");
        MessageId bathroom = chat.say("cy", "diy-show", "Bathroom retiled at last, white metro tiles.");
        chat.later(Duration.ofMinutes(5));
        chat.reply("ana", "diy-show", bathroom, "cy", "Very clean, the dark grout works well.");
        chat.later(Duration.ofHours(23));
        chat.mention("ana", "diy-chat", "bo", "@bo did the tile shop on the high street have any of the grey ones?");
        Instant askedAt = chat.now();
        chat.reply("ana", "diy-show", bathroom, "cy", "Still thinking about that grout, it really suits the room.");

        UserSnapshot kept = chat.engine().snapshots(UserId.of("ana")).get(0);
        UserSnapshot.Contact bo = kept.contacts().get(PSEUDONYMS.of(UserId.of("bo")));
        UserSnapshot.Contact cy = kept.contacts().get(PSEUDONYMS.of(UserId.of("cy")));
        assertThat(kept.version()).isEqualTo(UserSnapshot.VERSION);
        // Bo: met again by a question that gave him nothing, which no gift tells.
        assertThat(bo.metAgain()).contains(askedAt);
        // Cy: met again by a word given a day later, which the last gift tells as version 16 did.
        assertThat(cy.metAgain()).isEmpty();

        chat.restart();
        assertThat(chat.engine().snapshots(UserId.of("ana")).get(0).contacts()).isEqualTo(kept.contacts());
    }
}
