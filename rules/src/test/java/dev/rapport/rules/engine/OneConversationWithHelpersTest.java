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
 * Two ways a question to someone is taken up in a busy room without a reply to it. On IRC, where every reply link is
 * the reader's guess, the asked person's first word there right after the question, naming nobody, answers it wherever
 * the guess placed it; a first word that names someone else does not, nor does a later one. And someone who asked the
 * room for help and is helped by several people at once is in one conversation with them: a helper's question about
 * their problem is settled by their turn with another helper a minute later. Someone asked about their own advice,
 * who goes on talking to others, still owes the answer.
 */
class OneConversationWithHelpersTest {

    @Test
    void theFirstWordRightAfterTheQuestionAnswersItWhereverTheGuessPlacedIt() {
        Chat chat = Chat.coaching("ola");
        MessageId said = chat.say("ola", "general", "baked three rye loaves this weekend");
        chat.feed(guessed(chat, "pim", said, "ola", "ola: do you proof them near the radiator?", true, 10));
        MessageId kit = chat.feed(guessed(chat, "kit", said, "ola", "ola: mine sank too until i added more starter",
                true, 20));
        chat.feed(guessed(chat, "ola", kit, "kit", "no radiator here, the flat stays cold all day", false, 30));
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aOneWordAnswerRightAfterTheQuestionIsNoNod() {
        Chat chat = Chat.coaching("ola");
        MessageId said = chat.say("ola", "general", "painted the fence on saturday");
        chat.feed(guessed(chat, "pim", said, "ola", "ola: the front one, or both?", true, 10));
        MessageId kit = chat.feed(guessed(chat, "kit", said, "ola", "ola: ours needs doing too", true, 20));
        chat.feed(guessed(chat, "ola", kit, "kit", "both", false, 30));
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aFirstWordToSomeoneElseLeavesItWaitingAndSoDoesTheNextLine() {
        Chat chat = Chat.coaching("ola");
        MessageId said = chat.say("ola", "general", "baked three rye loaves this weekend");
        chat.feed(guessed(chat, "pim", said, "ola", "ola: do you proof them near the radiator?", true, 10));
        MessageId kit = chat.feed(guessed(chat, "kit", said, "ola", "ola: mine sank too until i added more starter",
                true, 20));
        MessageId toKit = chat.feed(guessed(chat, "ola", kit, "kit", "kit: how much starter do you add?", true, 30));
        chat.feed(guessed(chat, "ola", toKit, null, "i use a spoonful at most", false, 40));
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void aHelpersQuestionIsSettledByTheSeekersTurnWithAnotherHelper() {
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "help", "my laptop fan screams after every update, how do i calm it down?");
        chat.mention("pim", "help", "ola", "ola: have you looked at which process eats the cpu?");
        chat.mention("kit", "help", "ola", "ola: the indexer runs after updates, pause it in settings");
        chat.mention("ola", "help", "kit", "kit: paused it and the fan went quiet, thank you");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aHelperAskedAboutTheirOwnAdviceStillOwesTheAnswer() {
        Chat chat = Chat.coaching("ola");
        chat.say("kit", "help", "my laptop fan screams after every update, how do i calm it down?");
        chat.mention("ola", "help", "kit", "kit: pause the indexer in settings");
        chat.mention("pim", "help", "ola", "ola: where is that setting on the older release?");
        chat.mention("kit", "help", "ola", "ola: found it, much quieter now");
        chat.mention("ola", "help", "kit", "kit: glad it helped");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /**
     * A line by {@code author} whose link to {@code to} (by {@code toAuthor}; null: the author's own line) is the
     * reader's guess, as on IRC, naming {@code toAuthor} when {@code named}, {@code seconds} after the chat's clock.
     */
    private static ChatMessage guessed(Chat chat, String author, MessageId to, String toAuthor, String text,
                                       boolean named, int seconds) {
        var b = ChatMessage.builder().id(author + "-" + seconds).at(chat.now().plusSeconds(seconds))
                .in(Chat.COMMUNITY, "general").by(author).text(text)
                .replyTo(to, toAuthor == null ? null : UserId.of(toAuthor)).replyGuessed();
        if (named && toAuthor != null) {
            b.mention(toAuthor);
        }
        return b.build();
    }
}
