package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "You and your" and then only her own words ("you and your five wheels?" to "bought another spinning wheel, five
 * wheels now") teases her fondly about a habit: a question mark on a tease asks nothing, and nobody owes it an
 * answer. With words of the replier's own after it ("you and your sister coming to the fair?") it asks her something.
 */
class FondTeaseAboutTheirOwnTest {

    /** Ana tells the room {@code news}; Bo replies {@code words}; Ana goes on elsewhere and never answers. */
    private static Chat boRepliesToAna(String news, String words) {
        Chat chat = Chat.coaching("ana");
        MessageId said = chat.say("ana", "workroom", news);
        chat.later(Duration.ofMinutes(10)).reply("bo", "workroom", said, "ana", words);
        chat.later(Duration.ofHours(2)).say("ana", "lounge", "carding the fleece this afternoon");
        chat.later(Duration.ofHours(30)).say("ana", "lounge", "first skein off the wheel, lumpy but mine");
        return chat.finish();
    }

    @Test
    void staysQuietForATeaseThatPairsHerWithHerOwnThing() {
        assertThat(boRepliesToAna("bought another spinning wheel at the auction, five wheels now",
                "@Ana Ruiz you and your five wheels?").findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenWordsOfHisOwnAskHerSomething() {
        assertThat(boRepliesToAna("bought another spinning wheel at the auction, five wheels now",
                "@Ana Ruiz you and your sister coming to the fair?").findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
