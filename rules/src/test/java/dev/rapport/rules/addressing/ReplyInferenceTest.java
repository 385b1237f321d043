package dev.rapport.rules.addressing;

import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Reply inference with the shipped weights, on small conversations written for the test. */
class ReplyInferenceTest {

    private static final Instant START = Instant.parse("2021-03-04T10:00:00Z");

    private ReplyInference inference = new ReplyInference(new AddressingInference(), ReplyWindow.defaults());
    private int next;
    private Instant clock = START;

    private InferredReply say(String nick, String text) {
        clock = clock.plusSeconds(20);
        return inference.observe(MessageId.of("m" + next++), UserId.of(nick.toLowerCase()), nick, clock, text);
    }

    private static Optional<MessageId> id(String value) {
        return Optional.of(MessageId.of(value));
    }

    @Test
    void addressedMessageRepliesToTheAddressee() {
        say("marlow", "my printer prints blank pages since the upgrade");   // m0
        say("tessaly", "good morning everyone");                            // m1
        InferredReply reply = say("quince", "marlow: check the cartridge driver"); // m2
        assertThat(reply.replyTo()).isEqualTo(id("m0"));
        assertThat(reply.replyToAuthor()).contains(UserId.of("marlow"));
        assertThat(reply.addressed()).containsExactly(UserId.of("marlow"));
    }

    @Test
    void answerToAnAddresseeGoesToTheirQuestionRatherThanAShortAfterthought() {
        say("marlow", "how do I make the printer queue restart on its own after a crash?"); // m0
        say("marlow", "on the laptop");                                                     // m1
        assertThat(say("quince", "marlow: enable the service with systemctl").replyTo()).isEqualTo(id("m0"));
    }

    @Test
    void addresseesMessageToSomeoneElseIsPassedOverForOneNotAimedAtOthers() {
        say("marlow", "the scanner shows up but never scans");   // m0
        say("tessaly", "anyone around?");                        // m1
        say("marlow", "tessaly: yes, what's up");                 // m2
        assertThat(say("quince", "marlow: which scanner model is it").replyTo()).isEqualTo(id("m0"));
    }

    @Test
    void unaddressedAnswerRepliesToTheQuestionPutToItsAuthor() {
        say("orrin", "my laptop fan runs all the time");                 // m0
        say("pell", "orrin: is the battery plugged in?");                 // m1
        say("someone", "the weather is lovely today");                    // m2
        assertThat(say("orrin", "yes, always on the charger").replyTo()).isEqualTo(id("m1"));
    }

    @Test
    void thanksGoesToTheHelper() {
        say("orrin", "how do I list the open ports?");                   // m0
        say("pell", "orrin: run ss -tlnp");                              // m1
        InferredReply thanks = say("orrin", "thanks, that shows it");
        assertThat(thanks.replyTo()).isEqualTo(id("m1"));
        assertThat(thanks.replyToAuthor()).contains(UserId.of("pell"));
    }

    @Test
    void unaddressedMessageContinuesItsAuthorsOwnPreviousMessage() {
        say("orrin", "the mount fails at boot with a timeout on the network share"); // m0
        say("other", "hello all");                                                   // m1
        InferredReply reply = say("orrin", "and it mounts fine by hand afterwards");
        assertThat(reply.replyTo()).isEqualTo(id("m0"));
        assertThat(reply.replyToAuthor()).contains(UserId.of("orrin"));
    }

    @Test
    void secondAdviceToTheSamePersonStaysInTheirConversation() {
        say("marlow", "my printer prints blank pages since the upgrade");  // m0
        say("quince", "marlow: check the cartridge driver first");          // m1
        say("tessaly", "is there a mirror for the iso somewhere?");        // m2
        // The annotators of IRC logs link such a message to the question or to the first advice; never elsewhere.
        assertThat(say("quince", "marlow: or reinstall the printer package").replyTo()).isIn(id("m0"), id("m1"));
    }

    @Test
    void askingTheRoomAgainGoesBackToTheOwnQuestion() {
        say("wren", "is there a way to keep the wifi on while the lid is closed?"); // m0
        say("pell", "orrin: try the other kernel");                                 // m1
        say("orrin", "pell: ok will do");                                           // m2
        assertThat(say("wren", "anyone?").replyTo()).isEqualTo(id("m0"));
    }

