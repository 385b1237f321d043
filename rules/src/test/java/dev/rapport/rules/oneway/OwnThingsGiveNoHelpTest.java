package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help given is what the other person can use (oneway.give-take weighs it against help received). Words about one's
 * own things give nobody anything to use, however they are placed: a question about one's own work, one's paid
 * services offered at a price, one's own news said to a small room long after anyone spoke there.
 */
class OwnThingsGiveNoHelpTest {

    private static int helpGiven(Chat chat, String user) {
        chat.finish();
        return chat.report(user).stats().helpGiven();
    }

    // --- a question of one's own asks; it gives nothing ----------------------------------------------------------

    /** A question about one's own page, with its link, said to someone who just spoke: it asks for their eyes. */
    @Test
    void aQuestionAboutOnesOwnPageWithItsLinkIsNoHelp() {
        Chat chat = Chat.coaching("ana");
        chat.say("bob", "critique", "finished the poster for the spring fair, the lettering took me all week");
        chat.later(Duration.ofMinutes(10));
        chat.mention("ana", "critique", "bob", "redid the menu on my bakery page, does it read any better now? "
                + "https://ana-bakes.example/menu");
        assertThat(helpGiven(chat, "ana")).isZero();
    }

    /** ... while a pointer with its link, said to the same person in the same place, is help. */
    @Test
    void aPointerWithItsLinkSaidToThemIsHelp() {
        Chat chat = Chat.coaching("ana");
        chat.say("bob", "critique", "finished the poster for the spring fair, the lettering took me all week");
        chat.later(Duration.ofMinutes(10));
        chat.mention("ana", "critique", "bob", "the free letter-spacing guide on this page helped my posters a lot "
                + "https://type-notes.example/spacing");
        assertThat(helpGiven(chat, "ana")).isEqualTo(1);
    }

    // --- a priced offer sells; it is not help given ------------------------------------------------------------

    /** Someone asks for a provider and the person replies with her rate: a sale offered, not a favour done. */
    @Test
    void aPricedOfferAnsweringACallForOffersIsNoHelp() {
        Chat chat = Chat.coaching("ana");
        MessageId call = chat.say("cyd", "general", "Does anyone know a good painter for a small hallway? "
                + "Send me your rates");
        chat.later(Duration.ofMinutes(30));
        chat.reply("ana", "general", call, "cyd", "I could paint it next week for £380 all in, DM me");
        assertThat(helpGiven(chat, "ana")).isZero();
    }

    /** ... while advice given to the same question, with no price, is help. */
    @Test
    void adviceAnsweringTheSameQuestionIsHelp() {
        Chat chat = Chat.coaching("ana");
        MessageId call = chat.say("cyd", "general", "Does anyone know a good painter for a small hallway? "
                + "Send me your rates");
        chat.later(Duration.ofMinutes(30));
        chat.reply("ana", "general", call, "cyd", "ask for a quote that names the primer, the cheap quotes skip it "
                + "and the paint peels within a year");
        assertThat(helpGiven(chat, "ana")).isEqualTo(1);
    }

    // --- one's own news to a small room, long after its last word, answers nobody -----------------------------

    /** Ana and Bob greet each other in the potting room until it is known as a room of two; then Bob asks. */
    private static MessageId bobAsksInARoomOfTwo(Chat chat) {
        for (int i = 0; i < 10; i++) {
            chat.later(Duration.ofMinutes(5));
            chat.say(i % 2 == 0 ? "ana" : "bob", "potting", "morning");
        }
        chat.later(Duration.ofMinutes(5));
        return chat.say("bob", "potting", "which compost do you use for seedlings, the peat free one?");
    }

    /**
     * In a room of two, everything is said to the other; but her own news, hours after his question and after
     * anyone spoke there, takes no turn with him: it is a word to the room, not help given to him.
     */
    @Test
    void ownNewsToASmallRoomHoursAfterTheQuestionIsNoHelp() {
        Chat chat = Chat.coaching("ana");
        bobAsksInARoomOfTwo(chat);
        chat.later(Duration.ofHours(6));
        chat.say("ana", "potting", "the first tomatoes of the year are finally ripe on the windowsill");
        assertThat(helpGiven(chat, "ana")).isZero();
    }

    /** ... while her answer to his question, hours later but replying to it, is help however late. */
    @Test
    void anAnswerReplyingToTheQuestionHoursLaterIsHelp() {
        Chat chat = Chat.coaching("ana");
        MessageId asked = bobAsksInARoomOfTwo(chat);
        chat.later(Duration.ofHours(6));
        chat.reply("ana", "potting", asked, "bob", "the peat free one, sieved fine and watered from below");
        assertThat(helpGiven(chat, "ana")).isEqualTo(1);
    }
}
