package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Some messages with a question mark wait for nobody: a bare "?" at someone's joke, a name alone with a mark ("Ola?",
 * a call for their attention), a question its asker takes back
 * in the same breath, and one that only a guessed reply link (an IRC log's inference, nobody clicks "reply" there)
 * puts to a person. The same question put by name, or not taken back, still waits.
 */
class QuestionsThatWaitForNobodyTest {

    @Test
    void aBareQuestionMarkWaitsForNobody() {
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "general", "my cat just filed a complaint about the vacuum");
        chat.mention("pim", "general", "ola", "? :)");
        chat.say("ola", "market", "fresh plums on the stall this morning");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aQuestionWithWordsStillWaits() {
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "general", "my cat just filed a complaint about the vacuum");
        chat.mention("pim", "general", "ola", "which vacuum did you end up buying?");
        chat.say("ola", "market", "fresh plums on the stall this morning");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void theirNameAloneWithAMarkCallsThemAndWaitsForNobody() {
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "general", "my cat just filed a complaint about the vacuum");
        chat.mention("pim", "general", "ola", "Ola?");
        chat.say("ola", "market", "fresh plums on the stall this morning");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aOneWordQuestionThatIsNotTheirNameStillWaits() {
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "general", "my cat just filed a complaint about the vacuum");
        chat.mention("pim", "general", "ola", "vacuum?");
        chat.say("ola", "market", "fresh plums on the stall this morning");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void aQuestionTakenBackInTheSameBreathWaitsForNobody() {
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "general", "the glaze came out green instead of blue");
        chat.mention("pim", "general", "ola", "what cone did you fire it to? not that it matters, the kiln is sold");
        chat.say("ola", "market", "fresh plums on the stall this morning");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aQuestionOnlyAGuessedReplyLinkPutsToSomeoneWaitsForNobody() {
        Chat chat = Chat.coaching("ola");
        MessageId said = chat.say("ola", "general", "the glaze came out green instead of blue");
        chat.feed(guessedReply(chat, said, "how hot does a kiln need to get for stoneware?", false));
        chat.say("ola", "market", "fresh plums on the stall this morning");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void theSameQuestionPutByNameStillWaits() {
        Chat chat = Chat.coaching("ola");
        MessageId said = chat.say("ola", "general", "the glaze came out green instead of blue");
        chat.feed(guessedReply(chat, said, "ola: how hot does a kiln need to get for stoneware?", true));
        chat.say("ola", "market", "fresh plums on the stall this morning");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /** A line by pim whose link to ola's message is the importer's guess, naming ola only when {@code named}. */
    private static ChatMessage guessedReply(Chat chat, MessageId to, String text, boolean named) {
        var b = ChatMessage.builder().id("guess-" + to.value()).at(chat.now().plusSeconds(30))
                .in(Chat.COMMUNITY, "general").by("pim").text(text).replyTo(to, UserId.of("ola")).replyGuessed();
        if (named) {
            b.mention("ola");
        }
        return b.build();
    }
}
