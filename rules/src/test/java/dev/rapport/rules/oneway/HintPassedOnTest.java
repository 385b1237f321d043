package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.Exclamation;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asked whether anyone has something, a member who has not says so and passes on what someone else said or has, in a
 * statement's order with a rising tone ("not me, but Wren mentioned a tuner in the next village?"): a hint, not a
 * question, and the one who asked owes it nothing back. Said without turning from oneself, the same order is surprise
 * that asks ("the tuner came, but the hammer broke again?").
 */
class HintPassedOnTest {

    @Test
    void aHintSetAgainstOnesOwnNoAsksNothing() {
        assertThat(Exclamation.is("Not me, but Wren mentioned a tuner in the next village?")).isTrue();
        assertThat(Exclamation.is("I don't, but Wren has a spare stool?")).isTrue();
    }

    @Test
    void theSameOrderWithoutTurningFromOneselfStillAsks() {
        assertThat(Exclamation.is("the tuner came, but the hammer broke again?")).isFalse();
        assertThat(Exclamation.is("Wren mentioned a tuner in the next village?")).isFalse();
    }

    @Test
    void staysQuietWhenTheAskerOnlyThanksTheOneWhoPassedOnAHint() {
        assertThat(askAndHint("Not me, but Wren mentioned a tuner in the next village?")
                .findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheReplyAsksTheAskerSomething() {
        assertThat(askAndHint("Not me, but is it an upright or a grand?").findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /** Ana asks the room for a piano tuner; Bo answers her; a day on, Ana has said only other things. */
    private static Chat askAndHint(String reply) {
        Chat chat = Chat.coaching("ana");
        MessageId asked = chat.say("ana", "music-room", "Does anyone know a piano tuner who comes out to villages?");
        chat.later(Duration.ofMinutes(30));
        chat.reply("bo", "music-room", asked, "ana", reply);
        chat.later(Duration.ofHours(2));
        chat.say("ana", "lounge", "the choir is back on Thursdays from next month");
        chat.later(Duration.ofHours(30));
        chat.say("ana", "lounge", "lovely turnout at the bake sale");
        chat.later(Duration.ofHours(2));
        return chat;
    }
}
