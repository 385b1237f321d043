package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who asks a person about their own thing by name ("which bit of the stream covered blind bids?") asks
 * where to find it: the answer with its link is the place they asked for, not one more push of the link, however
 * often it was pushed that week. The same answer with its link to a question that named nothing of it is the third
 * post of the link in a week, a repeat.
 */
class LinkToWhatTheyAskedAboutTest {
    private static final String LINK = "https://rhysplays.example/stream";
    private static final String ANSWER = "short version: bid early on the ones nobody rates. it comes about an hour in: "
            + LINK;

    /** Rhys pushes his stream twice in three days, then answers Dee. */
    private static Chat pushedTwiceThenAsked(String question) {
        return pushedTwiceThenAsked(question, ANSWER);
    }

    /** As above, with Rhys's own words of the answer. */
    private static Chat pushedTwiceThenAsked(String question, String answer) {
        Chat chat = Chat.builder("rhys", "dee", "ola").promoDetector(new SelfPromotionDetector()).build();
        chat.say("rhys", "table-talk", "my stream is live tonight with the whole auction variant: " + LINK);
        chat.later(Duration.ofMinutes(20));
        chat.say("ola", "table-talk", "the auction variant drags though");
        chat.later(Duration.ofDays(2));
        chat.say("rhys", "table-talk", "replay of my stream from last night is up: " + LINK);
        chat.later(Duration.ofDays(1));
        MessageId q = chat.mention("dee", "table-talk", "rhys", question);
        chat.later(Duration.ofMinutes(30));
        chat.reply("rhys", "table-talk", q, "dee", answer);
        return chat.finish();
    }

    @Test
    void theLinkToTheThingTheyAskedAboutByNameIsTheirAnswer() {
        Chat chat = pushedTwiceThenAsked("which bit of the stream covered blind bids? I only caught the end");
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    /** The answer goes on to terms nobody asked about: the link then carries the offer, not what was asked for. */
    @Test
    void theLinkToTheThingTheyAskedAboutWithUnaskedTermsBesideItIsARepeat() {
        Chat chat = pushedTwiceThenAsked("which bit of the stream covered blind bids? I only caught the end",
                "about an hour in. and the members' 20% on subs runs till Friday: " + LINK);
        assertThat(chat.findings(LINKS_REPEAT)).isNotEmpty();
    }

    @Test
    void theSameLinkToAQuestionThatNamedNothingOfItIsARepeat() {
        Chat chat = pushedTwiceThenAsked("how do you handle blind bids? I always overpay for the first lot");
        assertThat(chat.findings(LINKS_REPEAT)).isNotEmpty();
    }
}
