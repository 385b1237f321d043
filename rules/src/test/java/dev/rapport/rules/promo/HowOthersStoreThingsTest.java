package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.OfferRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking the room how they store, carry or organise their things asks for a way that is mostly a thing to do it with,
 * as asking which tools people use does: a maker who answers with the ways and says they make one, at a price, answers
 * the question rather than pitching a stranger. Asking after people, or why something goes wrong, asks for no thing.
 */
class HowOthersStoreThingsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "how do you all store your brushes between classes?",
            "how is everyone carrying the trestle tables to fairs these days?",
            "how are people organising their seed packets? mine are a mess"
    })
    void askingHowOthersHandleTheirThingsAsksForAWay(String text) {
        assertThat(OfferRequest.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "how is everyone finding the new kiln?",
            "how do you keep going after a slow market day?",
            "how are you all? long week here",
            "why do my wet canvases smudge in the car?"
    })
    void askingAfterPeopleOrWhySomethingFailsDoesNot(String text) {
        assertThat(OfferRequest.is(text)).as(text).isFalse();
    }

    private static Chat answeredWithOnesOwnRack(String question) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId q = chat.say("cy", "studio-talk", question);
        chat.later(Duration.ofMinutes(25));
        chat.reply("ana", "studio-talk", q, "cy", "a drying rack against the wall works, keep them a hand apart so "
                + "nothing touches. I build racks too, £30, DM me for one. pegs on a line do the job as well");
        return chat.finish();
    }

    @Test
    void staysQuietWhenTheMakersThingIsOneOfTheWaysAskedFor() {
        Chat chat = answeredWithOnesOwnRack("how do you all store wet canvases so they don't smudge?");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void firesWhenTheQuestionAskedOnlyWhySomethingWentWrong() {
        Chat chat = answeredWithOnesOwnRack("why do my wet canvases smudge in the car?");
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }
}
