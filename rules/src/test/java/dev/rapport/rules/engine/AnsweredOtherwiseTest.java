package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question can be answered without a word from the person it was put to: by their reaction ("still on for
 * Friday?" and a thumbs-up), or by someone else who answers it in a reply (the co-owner saying when the shop opens).
 * A fair coach does not tell them it waits. A reaction by someone else, or a reply that answers nothing, leaves it
 * waiting.
 */
class AnsweredOtherwiseTest {

    /** Cy asks Di {@code question} by mention, Di reacts to it with {@code emoji} and posts elsewhere; a day goes by. */
    private static Chat reactedTo(String question, String emoji) {
        Chat chat = Chat.coaching("di");
        chat.say("di", "general", "morning all");
        MessageId q = chat.mention("cy", "general", "di", question);
        chat.react("di", q, "cy", "general", emoji);
        chat.say("di", "market", "the weather looks good for the weekend");
        chat.later(Duration.ofHours(25));
        return chat;
    }

    @Test
    void aReactionByTheAskedPersonAnswersTheQuestion() {
        assertThat(reactedTo("are we still on for the Friday stall?", "").findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aThumbsUpByTheAskedPersonAnswersTheQuestion() {
        assertThat(reactedTo("are we still on for the Friday stall?", "\uD83D\uDC4D").findings(ONEWAY_UNANSWERED))
                .isEmpty();
    }

    @Test
    void aThumbsUpToAQuestionOnlyWordsAnswerLeavesItWaiting() {
        // A thumbs-up to "when is it ready?" says it was seen, not when: the asker still has no date.
        assertThat(reactedTo("the frame you're mending, when can I pick it up?", "\uD83D\uDC4D")
                .findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void aThumbsUpToAProposalAgreesToIt() {
        assertThat(reactedTo("how about Saturday morning for the frame pickup?", "\uD83D\uDC4D")
                .findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void eyesOnAQuestionSayItWasSeenAndLeaveItWaiting() {
        // A look at "who has the hall key over the holidays?" tells nobody who has it.
        assertThat(reactedTo("who has the hall key over the holidays?", "\uD83D\uDC40").findings(ONEWAY_UNANSWERED))
                .hasSize(1);
    }

    @Test
    void aReactionBySomeoneElseDoesNot() {
        Chat chat = Chat.coaching("di");
        chat.say("di", "general", "morning all");
        MessageId q = chat.mention("cy", "general", "di", "are we still on for the Friday stall?");
        chat.react("eve", q, "cy", "general");
        chat.say("di", "market", "the weather looks good for the weekend");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void anAnswerBySomeoneElseInAReplyAnswersTheQuestion() {
        Chat chat = Chat.coaching("fay");
        chat.say("fay", "general", "morning all");
        MessageId q = chat.mention("ed", "general", "fay", "is the shop open on Sunday?");
        chat.reply("gus", "general", q, "ed", "yes, ten to four on Sundays, Fay and I take turns");
        chat.say("fay", "market", "new yarn came in today, lovely colours");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aReplyBySomeoneElseThatAnswersNothingLeavesItWaiting() {
        Chat chat = Chat.coaching("fay");
        chat.say("fay", "general", "morning all");
        MessageId q = chat.mention("ed", "general", "fay", "is the shop open on Sunday?");
        chat.reply("gus", "general", q, "ed", "good question, me too?");
        chat.say("fay", "market", "new yarn came in today, lovely colours");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void anAnswerBySomeoneElseThatSaysItIsNotFromTheOneAskedLeavesTheirQuestionWaiting() {
        // Hal answers from his own bench and says he is not Fay: what Ed asked about Fay's own glaze is still hers.
        Chat chat = Chat.coaching("fay");
        chat.say("fay", "general", "morning all");
        MessageId q = chat.mention("ed", "general", "fay", "your speckled glaze is lovely, which clay body did you use?");
        chat.reply("hal", "general", q, "ed", "not Fay but: a buff stoneware with iron flecks does that for me");
        chat.say("fay", "market", "new yarn came in today, lovely colours");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void aHedgedAnswerBySomeoneElseStillAnswersIt() {
        // "Not sure but" hedges an answer; it does not say whose the question is.
        Chat chat = Chat.coaching("fay");
        chat.say("fay", "general", "morning all");
        MessageId q = chat.mention("ed", "general", "fay", "is the shop open on Sunday?");
        chat.reply("hal", "general", q, "ed", "Not sure but I think ten to four, the sign says so");
        chat.say("fay", "market", "new yarn came in today, lovely colours");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aGuessBySomeoneElseThatLeavesTheFinalWordToTheOneAskedLeavesItWaiting() {
        // Hal only guesses and says Fay will confirm: whether her shop opens on Sunday is still hers to say.
        Chat chat = Chat.coaching("fay");
        chat.say("fay", "general", "morning all");
        MessageId q = chat.mention("ed", "general", "fay", "is your shop open on Sunday afternoons?");
        chat.reply("hal", "general", q, "ed", "I doubt it opens Sundays but she'll confirm, the market is on then");
        chat.say("fay", "market", "new yarn came in today, lovely colours");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void aGuessBySomeoneElseThatPromisesToConfirmItselfStillAnswersIt() {
        Chat chat = Chat.coaching("fay");
        chat.say("fay", "general", "morning all");
        MessageId q = chat.mention("ed", "general", "fay", "is your shop open on Sunday afternoons?");
        chat.reply("hal", "general", q, "ed", "I think it opens Sundays till four, I'll confirm when I pass by");
        chat.say("fay", "market", "new yarn came in today, lovely colours");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    /**
     * Vi asks the room for someone who restores clocks; Ru answers under it, naming Pia and asking her {@code tag};
     * Pia replies to Ru with {@code reply}; Vi thanks her and writes elsewhere a day later.
     */
    private static Chat recommendedAndAskedToConfirm(String tag, String reply) {
        Chat chat = Chat.coaching("vi");
        MessageId q = chat.say("vi", "trade", "does anyone know who restores old mantel clocks? a customer asked me");
        MessageId r = chat.reply("ru", "trade", q, "vi", "Pia mends them in her workshop, " + tag);
        MessageId p = chat.reply("pia", "trade", r, "ru", reply);
        chat.reply("vi", "trade", p, "pia", "lovely, I'll pass that on, thank you Pia");
        chat.later(Duration.ofHours(30));
        chat.say("vi", "general", "a quiet afternoon at the counter today");
        return chat;
    }

    @Test
    void aShortAnswerBySomeoneElseToAQuestionInsideAnAnswerAnswersIt() {
        // Ru's "don't you, Pia?" under Vi's request asks Pia, and her "I do, ..." answers it: nothing waits on Vi.
        assertThat(recommendedAndAskedToConfirm("don't you, Pia?",
                "I do, bring it round any weekday and I'll quote on the spot").findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aRemarkBySomeoneElseUnderAQuestionInsideAnAnswerLeavesItWaiting() {
        // Ru asks Vi how old the clock is; Pia's remark under it answers nothing Ru asked, so it still waits on Vi.
        assertThat(recommendedAndAskedToConfirm("how old is the clock?",
                "my workshop is full until the spring, sorry, but try the guild list").findings(ONEWAY_UNANSWERED))
                .hasSize(1);
    }
}
