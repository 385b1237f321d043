package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "I do" with the units a paid service is sold in ("I do portrait sessions", "we do group lessons") names the writer's
 * own trade: said beside a price and its page on an answer, the priced thing is their offer riding on the help, one
 * occasion of promotion, and the same offer posted to a room days later makes two. A studio one used, priced with its
 * page, is a pointer, not one's own offer.
 */
class OwnSessionsOnAnAnswerTest {

    private static Chat answeredThenPosted(String answer) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId q = chat.say("bo", "beginners-ask", "what should I wear for my first choir audition?");
        chat.later(Duration.ofMinutes(30));
        chat.reply("ana", "beginners-ask", q, "bo", answer);
        chat.later(Duration.ofDays(2));
        chat.say("ana", "choir-chat", "spring singing sessions, £35 until April, book here: "
                + "https://anavoice.example/sessions");
        return chat.finish();
    }

    @Test
    void ownSessionsPricedWithTheirPageOnAnAnswerAreAnOccasionOfPromotion() {
        Chat chat = answeredThenPosted("something you can breathe in, nothing tight round the waist, and flat shoes. "
                + "btw I do voice sessions, £35 this month: https://anavoice.example/sessions");
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void aStudioOneUsedPricedWithItsPageIsNoOwnOffer() {
        Chat chat = answeredThenPosted("something you can breathe in, nothing tight round the waist, and flat shoes. "
                + "the studio that prepped me was great, £35 a go: https://northvoice.example/sessions");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }
}
