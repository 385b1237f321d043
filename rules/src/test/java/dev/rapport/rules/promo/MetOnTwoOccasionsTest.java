package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cold pitch is a pitch to someone just met. Someone one has talked with on two occasions already (notes on their
 * work one evening, a chat with them the next day) has begun to be an acquaintance, however recent the first word: an
 * unasked offer to them a few days later is pushy, which promotion tells, but it is not cold. One exchange, even with
 * its answer, is still only meeting them.
 */
class MetOnTwoOccasionsTest {

    @Test
    void aPitchToSomeoneMetOnlyOnceThreeDaysAgoIsCold() {
        Chat chat = Scene.coaching("ana").asks("ana", "painting", "bob", "nice glaze on that knight, push the shadows darker")
                .after(Duration.ofMinutes(10))
                .asks("bob", "painting", "ana", "ooh good shout, thanks")
                .after(Duration.ofDays(3))
                .asks("ana", "painting", "bob", "[pitch] I paint these to display standard, 2 slots left, 40 a model")
                .build();
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void aPitchToSomeoneTalkedWithOnTwoEarlierDaysIsNotCold() {
        Chat chat = Scene.coaching("ana").asks("ana", "painting", "bob", "nice glaze on that knight, push the shadows darker")
                .after(Duration.ofMinutes(10))
                .asks("bob", "painting", "ana", "ooh good shout, thanks")
                .after(Duration.ofDays(1))
                .asks("ana", "painting", "bob", "which brush do you use for the edge highlights?")
                .after(Duration.ofMinutes(15))
                .asks("bob", "painting", "ana", "a cheap size 1, the good one lives in a drawer")
                .after(Duration.ofDays(3))
                .asks("ana", "painting", "bob", "[pitch] I paint these to display standard, 2 slots left, 40 a model")
                .build();
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }
}
