package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.OfferRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking whether anyone does a job in an area, the work named as it is done ("is anyone clipping hedges round
 * Malton?"), asks for someone working there, so their terms under it answer it. Going somewhere, a trouble shared or
 * a thing watched there asks for no one's work, and the same terms under it are a pitch.
 */
class WorkAskedForNearbyTest {

    private static Chat answered(String question, String answer) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId q = chat.say("bo", "smallholders", question);
        chat.later(Duration.ofMinutes(30));
        chat.reply("ana", "smallholders", q, "bo", answer);
        return chat.finish();
    }

    private static final String TERMS = "I clip small jobs too, no minimum. £40 for the first hour round Malton, "
            + "message me and we'll fix a day";

    @Test
    void termsUnderAQuestionForSomeoneWorkingNearbyAnswerIt() {
        Chat chat = answered("is anyone clipping hedges round Malton this spring? only 30 metres, nobody big will "
                + "come for that", TERMS);
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSameTermsUnderATroubleSharedAreAPitch() {
        Chat chat = answered("is anyone having problems with box blight round Malton this spring?", TERMS);
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void workNamedAsItIsDoneNearAPlaceAsksForSomeoneDoingIt() {
        assertThat(OfferRequest.is("anybody cleaning gutters near otley?")).isTrue();
        assertThat(OfferRequest.is("is anyone going to the fair near york?")).isFalse();
        assertThat(OfferRequest.is("is anyone watching the match round here?")).isFalse();
    }

    // --- session 39: the job said by its bare verb, in a named place ---

    private static final String SHEARING = "I'm over at Builth most Mondays, £2.50 a ewe, message me and we'll fix a day";

    @Test
    void termsUnderAskingWhetherAnyoneDoesTheJobInANamedPlaceAnswerIt() {
        Chat chat = answered("does anyone shear near Builth? we've forty ewes waiting", SHEARING);
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSameTermsUnderAskingForCompanyOnAPastimeThereAreAPitch() {
        Chat chat = answered("does anyone ride near Builth? looking for company on the hill tracks", SHEARING);
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }
}