    @Test
    void newcomersOpenQuestionStartsAConversation() {
        say("pell", "orrin: try the other kernel");
        say("orrin", "pell: ok will do");
        InferredReply reply = say("newcomer", "hi, does anyone know how to split a video file without re-encoding?");
        assertThat(reply.replyTo()).isEmpty();
        assertThat(reply.replyToAuthor()).isEmpty();
    }

    @Test
    void withoutTurnTakingAnUnaddressedMessageRepliesToNothing() {
        inference = new ReplyInference(new AddressingInference(), ReplyWindow.defaults().withTurnTaking(false));
        say("pell", "orrin: add the line at the end of the file");
        say("orrin", "done");
        assertThat(say("orrin", "ok").replyTo()).isEmpty();
        assertThat(say("pell", "orrin: now restart it").replyTo()).isEqualTo(id("m2"));
    }

    @Test
    void messageOlderThanTheWindowIsNotRepliedTo() {
        inference = new ReplyInference(new AddressingInference(), new ReplyWindow(100, Duration.ofMinutes(30), 100, true));
        say("keel", "the backup script works with the new disk");
        clock = clock.plus(Duration.ofHours(2));
        InferredReply reply = say("varro", "keel: even the incremental one?");
        assertThat(reply.addressed()).containsExactly(UserId.of("keel"));
        assertThat(reply.replyTo()).isEmpty();
    }

    @Test
    void onlyTheLastMessagesOfTheWindowAreRemembered() {
        inference = new ReplyInference(new AddressingInference(), new ReplyWindow(3, Duration.ofHours(1), 100, true));
        say("keel", "the backup script works with the new disk");
        say("x", "one");
        say("x", "two");
        say("x", "three");
        InferredReply reply = say("varro", "keel: even the incremental one?");
        assertThat(reply.replyToAuthor()).isNotEqualTo(Optional.of(UserId.of("keel")));
    }

    @Test
    void renamedPersonIsFoundUnderTheNewNick() {
        say("tamsin", "my sound is gone after suspend");
        inference.nickInUse("tamsin_away", UserId.of("tamsin"));
        InferredReply reply = say("helper", "tamsin_away: try reloading the sound module");
        assertThat(reply.replyTo()).isEqualTo(id("m0"));
        assertThat(reply.replyToAuthor()).contains(UserId.of("tamsin"));
    }

    @Test
    void authorIsNeverAmongTheAddressed() {
        say("keel", "hello");
        assertThat(say("keel", "keel: note to self").addressed()).isEmpty();
    }

    @Test
    void botAnswerRepliesToTheCommandThatAskedForIt() {
        say("wren", "where do I find desktop themes?");  // m0
        say("wren", "!themes");                            // m1
        say("other", "morning");                           // m2
        assertThat(say("helpbot", "Themes are listed in the theme manager").replyTo()).isEqualTo(id("m1"));
    }

    @Test
    void optionsOfTheLastMessageAreOpenToTraining() {
        say("keel", "the backup script works with the new disk");
        say("varro", "keel: even the incremental one?");
        assertThat(inference.optionCount()).isEqualTo(2);
        assertThat(inference.option(0)).isEmpty();
        assertThat(inference.option(1)).isEqualTo(id("m0"));
        assertThat(inference.features(1)).hasSize(ReplyWeights.FEATURES);
        assertThat(inference.features(1)[ReplyWeights.ADDRESSES_AUTHOR]).isEqualTo(1.0);
        assertThat(inference.features(0)[ReplyWeights.NONE]).isEqualTo(1.0);
    }

    /** The features of the option that links to {@code message}, for the last message read. */
    private double[] featuresOf(String message) {
        for (int i = 1; i < inference.optionCount(); i++) {
            if (inference.option(i).equals(id(message))) {
                return inference.features(i);
            }
        }
        throw new AssertionError(message + " was not an option");
    }

    @Test
    void anAnswerToTheAuthorsQuestionIsInTheAuthorsConversation() {
        say("orrin", "how do I list the open ports?");                  // m0
        say("pell", "orrin: run ss -tlnp");                             // m1, answers m0
        say("tamsin", "is the mirror down for anyone else?");           // m2, a conversation of its own
        say("orrin", "it shows nothing on 8080 though");
        assertThat(featuresOf("m1")[ReplyWeights.SAME_THREAD]).isEqualTo(1.0);
        assertThat(featuresOf("m1")[ReplyWeights.THREAD_LATEST]).isEqualTo(1.0);
        assertThat(featuresOf("m0")[ReplyWeights.THREAD_LATEST]).isZero();
    }

