package dev.rapport.rules.addressing;

import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyInferenceTest {

    private static final Instant START = Instant.parse("2009-02-23T10:00:00Z");

    private ReplyInference inference = new ReplyInference(new AddressingInference(), ReplyWindow.defaults());
    private int next;
    private Instant clock = START;

    private InferredReply say(String nick, String text) {
        clock = clock.plusSeconds(10);
        return inference.observe(MessageId.of("m" + next++), UserId.of(nick.toLowerCase()), nick, clock, text);
    }

    private static Optional<MessageId> id(String value) {
        return Optional.of(MessageId.of(value));
    }

    @Test
    void addressedMessageRepliesToTheAddresseesLatestMessage() {
        say("subodh", "can photoshop be installed in ubuntu?");      // m0
        say("subodh", "CS2 I mean");                                 // m1
        InferredReply reply = say("eepberries", "subodh: use wine"); // m2
        assertThat(reply.replyTo()).isEqualTo(id("m1"));
        assertThat(reply.replyToAuthor()).contains(UserId.of("subodh"));
        assertThat(reply.addressed()).containsExactly(UserId.of("subodh"));
    }

    @Test
    void addresseesMessageToSomeoneElseIsPassedOverForOneNotAimedAtOthers() {
        say("subodh", "wine is already running");     // m0
        say("quibbler", "anyone?");                    // m1
        say("subodh", "quibbler: no idea, sorry");     // m2
        InferredReply reply = say("eepberries", "subodh: run the exe with wine"); // m3
        assertThat(reply.replyTo()).isEqualTo(id("m0"));
    }

    @Test
    void unaddressedAnswerRepliesToTheMessageThatAddressedItsAuthor() {
        say("Futurama140", "my X config has no dri");           // m0
        say("quibbler", "Futurama140: add it at the end of the file"); // m1
        say("someone", "unrelated chatter");                    // m2
        assertThat(say("Futurama140", "ok").replyTo()).isEqualTo(id("m1"));
    }

    @Test
    void unaddressedMessageContinuesItsAuthorsOwnPreviousMessage() {
        say("Futurama140", "Section \"module\""); // m0
        say("other", "hello all");                // m1
        InferredReply reply = say("Futurama140", "EndSection");
        assertThat(reply.replyTo()).isEqualTo(id("m0"));
        assertThat(reply.replyToAuthor()).contains(UserId.of("futurama140"));
    }

    @Test
    void withoutTurnTakingAnUnaddressedMessageRepliesToNothing() {
        inference = new ReplyInference(new AddressingInference(), ReplyWindow.defaults().withTurnTaking(false));
        say("quibbler", "Futurama140: add it at the end of the file");
        say("Futurama140", "Section \"module\"");
        assertThat(say("Futurama140", "ok").replyTo()).isEmpty();
    }

    @Test
    void firstMessageOfSomeoneNewRepliesToNothing() {
        say("a_person", "hello");
        assertThat(say("newcomer", "can anyone recommend an app to open rar files?").replyTo()).isEmpty();
    }

    @Test
    void messageOlderThanTheWindowIsNotRepliedTo() {
        inference = new ReplyInference(new AddressingInference(), new ReplyWindow(100, Duration.ofMinutes(30), 100, true));
        say("jdub", "it will work with the ubuntu kernel");
        clock = clock.plus(Duration.ofHours(2));
        InferredReply reply = say("djtansey", "jdub: k3b will?");
        assertThat(reply.addressed()).containsExactly(UserId.of("jdub"));
        assertThat(reply.replyTo()).isEmpty();
    }

    @Test
    void onlyTheLastMessagesOfTheWindowAreRemembered() {
        inference = new ReplyInference(new AddressingInference(), new ReplyWindow(3, Duration.ofHours(1), 100, true));
        say("jdub", "it will work with the ubuntu kernel");
        say("x", "one");
        say("x", "two");
        say("x", "three");
        assertThat(say("djtansey", "jdub: k3b will?").replyTo()).isEmpty();
    }

    @Test
    void renamedPersonIsFoundUnderTheNewNick() {
        say("arvind_k", "my sound is broken");
        inference.nickInUse("arvind_khadri", UserId.of("arvind_k"));
        InferredReply reply = say("helper", "arvind_khadri: try alsamixer");
        assertThat(reply.replyTo()).isEqualTo(id("m0"));
        assertThat(reply.replyToAuthor()).contains(UserId.of("arvind_k"));
    }

    @Test
    void authorIsNeverAmongTheAddressed() {
        say("Nafallo", "hello");
        assertThat(say("Nafallo", "Nafallo: note to self").addressed()).isEmpty();
    }

    @Test
    void botAnswerRepliesToTheCommandThatAskedForIt() {
        say("Photoguy", "how do I get themes?");       // m0
        say("Photoguy", "!themes");                     // m1
        say("other", "morning");                        // m2
        assertThat(say("ubottu", "Find your themes at: http://art.gnome.org").replyTo()).isEqualTo(id("m1"));
    }

    @Test
    void botNicksAreRecognisedWithANumberOrSeparatorAfterBot() {
        for (String nick : new String[]{"floodbot1", "FloodBot12", "logbot_", "news-bot-2", "chanbot", "ubottu"}) {
            assertThat(ReplyInference.looksLikeBot(nick)).as(nick).isTrue();
        }
    }

    @Test
    void peopleWhoseNicksMerelyContainBotOrEndInDigitsAreNotBots() {
        for (String nick : new String[]{"bottle", "abbott", "botanist2", "ana1", "bob_", "bo7"}) {
            assertThat(ReplyInference.looksLikeBot(nick)).as(nick).isFalse();
        }
    }
}
