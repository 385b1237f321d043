package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.OfferRequest;
import dev.rapport.rules.text.Pitch;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/** A priced offer replying to a question answers it only when the question asked for a provider or a price. */
class PricedRepliesTest {

    private static final String OFFER = "Hi Pia! I retouch product photos for small shops, €149 for fifty images. "
            + "Book a time that suits you: https://cal.com/ole/retouch";

    @Test
    void aPricedOfferToAQuestionThatAskedForNothingToBuyIsAPitch() {
        Chat chat = Chat.coaching("ole");
        MessageId fees = chat.say("pia", "general", "Did anyone else get their payout late this week? Cash is tight.");
        chat.later(Duration.ofHours(2));
        chat.reply("ole", "general", fees, "pia", OFFER);
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void theSameOfferToAQuestionAskingForAProviderIsAnAnswer() {
        Chat chat = Chat.coaching("ole");
        MessageId who = chat.say("pia", "general", "Does anyone know a good SEO person for a small shop?");
        chat.later(Duration.ofHours(2));
        chat.reply("ole", "general", who, "pia", OFFER);
        assertThat(chat.findings()).isEmpty();
    }

    /** Asking whether anyone has a space or a slot asks for a provider's room for one: a priced answer answers it. */
    @Test
    void aPricedOfferToAQuestionAskingWhoHasASpaceIsAnAnswer() {
        Chat chat = Chat.coaching("ole");
        MessageId space = chat.say("pia", "general", "Does anyone have a slot on Thursday mornings from March? "
                + "Two hours for my shop's photos.");
        chat.later(Duration.ofHours(2));
        chat.reply("ole", "general", space, "pia", OFFER);
        assertThat(chat.findings()).isEmpty();
    }

    /** Room asked of a neighbour's own things ("space in their freezer") asks a favour, not for a provider. */
    @Test
    void askingWhetherAnyoneHasRoomInTheirOwnThingsAsksForNoProvider() {
        assertThat(OfferRequest.is("anybody got any openings for a beginner this spring?")).isTrue();
        assertThat(OfferRequest.is("does anyone have availability for a six month old?")).isTrue();
        assertThat(OfferRequest.is("does anyone have space in their freezer for two trays?")).isFalse();
        Chat chat = Chat.coaching("ole");
        MessageId freezer = chat.say("pia", "general", "Does anyone have space in their van for a box on Sunday?");
        chat.later(Duration.ofHours(2));
        chat.reply("ole", "general", freezer, "pia", OFFER);
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void questionsAskingWhoCanDoOrSellSomethingAreOfferRequests() {
        assertThat(OfferRequest.is("Does anyone know a good bookkeeper for a tiny shop? Around $300 a month.")).isTrue();
        assertThat(OfferRequest.is("Who does logos around here?")).isTrue();
        assertThat(OfferRequest.is("What would you charge to edit a 3-minute clip?")).isTrue();
        assertThat(OfferRequest.is("Did anyone else get their payout late this week?")).isFalse();
        assertThat(OfferRequest.is("How do I batch-resize photos in GIMP?")).isFalse();
    }

    @Test
    void ownWorkPushedAtANewcomerWithAnInvitationToTalkIsAPitch() {
        Chat chat = Chat.coaching("oskar");
        MessageId hello = chat.say("nell", "general", "Hi, I'm Nell, I've begun selling cakes from home.");
        chat.reply("oskar", "general", hello, "nell",
                "[promo] [ask] Welcome! Your bakery deserves a real logo, check out my portfolio and let's talk");
        assertThat(chat.findings()).extracting(f -> f.rule()).containsExactly(SELL_COLD);
    }

    @Test
    void ownWorkShownToANewcomerWithoutAnInvitationIsAnAskNotAPitch() {
        Chat chat = Chat.coaching("oskar");
        MessageId hello = chat.say("nell", "general", "Hi, I'm Nell, I've begun selling cakes from home.");
        chat.reply("oskar", "general", hello, "nell", "[promo] [ask] Welcome! Check out my portfolio sometime");
        assertThat(chat.findings()).extracting(f -> f.rule()).doesNotContain(SELL_COLD);
        assertThat(Pitch.invitesContact("happy to help, let's talk tomorrow")).isTrue();
        assertThat(Pitch.invitesContact("talk soon, and good luck with the launch")).isFalse();
    }
}
