package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whose request for an offer a seller answered in a room is kept in the seller's snapshot, by pseudonym: terms sent to
 * that person privately a few days on still take up their request when the bot restarted in between, as they do
 * without a restart. Terms sent after a restart to someone who asked how to do something are still cold, and a
 * forgotten asker leaves no trace in the seller's state.
 */
class OfferRequestAnsweredRestartTest {
    /** The secret {@link Chat} pseudonymises with. */
    private static final Pseudonyms PSEUDONYMS =
            new Pseudonyms("a test secret of enough length".getBytes(StandardCharsets.UTF_8));

    /** Ben asks the growers' room something; Wyn answers it, the bot restarts, and four days later she writes to him. */
    private static Chat answeredThenRestarted(String question, String answer) {
        Chat chat = Chat.coaching("wyn");
        MessageId asked = chat.say("ben", "potting-shed", question);
        chat.later(Duration.ofMinutes(30));
        chat.reply("wyn", "potting-shed", asked, "ben", answer);
        chat.later(Duration.ofMinutes(10));
        chat.reply("ben", "potting-shed", asked, "wyn", "cheers, will sleep on it");
        chat.restart();
        chat.later(Duration.ofDays(4));
        chat.direct("wyn", "dm-wyn-ben", "ben", "hi Ben, Wyn from the potting shed. still after some? I can do two "
                + "10kg sacks of earlies for £34, collection any evening this week");
        return chat.finish();
    }

    @Test
    void termsSentAfterARestartStillTakeUpTheRequestSheAnswered() {
        Chat chat = answeredThenRestarted("first year on the allotment. where do people here buy seed potatoes in "
                        + "bulk? the garden centre nets are tiny",
                "I grow and sell seed potatoes, 10kg sacks at £18, they're in the stalls room. the farm shop on the "
                        + "ring road sells sacks as well");

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void termsSentAfterARestartToSomeoneWhoAskedHowToDoSomethingAreStillCold() {
        Chat chat = answeredThenRestarted("first year on the allotment. how deep do seed potatoes go in a raised "
                        + "bed?",
                "about a hand deep, then pull soil up round the shoots every couple of weeks as they grow");

        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void theAskerIsKeptByPseudonymAndLeavesNoTraceWhenForgotten() {
        Chat chat = Chat.coaching("wyn");
        MessageId asked = chat.say("ben", "potting-shed", "where do people here buy seed potatoes in bulk?");
        chat.later(Duration.ofMinutes(30));
        chat.reply("wyn", "potting-shed", asked, "ben", "I grow and sell seed potatoes, 10kg sacks at £18");
        Instant answeredAt = chat.now();

        UserSnapshot kept = chat.engine().snapshots(UserId.of("wyn")).get(0);
        String ben = PSEUDONYMS.of(UserId.of("ben"));
        assertThat(kept.version()).isEqualTo(UserSnapshot.VERSION);
        assertThat(kept.offerAskers()).containsExactly(java.util.Map.entry(ben, answeredAt));
        assertThat(kept.toString()).doesNotContain("ben", "potatoes");

        UserSnapshot forgotten = kept.withoutCounterpart(ben);
        assertThat(forgotten.offerAskers()).isEmpty();
        assertThat(forgotten.mentions(ben)).isFalse();
    }
}
