package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thanks alone to someone who replied under one's own post (an answer to one's question, a welcome to one's
 * introduction) close a favour received: their reply was the giving. They are no word given before a later ask for
 * follows. A word on someone else's own post still is.
 */
class ThanksForAnAnswerGiveNothingTest {

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void anAskAfterOnlyThankingTheOneWhoAnsweredHerIsStillCold() {
        Chat chat = chat();
        MessageId question = chat.say("ana", "workshop", "Hi all, do you take bookings for the lathe on weekends?");
        chat.later(Duration.ofMinutes(20));
        MessageId answer = chat.reply("bo", "workshop", question, "ana", "Hi Ana, yes, Saturday mornings, two hours "
                + "a slot. The sign-up sheet is by the door.");
        chat.later(Duration.ofMinutes(10));
        chat.reply("ana", "workshop", answer, "bo", "Cheers Bo, I'll check the sheet.");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "workshop", "Could everyone follow my turning page? Trying to reach 500! "
                + "https://photos.example/ana-turns");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void anAskAfterOnlyThankingAWelcomeIsStillCold() {
        Chat chat = chat();
        MessageId hello = chat.say("ana", "workshop", "Hello all, Ana here, I turn bowls and spoons in my shed.");
        chat.later(Duration.ofMinutes(30));
        MessageId welcome = chat.reply("bo", "workshop", hello, "ana", "Welcome Ana, glad to have another turner "
                + "in here.");
        chat.later(Duration.ofMinutes(10));
        chat.reply("ana", "workshop", welcome, "bo", "Thanks Bo!");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "workshop", "Could everyone follow my turning page? Trying to reach 500! "
                + "https://photos.example/ana-turns");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void anAskAfterAWordOnSomeoneElsesOwnPostIsLetGo() {
        Chat chat = chat();
        MessageId bowl = chat.say("bo", "workshop", "First walnut bowl off the lathe today, oiled it twice.");
        chat.later(Duration.ofMinutes(20));
        chat.reply("ana", "workshop", bowl, "bo", "Thanks for sharing, that grain is gorgeous.");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "workshop", "Could everyone follow my turning page? Trying to reach 500! "
                + "https://photos.example/ana-turns");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).isEmpty();
    }
}
