package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_GIVE_TAKE;
import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person on the receiving end of a pitch: a fair coach does not tell them to answer a seller's "interested?"
 * nor to give back to someone who only tried to sell to them. A real question or real help still counts.
 */
class BeingPitchedTest {

    @Test
    void aDirectQuestionWaitsForItsAnswer() {
        Chat chat = Scene.coaching("ana").around("ana")
                .writesDirectly("bob", "dm-bob-ana", "ana", "hi Ana, do you ship to Canada?")
                // Ana is around (she writes in the server), so the question waits on her, not on her return.
                .stillAround("ana", "general", "the new bowls are glazed and fired")
                .build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void aPitchsQuestionLeftUnansweredIsNotAQuestionWaiting() {
        Chat chat = Scene.coaching("ana").around("ana")
                .writesDirectly("bob", "dm-bob-ana", "ana", "[pitch] hi Ana, growth packages from $99, interested?")
                .after(Duration.ofHours(25))
                .build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aQuestionThatOpensAPricedOfferWithItsLinkIsNotAQuestionWaiting() {
        // The question is the way in to the offer: the price and the link are what the message brings.
        Chat chat = bobAsksAnaWhileSheIsAround("Welcome Ana! How many orders do you ship a week? Under fifty, my "
                + "shop-growth plan fixes that, $49/month: https://growplan.example/start");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aQuestionThatMentionsAPriceWithoutOfferingAnythingStillWaits() {
        Chat chat = bobAsksAnaWhileSheIsAround("Do you still ship to Canada? It was $12 last time, is that still right?");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void aFollowUpChasingOnesOwnPitchIsNotAQuestionWaiting() {
        Chat chat = bobFollowsUpWhileAnaIsAround("[pitch] hi Ana, growth packages from $99, book a call",
                "did you get to look yet? Slots left on Friday");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aFollowUpToOnesOwnQuestionStillWaits() {
        Chat chat = bobFollowsUpWhileAnaIsAround("hi Ana, I left my umbrella at your stall on Sunday",
                "did you find it? Could I pick it up on Friday?");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void aStrangersCallToBookInYourInboxIsNotAQuestionWaiting() {
        // Nobody books a call with a stranger unasked except to hear an offer: the question is the sale's way in.
        Chat chat = Scene.coaching("ana").around("ana")
                .writesDirectly("bob", "dm-bob-ana", "ana", "Hi Ana! I get bakers onto the big delivery apps. "
                        + "Free for a 15-min call on Thursday? https://calendly.com/bob-apps/intro")
                .stillAround("ana", "general", "the new bowls are glazed and fired")
                .build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aCallToBookFromSomeoneYouAlreadyTalkWithStillWaits() {
        // Between people who know each other the calendar link only sets up a meeting they asked each other about.
        Chat chat = Scene.coaching("ana").around("ana")
                .asks("bob", "general", "ana", "how did the glaze test go in the end?")
                .answers("ana", "general", "bob", "cracked again, I'll tell you about it properly sometime")
                .after(Duration.ofHours(2))
                .writesDirectly("bob", "dm-bob-ana", "ana", "Let's do it properly then. Free for a 15-min call on "
                        + "Thursday? https://calendly.com/bob-apps/intro")
                .stillAround("ana", "general", "the new bowls are glazed and fired")
                .build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void helpOnThreeDaysIsAFavourToReturn() {
        Chat chat = bobWritesAnaOnThreeDays(i -> "here is a tip for your shop " + i);
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).hasSize(1);
    }

    @Test
    void pitchesOnThreeDaysAreNoFavourToReturn() {
        Chat chat = bobWritesAnaOnThreeDays(i -> "[pitch] my agency can grow your shop, packages from $99, offer " + i);
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    /**
     * Bob asks Ana {@code question} in #general; she is around (writes there two hours later) and a day passes, so a
     * question owed an answer is overdue by then.
     */
    private static Chat bobAsksAnaWhileSheIsAround(String question) {
        return Scene.coaching("ana").around("ana")
                .asks("bob", "general", "ana", question)
                .stillAround("ana", "general", "the new bowls are glazed and fired")
                .build();
    }

    /**
     * Bob writes Ana {@code first} in #general and follows it up {@code followUp} in its thread 20 hours later; she is
     * around, and a day passes.
     */
    private static Chat bobFollowsUpWhileAnaIsAround(String first, String followUp) {
        return Scene.coaching("ana").around("ana")
                .asks("bob", "general", "ana", first)
                .after(Duration.ofHours(20))
                .followsUp("bob", "general", "bob", "ana", followUp)
                .stillAround("ana", "general", "the new bowls are glazed and fired")
                .build();
    }

    /** Bob writes Ana {@code message} on three days, 20 hours apart; she writes once, and the week ends. */
    private static Chat bobWritesAnaOnThreeDays(java.util.function.IntFunction<String> message) {
        return Scene.coaching("ana")
                .times(3, (scene, i) -> scene.after(Duration.ofHours(i == 0 ? 0 : 20))
                        .asks("bob", "general", "ana", message.apply(i)))
                .says("ana", "general", "busy day")
                .finish();
    }
}
