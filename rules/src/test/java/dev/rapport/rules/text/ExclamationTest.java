package dev.rapport.rules.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExclamationTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "how gorgeous is that glaze?",
        "omg how cute are these 😍 who knew?",
        "can you believe it sold out in an hour?",
        "Guess what? the kiln is fixed",
        "what's not to love?",
        "how COOL is this, well done!! can you believe it?",
    })
    void aQuestionThatOnlyExclaimsAsksNothing(String text) {
        assertThat(Exclamation.is(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "how cute is that? which glaze did you use?",
        "how is the new kiln working out?",
        "how good is the 9ct gold for everyday rings?",
        "who knows a good framer in Leeds?",
        "can you bring the ladder back tomorrow?",
        "so pretty! https://example.org/shop?item=4",
    })
    void aQuestionThatAsksSomethingIsNoExclamation(String text) {
        assertThat(Exclamation.is(text)).isFalse();
    }

    /** Asking who among everyone would join or is in calls for hands from the room, not for one reader's answer. */
    @ParameterizedTest
    @ValueSource(strings = {
        "we could book the big table at the cafe. who'd come?",
        "bring-and-share picnic in the park on Sunday. who's in?",
        "I'll drive to the fair at eight. who else?",
    })
    void askingWhoWouldJoinPutsItToTheRoom(String text) {
        assertThat(Exclamation.is(text)).isTrue();
    }

    /** Asking the reader whom they would pick, or who did something, asks them. */
    @ParameterizedTest
    @ValueSource(strings = {
        "we need a framer for the show. who would you pick?",
        "who'd you trust with a hand-thrown bowl in the post?",
        "who made the blue jug on the front table?",
    })
    void askingTheReaderWhoIsNoCallForHands(String text) {
        assertThat(Exclamation.is(text)).isFalse();
    }

    /**
     * "guess" told as a command, then a question word, teases news the writer is about to give: the reader is invited
     * to enjoy it, not asked for an answer.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "guess who finally got the allotment plot by the river??",
        "omg guess where the ferry left us stranded?",
        "@sam guess how many jars sold at the fete?",
    })
    void aTeaserOpenedOnGuessAsksNothing(String text) {
        assertThat(Exclamation.is(text)).isTrue();
    }

    /** "guess" with a subject or a modal before it asks the reader to try, and a teaser then a real question asks. */
    @ParameterizedTest
    @ValueSource(strings = {
        "can you guess who painted the lighthouse mural?",
        "I couldn't guess which tent was ours, could you?",
        "guess who rang the bell? and are you free on Sunday?",
    })
    void guessingAskedOfTheReaderStillAsks(String text) {
        assertThat(Exclamation.is(text)).isFalse();
    }

    /** Surprise or agreement said back ("oh really?", "right?") reacts: nobody waits on its answer. */
    @ParameterizedTest
    @ValueSource(strings = {
        "wow, seriously? I had no idea the bridge was shut",
        "right?",
        "wow, seriously? 🤯",
        "no way? that's brilliant",
        "haha for real?",
    })
    void aQuestionThatOnlyReactsAsksNothing(String text) {
        assertThat(Exclamation.is(text)).isTrue();
    }

    /** A hedge's rising tone closes a statement: the writer offers an uncertain answer and asks nothing back. */
    @ParameterizedTest
    @ValueSource(strings = {
        "the library stays open till eight on fridays I think?",
        "it was the Thursday class I guess?",
        "the blue kiln fires hotter iirc?",
    })
    void aStatementClosedByAHedgeAsksNothing(String text) {
        assertThat(Exclamation.is(text)).isTrue();
    }

    /** After a remark, one's own way told with a rising tone is an answer from experience: it asks nothing back. */
    @ParameterizedTest
    @ValueSource(strings = {
        "not the big pan, but I bake mine in the small one and it comes out fine?",
        "no idea about the app, we keep ours in a paper notebook and it does the job?",
    })
    void ownWayToldWithARisingToneAfterARemarkAsksNothing(String text) {
        assertThat(Exclamation.is(text)).isTrue();
    }

    /** Alone, with a "you", or with a question inside it, a first-person sentence with a question mark still asks. */
    @ParameterizedTest
    @ValueSource(strings = {
        "I can bring the ladder on Thursday?",
        "not the big pan, but I was wondering if the small one is any good?",
        "not the big pan, but I could lend you the small one?",
        "the file is fine, but I need the signed copy by Friday?",
    })
    void aFirstPersonSentenceThatAsksStillAsks(String text) {
        assertThat(Exclamation.is(text)).isFalse();
    }

    /** After a remark, an idea offered with a question's tentative tone is a suggestion: nobody owes it an answer. */
    @ParameterizedTest
    @ValueSource(strings = {
        "the left strap sits a bit higher, maybe the buckle?",
        "lovely colours! perhaps a slightly darker frame?",
        "the corner shop sells them, maybe ask there?",
    })
    void aSuggestionOfferedAfterARemarkAsksNothing(String text) {
        assertThat(Exclamation.is(text)).isTrue();
    }

    /** An idea with nothing said before it proposes, and one with a person in it asks or proposes something of them. */
    @ParameterizedTest
    @ValueSource(strings = {
        "maybe lunch on Friday?",
        "@Ana Lee maybe lunch on Friday?",
        "@Ana, perhaps the Friday class?",
        "great meeting you, maybe we could swap notes on Friday?",
        "the file is too big for email, perhaps you could upload it?",
        "the left strap sits higher, maybe the buckle? which one did you use?",
    })
    void aProposalOrARequestWithAMaybeStillAsks(String text) {
        assertThat(Exclamation.is(text)).isFalse();
    }

    /** Said inside a reply, a question to "anyone" asks whoever reads, not the person replied to. */
    @ParameterizedTest
    @ValueSource(strings = {
        "good question for the room. has anybody driven the coast road lately?",
        "sorry, not my area. can anybody help with this one?",
    })
    void aQuestionPutToTheRoomAsksNoOneInParticular(String text) {
        assertThat(Exclamation.is(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "really? which one did you buy?",
        "did you sand it first I think?",
        "is it the blue one?",
        "can anyone help you with that, or should I?",
        "what do you think?",
        "right, so when are you free?",
    })
    void aReactionOrHedgeBesideARealQuestionStillAsks(String text) {
        assertThat(Exclamation.is(text)).isFalse();
    }

    /**
     * Wonder said as a question is said with doubled marks as often as not ("how stunning is that??"), and as "what a
     * ..." ("what a find?!"): neither asks anything. "What a" with a real question after it still asks.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "@Rafa how stunning is that walnut bowl you posted??",
        "how wonderful is this???",
        "omg what a find??",
        "what an absolute beauty?!",
    })
    void wonderWithDoubledMarksOrWhatAAsksNothing(String text) {
        assertThat(Exclamation.is(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "what a lovely bowl, where did you get the wood?",
        "what a day. did you get the van back??",
        "how big is that tank??",
        "what a find, did you pay much?",
    })
    void aRealQuestionAfterWonderStillAsks(String text) {
        assertThat(Exclamation.is(text)).isFalse();
    }

    /** A guess in a statement's order after a remark ("... the co-op might stock it?") points the way, asks nothing. */
    @ParameterizedTest
    @ValueSource(strings = {
        "no idea, I am away all month. Idris might stock them?",
        "that one is sold out, the shop may have one left?",
    })
    void aGuessInAStatementsOrderAfterARemarkAsksNothing(String text) {
        assertThat(Exclamation.is(text)).isTrue();
    }

    /** With the modal first, a person in it, or nothing said before, the same words still ask. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Idris might stock them?",
        "no idea, I am away all month. might Idris stock them?",
        "that one is sold out, you might have one left?",
        "that one is sold out, who might have one left?",
    })
    void aGuessWithTheModalFirstOrAPersonStillAsks(String text) {
        assertThat(Exclamation.is(text)).isFalse();
    }

    /**
     * A guess set against one's own remark by "but" ("booked that night, but Idris might want it?") points to someone
     * else as the plain guess does; what the one guessed about may want is the guess, not the writer's ask.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "booked solid that weekend, but Idris might want it?",
        "not my sort of job, but the glazier may need a hand?",
    })
    void aGuessSetAgainstTheRemarkByButPointsTheWayAndAsksNothing(String text) {
        assertThat(Exclamation.is(text)).isTrue();
    }

    /** After "but" too, the modal first, a person in the guess, or a question word still ask. */
    @ParameterizedTest
    @ValueSource(strings = {
        "booked solid that weekend, but might Idris want it?",
        "booked solid that weekend, but you might want it?",
        "booked solid that weekend, but who might want it?",
        "booked solid that weekend, but Idris might know when it starts?",
    })
    void aGuessAfterButWithTheModalFirstAPersonOrAQuestionWordStillAsks(String text) {
        assertThat(Exclamation.is(text)).isFalse();
    }

    /** In an answer to the reader's own question, an idea offered tentatively needs no remark before it. */
    @org.junit.jupiter.api.Test
    void aTentativeIdeaInAnAnswerAsksNothingBack() {
        assertThat(Exclamation.isInAnswer("maybe trim the intro? the second line is where it starts")).isTrue();
        assertThat(Exclamation.isInAnswer("perhaps a lighter glaze? the dark one hides the carving")).isTrue();
        assertThat(Exclamation.is("maybe trim the intro? the second line is where it starts")).isFalse();
    }

    /**
     * In an answer to the reader's own question, an idea named alone beside a remark of the writer's asks nothing back.
     */
    @org.junit.jupiter.api.Test
    void anIdeaNamedBesideARemarkInAnAnswerAsksNothingBack() {
        assertThat(Exclamation.isInAnswer("Dragons? the reading group has drawn nothing else since January"))
                .isTrue();
        assertThat(Exclamation.isInAnswer("count me in. a quiz night for the parents?")).isTrue();
        assertThat(Exclamation.is("count me in. a quiz night for the parents?")).isFalse();
    }

    /** A bare word, a day, a choice put back or a figure still asks, as does a phrase with a verb of a question. */
    @org.junit.jupiter.api.Test
    void anIdeaAloneADayAChoiceOrAFigureStillAsksInAnAnswer() {
        assertThat(Exclamation.isInAnswer("Dragons?")).isFalse();
        assertThat(Exclamation.isInAnswer("Tomorrow? the shed is locked tonight")).isFalse();
        assertThat(Exclamation.isInAnswer("a cordless one or a corded? I have both in the van")).isFalse();
        assertThat(Exclamation.isInAnswer("a £10 ticket each? the hall wants paying up front")).isFalse();
        assertThat(Exclamation.isInAnswer("sounds fun. a quiz night, would you host it?")).isFalse();
    }

    /** With a person in it the same tone still proposes or asks, answer or not. */
    @org.junit.jupiter.api.Test
    void aTentativeProposalWithAPersonStillAsksInAnAnswer() {
        assertThat(Exclamation.isInAnswer("maybe we could look at it together on Friday?")).isFalse();
        assertThat(Exclamation.isInAnswer("perhaps you could send me the clip?")).isFalse();
        assertThat(Exclamation.isInAnswer("maybe trim the intro? which cut did you try first?")).isFalse();
    }

    /** In an answer to the reader's own question, a guess opened by a hedge gives what the writer believes. */
    @org.junit.jupiter.api.Test
    void aGuessOpenedByAHedgeInAnAnswerAsksNothingBack() {
        assertThat(Exclamation.isInAnswer("I think you halve it, only the van's work miles?")).isTrue();
        assertThat(Exclamation.isInAnswer("i reckon the blue form covers that, section four?")).isTrue();
        assertThat(Exclamation.is("I think you halve it, only the van's work miles?")).isFalse();
    }

    /** The same hedge before a question, or before something asked for the writer, still asks. */
    @org.junit.jupiter.api.Test
    void aHedgeBeforeSomethingAskedStillAsksInAnAnswer() {
        assertThat(Exclamation.isInAnswer("I think you could send me the receipts first?")).isFalse();
        assertThat(Exclamation.isInAnswer("I think did you file it already?")).isFalse();
        assertThat(Exclamation.isInAnswer("I think you know when the deadline is?")).isFalse();
    }

    /** In an answer to the reader's own question, a choice handed back to weigh and settled by the writer's pick. */
    @org.junit.jupiter.api.Test
    void aChoiceToWeighSettledByTheWritersOwnPickAsksNothingBackInAnAnswer() {
        assertThat(Exclamation.isInAnswer("which would you still enjoy next spring? I'd go with the allotment"))
                .isTrue();
        assertThat(Exclamation.isInAnswer("who would you rather learn from? i would pick the older crew")).isTrue();
        assertThat(Exclamation.is("which would you still enjoy next spring? I'd go with the allotment")).isFalse();
    }

    /** With no pick after it, or another question after the pick, the choice still waits for the asker's word. */
    @org.junit.jupiter.api.Test
    void aChoiceToWeighWithNoPickOrAnotherQuestionStillAsksInAnAnswer() {
        assertThat(Exclamation.isInAnswer("which would you still enjoy next spring?")).isFalse();
        assertThat(Exclamation.isInAnswer("which day would suit you? I'd go for Friday, or is that too late?"))
                .isFalse();
        assertThat(Exclamation.isInAnswer("when would you start? I'd go in May")).isFalse();
    }
}
