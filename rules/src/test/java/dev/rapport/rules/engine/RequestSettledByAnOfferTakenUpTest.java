package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who asked the room for a provider and said yes to one of the offers has chosen: a stranger's offer sent to
 * them privately the next day answers nothing they still ask, and is a cold pitch. While the request stands, an offer
 * sent privately answers it.
 */
class RequestSettledByAnOfferTakenUpTest {

    /** Ana asks the jobs room what a move would cost, Bo offers, Ana says {@code toTheOffer}; Cy DMs her next day. */
    private static Chat askedOfferedThen(String toTheOffer) {
        Chat chat = Chat.coaching("cy");
        chat.say("cy", "yard-chat", "van's back from the garage with a new clutch at last");
        chat.later(Duration.ofHours(2));
        MessageId ask = chat.say("ana", "jobs", "first post here. a sofa needs moving across town on Friday, how "
                + "much would a move like that cost?");
        chat.later(Duration.ofMinutes(30));
        MessageId offer = chat.reply("bo", "jobs", ask, "ana", "about £60 for a sofa over that distance, I could do "
                + "Friday morning, DM me the address");
        chat.later(Duration.ofMinutes(15));
        chat.reply("ana", "jobs", offer, "bo", toTheOffer);
        chat.later(Duration.ofHours(18));
        chat.direct("cy", "dm-cy-ana", "ana", "Hi Ana, saw your post. For £120 a year my van club covers every move "
                + "you make, join here: https://vanclub.example/join");
        return chat.finish();
    }

    @Test
    void anOfferSentPrivatelyAfterTheAskerSaidYesToAnotherIsAColdPitch() {
        Chat chat = askedOfferedThen("Friday morning suits me, texting you in a bit");

        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void anOfferSentPrivatelyWhileTheRequestStandsAnswersIt() {
        Chat chat = askedOfferedThen("thanks, that's useful to know");

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }
}
