package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoAnswerAwaitedTest {

    @Test
    void aBareMarkAfterAName() {
        assertThat(NoAnswerAwaited.is("?")).isTrue();
        assertThat(NoAnswerAwaited.is("marta: ?? :P")).isTrue();
        assertThat(NoAnswerAwaited.is("?!")).isTrue();
    }

    @Test
    void aMarkWithWordsOrNumbersAsks() {
        assertThat(NoAnswerAwaited.is("marta: 12?")).isFalse();
        assertThat(NoAnswerAwaited.is("marta: tonight?")).isFalse();
        assertThat(NoAnswerAwaited.is("which one? :)")).isFalse();
    }

    @Test
    void aQuestionTakenBack() {
        assertThat(NoAnswerAwaited.is("did the parcel arrive? never mind, tracking says yes")).isTrue();
        assertThat(NoAnswerAwaited.is("which bus did you take? (not that it matters now)")).isTrue();
        assertThat(NoAnswerAwaited.is("is the hall free on monday? nvm")).isTrue();
    }

    @Test
    void aQuestionThatMerelySaysNeverMindStillAsks() {
        assertThat(NoAnswerAwaited.is("never mind the price, which one is quieter?")).isFalse();
        assertThat(NoAnswerAwaited.is("does it matter which port I plug it into?")).isFalse();
        assertThat(NoAnswerAwaited.is("did the parcel arrive?")).isFalse();
    }

    /** A question its asker answers at once ("the red bucket? no, the tall one") is a correction said aloud. */
    @Test
    void aQuestionItsAskerAnswersAtOnce() {
        assertThat(NoAnswerAwaited.is("the red bucket? no, the tall one. my memory this week")).isTrue();
        assertThat(NoAnswerAwaited.is("was the ferry worth the wait? yes, every minute of it")).isTrue();
    }

    /** With a "you" in the question, a "no worries", or a question after the answer, it still asks. */
    @Test
    void aQuestionAnsweredOnlyInPartOrPutToSomeoneStillAsks() {
        assertThat(NoAnswerAwaited.is("did you get the invoice? no, the second one I mean")).isFalse();
        assertThat(NoAnswerAwaited.is("could I borrow the ladder? no worries if not")).isFalse();
        assertThat(NoAnswerAwaited.is("the red bucket? no, the tall one. which shelf is it on?")).isFalse();
    }

    @Test
    void aNameAloneWithAMarkOnlyCallsThatPerson() {
        assertThat(NoAnswerAwaited.onlyCalls("marta?", "marta")).isTrue();
        assertThat(NoAnswerAwaited.onlyCalls("Marta ??", "marta")).isTrue();
        assertThat(NoAnswerAwaited.onlyCalls("@Marta?", "4417")).isTrue();
    }

    @Test
    void aOneWordQuestionThatIsNotTheirNameStillAsks() {
        assertThat(NoAnswerAwaited.onlyCalls("tonight?", "marta")).isFalse();
        assertThat(NoAnswerAwaited.onlyCalls("why?", "marta")).isFalse();
        assertThat(NoAnswerAwaited.onlyCalls("marta? which bus?", "marta")).isFalse();
    }

    @Test
    void aQuestionWhoseAnswerIsFreeToComeInPrivateAwaitsNoneThatCanBeSeen() {
        assertThat(NoAnswerAwaited.is("where do you keep the spare key? (DM fine)")).isTrue();
        assertThat(NoAnswerAwaited.is("what did they quote you? DMs are ok")).isTrue();
        assertThat(NoAnswerAwaited.is("any tips on the form? feel free to DM me")).isTrue();
    }

    @Test
    void askingToBeMessagedStillAsks() {
        assertThat(NoAnswerAwaited.is("can you DM me the details?")).isFalse();
        assertThat(NoAnswerAwaited.is("interested? dm me")).isFalse();
        assertThat(NoAnswerAwaited.is("is the DM feature ok on your phone?")).isFalse();
    }

    @Test
    void smallTalkAboutTheirTimeAwayAsTheOnlyQuestionWelcomesThemBack() {
        assertThat(NoAnswerAwaited.is("Kit had it covered, no stress. Nice trip?")).isTrue();
        assertThat(NoAnswerAwaited.is("all done now, ta. how was the honeymoon?")).isTrue();
        assertThat(NoAnswerAwaited.is("Good weekend? 🙂")).isTrue();
        assertThat(NoAnswerAwaited.is("welcome back! did you have a good break?")).isTrue();
    }

    @Test
    void aQuestionOfSubstanceBesideTheSmallTalkOrAboutTheOccasionsDetailsStillAsks() {
        assertThat(NoAnswerAwaited.is("good trip? and did the invoice go out before you left?")).isFalse();
        assertThat(NoAnswerAwaited.is("did the invoice go out? good trip otherwise?")).isFalse();
        assertThat(NoAnswerAwaited.is("how was the wedding venue for parking, would you book it?")).isFalse();
        assertThat(NoAnswerAwaited.is("is the trip still on for Friday?")).isFalse();
    }

    @Test
    void aTeaseAsTheOnlyQuestionIsAJokeNotAQuestionOwed() {
        assertThat(NoAnswerAwaited.is("Slides are done, twenty minutes on sourdough. Coming along to heckle?")).isTrue();
        assertThat(NoAnswerAwaited.is("first gig on Friday. you gonna stand at the back and boo? :D")).isTrue();
        assertThat(NoAnswerAwaited.is("Will you sit in the front row and laugh at me?")).isTrue();
    }

    @Test
    void aTeaseBesideARealQuestionOrAQuestionAboutHecklersStillAsks() {
        assertThat(NoAnswerAwaited.is("Coming to heckle? and can you bring the spare cable?")).isFalse();
        assertThat(NoAnswerAwaited.is("can you bring the spare cable? coming to heckle?")).isFalse();
        assertThat(NoAnswerAwaited.is("Coming on Friday? Bring the spare cable.")).isFalse();
        assertThat(NoAnswerAwaited.is("how do you deal with hecklers at an open mic?")).isFalse();
    }

    @Test
    void aGuessVouchedForByTheAskersOwnDoingAgreesAndAwaitsNoReply() {
        assertThat(NoAnswerAwaited.is("Raised beds? That's what we did, never looked back.")).isTrue();
        assertThat(NoAnswerAwaited.is("Double glazing on the shed? that's how I kept it dry")).isTrue();
    }

    @Test
    void aGuessWithAVerbOrYouOrAQuestionAfterTheVouchingStillAsks() {
        assertThat(NoAnswerAwaited.is("Did you go with raised beds? That's what we did.")).isFalse();
        assertThat(NoAnswerAwaited.is("Raised beds? That's what we did. How deep are yours?")).isFalse();
        assertThat(NoAnswerAwaited.is("Raised beds? What wood did you use?")).isFalse();
    }
}