    @Test
    void someoneElsesNewQuestionIsNotInTheAuthorsConversation() {
        say("orrin", "how do I list the open ports?");                  // m0
        say("pell", "orrin: run ss -tlnp");                             // m1
        say("tamsin", "is the mirror down for anyone else?");           // m2
        say("orrin", "it shows nothing on 8080 though");
        assertThat(featuresOf("m2")[ReplyWeights.SAME_THREAD]).isZero();
        assertThat(featuresOf("m2")[ReplyWeights.AUTHORS_THREAD]).isZero();
    }

    @Test
    void aBotsAnswerBelongsToTheConversationOfTheCommand() {
        say("wren", "where do I find desktop themes?");  // m0
        say("wren", "!themes");                           // m1
        say("helpbot", "Themes are listed in the theme manager"); // m2, answers m1
        say("wren", "found them, thanks");
        assertThat(featuresOf("m2")[ReplyWeights.SAME_THREAD]).isEqualTo(1.0);
    }

    @Test
    void aMessageToThePersonTheCandidateAlsoAddressedSharesItsTarget() {
        say("marlow", "my printer prints blank pages since the upgrade");   // m0
        say("quince", "marlow: check the cartridge driver");                // m1
        say("tessaly", "pell: the new kernel boots fine here");              // m2
        say("wren", "marlow: or swap the cable for another one");
        assertThat(featuresOf("m1")[ReplyWeights.SAME_TARGET]).isEqualTo(1.0);
        assertThat(featuresOf("m2")[ReplyWeights.SAME_TARGET]).isZero();
    }

    @Test
    void minutesBackFallInOneBucketEach() {
        say("keel", "the backup script works with the new disk");          // m0
        clock = clock.plus(Duration.ofMinutes(5));
        say("varro", "keel: even the incremental one?");
        assertThat(featuresOf("m0")[ReplyWeights.MINUTES + 3]).isEqualTo(1.0);
        double[] f = featuresOf("m0");
        double sum = 0;
        for (int b = 0; b < ReplyWeights.MINUTE_BUCKETS; b++) {
            sum += f[ReplyWeights.MINUTES + b];
        }
        assertThat(sum).isEqualTo(1.0);
    }

    @Test
    void wordsSharedWithTheCandidatesOwnParentAreCounted() {
        say("orrin", "the bluetooth headset pairs but plays no sound");     // m0
        say("pell", "orrin: did you pick it as the output?");               // m1, answers m0
        say("wren", "bluetooth headset works for me after a reboot");
        assertThat(featuresOf("m1")[ReplyWeights.PARENT_SHARED_WORDS]).isEqualTo(2.0);
        assertThat(featuresOf("m0")[ReplyWeights.PARENT_SHARED_WORDS]).isZero();
    }

    @Test
    void namingTheCandidatesAuthorMidSentenceIsAMentionNotAnAddress() {
        say("marlow", "the scanner shows up but never scans");              // m0
        say("tessaly", "good morning everyone");                            // m1
        say("quince", "I think marlow has the same model as mine");
        assertThat(featuresOf("m0")[ReplyWeights.MENTIONS_AUTHOR]).isEqualTo(1.0);
        assertThat(featuresOf("m0")[ReplyWeights.ADDRESSES_AUTHOR]).isZero();
        assertThat(featuresOf("m1")[ReplyWeights.MENTIONS_AUTHOR]).isZero();
    }

    @Test
    void aCandidateNamingTheAuthorMidSentenceMentionsThem() {
        say("orrin", "how do I list the open ports?");                      // m0
        say("pell", "the command orrin wants is probably ss");              // m1
        say("wren", "is the mirror down for anyone else?");                 // m2
        say("orrin", "that prints a long table");
        assertThat(featuresOf("m1")[ReplyWeights.MENTIONED_BY_CANDIDATE]).isEqualTo(1.0);
        assertThat(featuresOf("m2")[ReplyWeights.MENTIONED_BY_CANDIDATE]).isZero();
    }

