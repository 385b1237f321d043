package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.Pitch;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An offer to book the person in, put to them as a question with a price ("£30 a visit, want me to put you down?"), is
 * a call to book: under a newcomer's question that asked whether something is normal, not for anyone's work, it is a
 * pitch to a stranger, whatever remark comes before it, and its question is owed no answer. Under a question that asked
 * for someone to do the job, the same terms answer it.
 */
class BookingOfferedAsAQuestionTest {

    private static final String OFFER = "a cowboy job that, never see it with my colonies. I've got inspections free "
            + "Friday, £30 a visit, want me to put you down?";

    private static Chat offerUnder(String question) {
        Chat chat = Chat.builder("tom", "kai").promoDetector(new SelfPromotionDetector()).build();
        MessageId q = chat.say("kai", "bookings", question);
        chat.later(Duration.ofMinutes(40));
        chat.reply("mo", "bookings", q, "kai", "old comb goes dark, nothing to worry about. send a picture");
        chat.later(Duration.ofHours(18));
        chat.replyMentioning("tom", "bookings", q, "kai", "kai", OFFER);
        chat.later(Duration.ofDays(3));
        chat.say("kai", "bookings", "picture of the frame, the dark bit is near the bottom");
        chat.later(Duration.ofDays(3));
        return chat.finish();
    }

    @Test
    void firesUnderAQuestionForAdviceAndIsOwedNoAnswer() {
        Chat chat = offerUnder("new to bees, took on my gran's hives. the comb in one box looks dark and crumbly, is "
                + "that normal?");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void staysQuietUnderAQuestionAskingForSomeoneToDoTheJob() {
        Chat chat = offerUnder("new to bees, took on my gran's hives. does anyone here do hive inspections for beginners?");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    /** Asked in private whether one does a thing, one's terms with the booking put as a question answer it. */
    @Test
    void staysQuietWhenAskedPrivatelyWhetherOneDoesIt() {
        Chat chat = Chat.builder("tom", "kai").promoDetector(new SelfPromotionDetector()).build();
        chat.mention("kai", "bookings", "tom", "thanks for the swarm tips on Saturday, the new colony has settled in");
        chat.later(Duration.ofDays(5));
        chat.direct("kai", "dm-kai-tom", "tom", "hi, meant to ask: do you do hive health checks for beginners?");
        chat.later(Duration.ofMinutes(20));
        chat.direct("tom", "dm-kai-tom", "kai", "we do! weekday mornings, £25 a hive with a written note. shall we "
                + "slot you in next week?");
        chat.later(Duration.ofDays(2));
        assertThat(chat.finish().findings(SELL_COLD)).isEmpty();
        assertThat(dev.rapport.rules.text.OfferRequest.asksTheirService("do you do hive health checks for beginners?"))
                .isTrue();
    }

    @Test
    void theOfferIsABookingPutAsAQuestion() {
        assertThat(Pitch.is("slots on Thursday, £14 a hectare, shall we book you for one?", List.of())).isTrue();
        assertThat(Pitch.is("£40 a session, can I put you down for Monday?", List.of())).isTrue();
        // No price, or a booking of nothing: no sale.
        assertThat(Pitch.is("shall we book you for one? I'll ask what they charge", List.of())).isFalse();
        assertThat(Pitch.is("she charges £40, want me to put you in touch with her?", List.of())).isFalse();
    }
}
