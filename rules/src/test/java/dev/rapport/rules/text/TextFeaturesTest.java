package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFeaturesTest {

    @Test
    void countsFirstAndSecondPersonWords() {
        TextFeatures f = TextFeatures.of("I think my shop and your shop could work together, don't you?");
        assertThat(f.firstPerson()).isEqualTo(2);
        assertThat(f.secondPerson()).isEqualTo(2);
    }

    @Test
    void recognisesQuestionsByMarkOrOpening() {
        assertThat(TextFeatures.of("anyone know a good printer").question()).isTrue();
        assertThat(TextFeatures.of("is it worth it?").question()).isTrue();
        assertThat(TextFeatures.of("how do I export my data").question()).isTrue();
        assertThat(TextFeatures.of("does it work with soy wax").question()).isTrue();
        assertThat(TextFeatures.of("any tips for a first market stall").question()).isTrue();
    }

    @Test
    void statementsAreNotQuestions() {
        assertThat(TextFeatures.of("do it now, it works").question()).isFalse();
        assertThat(TextFeatures.of("shipped the new release today").question()).isFalse();
        assertThat(TextFeatures.of("Will do, thanks Olu!").question()).isFalse();
        assertThat(TextFeatures.of("Would love to join the fair").question()).isFalse();
        assertThat(TextFeatures.of("When I started I priced far too low").question()).isFalse();
    }

    /**
     * Chat often tells first and asks last, without the mark: the last sentence's opening asks as a message's does
     * ("new to glazing. does anyone here mix their own slips").
     */
    @Test
    void aQuestionInTheLastSentenceWithoutItsMarkStillAsks() {
        assertThat(TextFeatures.of("bought the kiln second hand last spring. does anyone know where the manual is")
                .question()).isTrue();
        assertThat(TextFeatures.of("moved my stall to the square on Saturdays.\nis the corner spot worth the extra fee")
                .question()).isTrue();
        assertThat(TextFeatures.of("new here! how do you all price commissions").question()).isTrue();
    }

    /** The same test for the last sentence: statements, past tellings and numbers there still tell. */
    @Test
    void aLastSentenceThatTellsLeavesTheMessageAStatement() {
        assertThat(TextFeatures.of("finished the glaze test. was a long day at the studio").question()).isFalse();
        assertThat(TextFeatures.of("thanks for the tip. will do that next firing").question()).isFalse();
        assertThat(TextFeatures.of("sold out at the fair. 12 were gone by noon").question()).isFalse();
        assertThat(TextFeatures.of("the shop is at wrenandco.example. do it now while the sale is on").question())
                .isFalse();
    }

    /** A number that opens the sentence is its subject: "7 is plenty" tells, whatever verb follows it. */
    @Test
    void aSentenceOpenedByANumberIsAStatement() {
        assertThat(TextFeatures.of("7 is plenty for a first market, you were brave").question()).isFalse();
        assertThat(TextFeatures.of("40 were sold by lunch on the first day").question()).isFalse();
    }

    /** The same words with their question mark, or with no number before them, still ask. */
    @Test
    void aNumberAfterTheOpeningOrAQuestionMarkStillAsks() {
        assertThat(TextFeatures.of("can people fit 7 tables in one stall").question()).isTrue();
        assertThat(TextFeatures.of("7 is enough for a first market?").question()).isTrue();
    }

    /**
     * A room named before the first word is the sentence's subject: "#repairs is where to ask" points somewhere, it
     * asks nothing, also after a greeting ("hey Jo! #garden is the room for seeds").
     */
    @Test
    void aSentenceOpenedByAChannelPointsToItAndAsksNothing() {
        assertThat(TextFeatures.of("#repairs is the room for boiler trouble").question()).isFalse();
        assertThat(TextFeatures.of("hey Jo! #garden is where we swap seeds, plenty there").question()).isFalse();
        assertThat(TextFeatures.of("<#4411> is where the tutors hang out").question()).isFalse();
    }

    /** The same opening without the room before it, or with its question mark, still asks. */
    @Test
    void isOpeningASentenceWithoutAChannelBeforeItStillAsks() {
        assertThat(TextFeatures.of("hey Jo! is the room for seeds still open").question()).isTrue();
        assertThat(TextFeatures.of("#garden is the room for seeds?").question()).isTrue();
    }

    /**
     * The room named at the head of a message's last sentence leads it whether or not the message closes on a full
     * stop: "thanks Mo. #lettings is the room for flat shares." points the way, as it does without the stop.
     */
    @Test
    void aLastSentenceOpenedByAChannelAsksNothingThoughTheMessageEndsOnAFullStop() {
        assertThat(TextFeatures.of("thanks Mo. #lettings is the room for flat shares.").question()).isFalse();
        assertThat(TextFeatures.of("hiya Bea! <#7702> is the place for your spare tickets!").question()).isFalse();
    }

    /** The same last sentence opened by its auxiliary, with no room before it, still asks, full stop or not. */
    @Test
    void aLastSentenceOpenedByItsAuxiliaryStillAsksThoughTheMessageEndsOnAFullStop() {
        assertThat(TextFeatures.of("thanks Mo. is the room for flat shares still open.").question()).isTrue();
        assertThat(TextFeatures.of("#lettings is busy. is the room for flat shares still open.").question()).isTrue();
    }

    /**
     * Chat drops the "I" or "it" before a past verb: "had a lovely time", "did the winter one" tell what happened;
     * without its question mark a past verb before an article or "my" is no question's opening.
     */
    @Test
    void aPastVerbBeforeAnArticleWithoutAQuestionMarkTells() {
        assertThat(TextFeatures.of("did the winter one at the lido, it was freezing").question()).isFalse();
        assertThat(TextFeatures.of("had a lovely time at the fair").question()).isFalse();
        assertThat(TextFeatures.of("was my first time on a wheel, loved it").question()).isFalse();
    }

    /** "One" after a past verb is often the count of what was done, the "I" dropped: it tells, unless "one of" asks. */
    @Test
    void aPastVerbBeforeOneThingWithoutAQuestionMarkTells() {
        assertThat(TextFeatures.of("did one drawer front so far, the grain looks lovely").question()).isFalse();
        assertThat(TextFeatures.of("had one jar left after the market").question()).isFalse();
    }

    @Test
    void aPastQuestionAboutOneOfThemStillAsks() {
        assertThat(TextFeatures.of("did one of you borrow my clamps").question()).isTrue();
        assertThat(TextFeatures.of("did one drawer front stick?").question()).isTrue();
    }

    /** A past question with its subject, or with its question mark, still asks. */
    @Test
    void aPastQuestionWithItsSubjectOrMarkStillAsks() {
        assertThat(TextFeatures.of("did you try the winter one at the lido").question()).isTrue();
        assertThat(TextFeatures.of("was it busy at the fair").question()).isTrue();
        assertThat(TextFeatures.of("did the parcel arrive?").question()).isTrue();
    }

    /**
     * "do" before an article closing a message after a remark, with no question mark, is advice: the reader is told
     * what to do, not asked anything (since session 48).
     */
    @Test
    void doBeforeAnArticleAfterARemarkGivesAdvice() {
        assertThat(TextFeatures.of("congrats on the new allotment. do the digging in autumn, less weeding later")
                .question()).isFalse();
        assertThat(TextFeatures.of("you'll smash it! do a dry run with the projector first").question()).isFalse();
    }

    /** Opening the message, with its mark, or with a subject after "do", the same words still ask. */
    @Test
    void doBeforeAnArticleOpeningTheMessageOrWithItsMarkStillAsks() {
        assertThat(TextFeatures.of("do the vans leave from the depot on sundays").question()).isTrue();
        assertThat(TextFeatures.of("just moved in. do the bins go out on tuesday?").question()).isTrue();
        assertThat(TextFeatures.of("just moved in. do you know when the bins go out").question()).isTrue();
    }

    /** "have" or "may" before an article or "your", without a question mark, wishes someone well: nothing to answer. */
    @Test
    void aWellWishWithoutAQuestionMarkAsksNothing() {
        assertThat(TextFeatures.of("have a safe drive up to the coast").question()).isFalse();
        assertThat(TextFeatures.of("have the loveliest weekend away 🌞").question()).isFalse();
        assertThat(TextFeatures.of("may the fastest boat take the cup").question()).isFalse();
        assertThat(TextFeatures.of("may your glaze come out of the kiln whole").question()).isFalse();
    }

    /** With a subject after "have" or "may", or with its question mark, the same opening still asks. */
    @Test
    void haveOrMayBeforeASubjectOrWithAMarkStillAsks() {
        assertThat(TextFeatures.of("have you tried the bigger kiln yet").question()).isTrue();
        assertThat(TextFeatures.of("may I borrow the long clamps").question()).isTrue();
        assertThat(TextFeatures.of("have the parcels gone out?").question()).isTrue();
    }

    /** An auxiliary set off by a comma is said on its own, as a reply: the rest of the message tells, it does not ask. */
    @Test
    void anOpeningAuxiliarySetOffByACommaAsksNothing() {
        assertThat(TextFeatures.of("don't, we've all wired a plug backwards once").question()).isFalse();
        assertThat(TextFeatures.of("will do, see you at the club night").question()).isFalse();
        assertThat(TextFeatures.of("can't — the van is booked all weekend").question()).isFalse();
    }

    /** Run straight into its subject, the same auxiliary still opens a question without its mark. */
    @Test
    void anOpeningAuxiliaryRunningIntoItsSubjectStillAsks() {
        assertThat(TextFeatures.of("don't we need a permit for the stall").question()).isTrue();
        assertThat(TextFeatures.of("will you bring the spare leads").question()).isTrue();
    }

    /**
     * A past verb and the thing done, the clause ending there ("did it, ...", "did that. ..."), reports back with the
     * "I" dropped: done as told, nothing asked.
     */
    @Test
    void aPastVerbAndTheThingDoneEndingTheirClauseReportBack() {
        assertThat(TextFeatures.of("Did it, the bread rose twice as high. Cheers for that").question()).isFalse();
        assertThat(TextFeatures.of("did that. the hinge still squeaks a bit").question()).isFalse();
        assertThat(TextFeatures.of("had it - back on the road by lunch").question()).isFalse();
    }

    /**
     * A past verb and the thing done, then how, when or how often ("did it ... twice", "... with ...") with no verb
     * after the thing, reports back with the "I" dropped: done as told, nothing asked.
     */
    @Test
    void aPastVerbAndTheThingDoneThenHowItWasDoneReportBack() {
        assertThat(TextFeatures.of("Did it twice over like the video showed, the seam lies flat now.").question())
                .isFalse();
        assertThat(TextFeatures.of("did that with the finer sandpaper, much smoother").question()).isFalse();
        assertThat(TextFeatures.of("had it by the window all week and the leaves perked up").question()).isFalse();
    }

    /** The same words after a verb, or with the question mark, still ask. */
    @Test
    void aPastVerbAndTheThingThenAVerbBeforeHowItWasDoneStillAsks() {
        assertThat(TextFeatures.of("did it sit by the window all week").question()).isTrue();
        assertThat(TextFeatures.of("did that with the finer grit help?").question()).isTrue();
    }

    /** Going on to a verb, the same opening asks whether it worked, with or without its mark. */
    @Test
    void aPastVerbAndTheThingGoingOnToAVerbStillAsks() {
        assertThat(TextFeatures.of("did it rise in the end after the second proof").question()).isTrue();
        assertThat(TextFeatures.of("did that fix the squeak on the hinge").question()).isTrue();
    }

    @Test
    void linksAndMentionsAreNotWords() {
        assertThat(TextFeatures.of("<@123> https://a.example/you/your look").words()).isEqualTo(1);
    }

    /**
     * "looking for one" opening a message, the "one" a thing named before it (the sentence ends, or says where or
     * when), is the advice someone gave taken up, not a request to the room.
     */
    @Test
    void aSearchForOneOpeningAMessageTakesUpWhatWasSaidAndAsksNothing() {
        assertThat(TextFeatures.of("looking for one in Bristol this week, cheers").question()).isFalse();
        assertThat(TextFeatures.of("Searching for one nearby now, thanks again").question()).isFalse();
        assertThat(TextFeatures.of("Looking for one. Really appreciate the pointer").question()).isFalse();
    }

    /** "one" before what is sought counts it, and a search after a remark takes up that remark: both still ask. */
    @Test
    void aSearchForOneMorePersonOrAfterARemarkStillAsks() {
        assertThat(TextFeatures.of("looking for one more driver for the Sunday trip").question()).isTrue();
        assertThat(TextFeatures.of("Looking for one volunteer to run the raffle").question()).isTrue();
        assertThat(TextFeatures.of("Our van died. Looking for one in Bristol this week").question()).isTrue();
    }

    /** "someone has to", "somebody was", "anyone is": the room word tells of someone; with the verb bare it asks. */
    @Test
    void aRoomWordBeforeAToldVerbTellsBeforeABareVerbAsks() {
        assertThat(TextFeatures.of("Somebody has to!").question()).isFalse();
        assertThat(TextFeatures.of("someone was up early, the hall is spotless").question()).isFalse();
        assertThat(TextFeatures.of("anyone is welcome at the quiz").question()).isFalse();
        assertThat(TextFeatures.of("someone have a spare torch").question()).isTrue();
        assertThat(TextFeatures.of("anyone had the boiler do this").question()).isTrue();
        assertThat(TextFeatures.of("somebody has to lock up?").question()).isTrue();
    }
}