    @Test
    void anExchangeTheAuthorHasSinceMovedOnFromIsMarked() {
        say("pell", "try booting the older kernel");                        // m0
        say("orrin", "pell: that one hangs too");                           // m1
        say("pell", "then check the logs from the last boot");              // m2
        say("orrin", "where are those kept?");
        assertThat(featuresOf("m0")[ReplyWeights.AUTHOR_TO_THEM_SINCE]).isEqualTo(1.0);
        assertThat(featuresOf("m2")[ReplyWeights.AUTHOR_TO_THEM_SINCE]).isZero();
    }

    @Test
    void theAddresseesLatestMessageAimedAtNoOneElseIsMarked() {
        say("tessaly", "anyone around?");                                   // m0
        say("marlow", "the scanner shows up but never scans");              // m1
        say("marlow", "tessaly: yes, what's up");                           // m2
        say("quince", "marlow: which scanner model is it");
        assertThat(featuresOf("m1")[ReplyWeights.ADDRESSEES_LATEST_FREE]).isEqualTo(1.0);
        assertThat(featuresOf("m2")[ReplyWeights.ADDRESSEES_LATEST_FREE]).isZero();
    }

    @Test
    void aCandidateItsAuthorWentOnFromAtOnceContinuesARun() {
        say("marlow", "my laptop will not wake from suspend");              // m0
        say("marlow", "the screen stays black, the fan spins");             // m1
        say("quince", "which graphics card does it have?");
        assertThat(featuresOf("m0")[ReplyWeights.RUN_CONTINUES]).isEqualTo(1.0);
        assertThat(featuresOf("m1")[ReplyWeights.RUN_CONTINUES]).isZero();
    }

    @Test
    void aQuestionAfterSomeoneElsesQuestionIsMarkedAsBothAsking() {
        say("marlow", "does the live image support secure boot?");          // m0
        say("tessaly", "the installer finished without errors");            // m1
        say("quince", "which release are you trying?");
        assertThat(featuresOf("m0")[ReplyWeights.BOTH_QUESTIONS]).isEqualTo(1.0);
        assertThat(featuresOf("m1")[ReplyWeights.BOTH_QUESTIONS]).isZero();
    }

    @Test
    void startingAfreshIsWeighedAgainstTheAuthorsPreviousMessageBeingAimedAndAnswered() {
        say("pell", "back from lunch");                                     // m0
        say("orrin", "pell: is the firewall on by default?");               // m1
        say("pell", "orrin: no, you enable it yourself");                   // m2, answers m1
        say("orrin", "what is a good editor for large files?");
        assertThat(inference.features(0)[ReplyWeights.NONE_OWN_PREVIOUS_AIMED]).isEqualTo(1.0);
        assertThat(inference.features(0)[ReplyWeights.NONE_OWN_PREVIOUS_ANSWERED]).isEqualTo(1.0);
        say("wren", "how do I change the login screen wallpaper?");
        assertThat(inference.features(0)[ReplyWeights.NONE_OWN_PREVIOUS_AIMED]).isZero();
        assertThat(inference.features(0)[ReplyWeights.NONE_OWN_PREVIOUS_ANSWERED]).isZero();
    }

    @Test
    void theAuthorsOwnMessageThatSomeoneAnsweredIsMarked() {
        say("orrin", "how do I list the open ports?");                      // m0
        say("pell", "orrin: run ss -tlnp");                                 // m1, answers m0
        say("orrin", "I also want to see the process names");               // m2
        say("orrin", "and the owning users if possible");
        assertThat(featuresOf("m0")[ReplyWeights.OWN_ANSWERED]).isEqualTo(1.0);
        assertThat(featuresOf("m2")[ReplyWeights.OWN_ANSWERED]).isZero();
    }

    @Test
    void aCandidateAnsweringTheAuthorsPreviousMessageIsMarked() {
        say("orrin", "how do I list the open ports?");                      // m0
        say("pell", "orrin: run ss -tlnp");                                 // m1, answers m0
        say("wren", "is the mirror down for anyone else?");                 // m2
        say("orrin", "that prints a long table");
        assertThat(featuresOf("m1")[ReplyWeights.ANSWERS_OWN_PREVIOUS]).isEqualTo(1.0);
        assertThat(featuresOf("m2")[ReplyWeights.ANSWERS_OWN_PREVIOUS]).isZero();
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
