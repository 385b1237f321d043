package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report of how one voted or chose ("my vote went to the lemon drizzle", "I voted for the blue one") asks nobody
 * for anything: after "my", "our" or "your" a vote is a vote cast, not a call to cast one. A vote asked for stays an
 * ask.
 */
class VoteReportedIsNoAskTest {

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Who's ahead in the bake-off? My vote went to the lemon drizzle.",
        "Our vote's going to Bramble this year, lovely colours on that stall",
        "I voted for the lemon drizzle one",
        "Went with the blue one in the end, it suits the hall",
        "Thanks for your support Marit, the fair went well",
    })
    void aVoteOrAChoiceReportedIsNoAsk(String text) {
        assertThat(new SelfPromotionDetector().analyse(text).engagementAsk()).isFalse();
        Chat chat = chat();
        chat.say("ana", "general", text);
        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Everyone please vote for Bramble in the bake-off!",
        "vote for Bramble before Sunday night",
    })
    void aVoteCalledForIsStillAnAsk(String text) {
        assertThat(new SelfPromotionDetector().analyse(text).engagementAsk()).isTrue();
    }

    @Test
    void aVoteAskedForOnesOwnEntryIsStillToldAsAnAsk() {
        Chat chat = chat();
        chat.say("ana", "general", "My entry's in! Please vote for my video https://contest.example/entry/12");
        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).hasSize(1);
    }
}
