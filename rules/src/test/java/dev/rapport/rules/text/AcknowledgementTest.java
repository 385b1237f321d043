package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A thank-you on its own answers nothing; thanks followed by something more may. */
class AcknowledgementTest {

    private static boolean onlyThanks(String text) {
        return Acknowledgement.onlyThanks(text, TextFeatures.of(text), false);
    }

    @Test
    void aThankYouWithTheWordsThatGoWithItIsOnlyThanks() {
        assertThat(onlyThanks("thanks so much!")).isTrue();
        assertThat(onlyThanks("@Bob thank you, really appreciate it")).isTrue();
        assertThat(onlyThanks("awesome, cheers for the tip")).isTrue();
    }

    private static boolean acknowledges(String text) {
        return Acknowledgement.is(text, TextFeatures.of(text), false);
    }

    /**
     * Thanks that tell the helper in words of their own what their help did (which advice worked, what the fault was)
     * report back.
     */
    @Test
    void thanksThatSayWhatTheHelpDidReportBack() {
        assertThat(acknowledges("Restarting the router worked. Thanks!")).isFalse();
        assertThat(acknowledges("Ah, thank you. It was the wrong driver on my laptop")).isFalse();
        assertThat(acknowledges("thanks, the longer cable did the trick")).isFalse();
    }

    /** ... while a thank-you's set phrases ("that worked", "that was it"), approval or a plan only acknowledge. */
    @Test
    void thanksWithASetPhraseApprovalOrAPlanOnlyAcknowledge() {
        assertThat(acknowledges("That worked, thanks!")).isTrue();
        assertThat(acknowledges("thank you, that was it")).isTrue();
        assertThat(acknowledges("fixed, cheers")).isTrue();
        assertThat(acknowledges("Thanks, good idea")).isTrue();
        assertThat(acknowledges("cheers, will try that tonight")).isTrue();
        assertThat(acknowledges("thanks, a fixed price suits me")).isTrue();
    }

    /** People start a message with a capital as often as not: it is the same thank-you, and the same nod. */
    @Test
    void aThankYouTypedWithCapitalsIsOnlyThanksToo() {
        assertThat(onlyThanks("Thanks so much!")).isTrue();
        assertThat(onlyThanks("Makes sense, Thank You both")).isTrue();
        assertThat(onlyThanks("Thanks! The electric one at the studio")).isFalse();
        assertThat(Acknowledgement.onlyANod("Ok Thanks", TextFeatures.of("Ok Thanks"), false)).isTrue();
        assertThat(Acknowledgement.onlyANod("Ok, the blue one", TextFeatures.of("Ok, the blue one"), false)).isFalse();
    }

    /** Saying one understood and thanking the helpers says nothing back to a question put in the same breath. */
    @Test
    void understoodAndThankedIsOnlyThanks() {
        assertThat(onlyThanks("makes sense, thank you both")).isTrue();
        assertThat(onlyThanks("that makes sense, thanks so much")).isTrue();
    }

    /** A count said with the thanks is something said; the digits of a mention are no figure. */
    @Test
    void aFigureSaidWithTheThanksIsMoreThanThanks() {
        assertThat(onlyThanks("all 25, cheers Bob")).isFalse();
        assertThat(onlyThanks("thanks, all 3")).isFalse();
    }

    @Test
    void theDigitsOfAMentionLeaveItOnlyThanks() {
        assertThat(onlyThanks("<@4711> thanks so much")).isTrue();
    }

    @Test
    void understoodAndAnsweredIsMoreThanThanks() {
        assertThat(onlyThanks("makes sense, thanks. and yes I went, it was worth it")).isFalse();
        assertThat(onlyThanks("got two of them, thanks")).isFalse();
        // to "did you get the file?" it says yes
        assertThat(onlyThanks("got it, thanks")).isFalse();
    }

    @Test
    void thanksFollowedByAnAnswerIsMoreThanThanks() {
        assertThat(onlyThanks("thanks! the electric one at the studio")).isFalse();
        assertThat(onlyThanks("thanks, yes")).isFalse();
    }

    @Test
    void aYesWithoutThanksIsNotAThankYou() {
        // "ok" and "perfect" to "can you come at six?" say yes.
        assertThat(onlyThanks("ok")).isFalse();
        assertThat(onlyThanks("perfect")).isFalse();
        assertThat(onlyThanks("great")).isFalse();
    }

    @Test
    void aQuestionOrALinkIsMoreThanThanks() {
        assertThat(onlyThanks("thanks, which one?")).isFalse();
        assertThat(Acknowledgement.onlyThanks("thanks", TextFeatures.of("thanks"), true)).isFalse();
    }

    @Test
    void aNodIsWordsOfThanksOrApprovalAlone() {
        assertThat(Acknowledgement.onlyANod("ok thanks", TextFeatures.of("ok thanks"), false)).isTrue();
        assertThat(Acknowledgement.onlyANod("👍 perfect", TextFeatures.of("👍 perfect"), false)).isTrue();
    }

    @Test
    void aNodThatSaysSomethingMoreIsNotOnlyANod() {
        assertThat(Acknowledgement.onlyANod("ok, the blue one", TextFeatures.of("ok, the blue one"), false)).isFalse();
        assertThat(Acknowledgement.onlyANod("All oils! Thank you both.",
                TextFeatures.of("All oils! Thank you both."), false)).isFalse();
        assertThat(Acknowledgement.onlyANod("ok?", TextFeatures.of("ok?"), false)).isFalse();
    }

    /** The words that go with thanks, said without one ("both" to "the red one, or both?"), answer: no nod. */
    @Test
    void wordsThatGoWithThanksSaidAloneAreNoNod() {
        assertThat(Acknowledgement.onlyANod("both", TextFeatures.of("both"), false)).isFalse();
        assertThat(Acknowledgement.onlyANod("all", TextFeatures.of("all"), false)).isFalse();
        assertThat(Acknowledgement.onlyANod("both, thanks", TextFeatures.of("both, thanks"), false)).isTrue();
        assertThat(Acknowledgement.onlyANod("👍", TextFeatures.of("👍"), false)).isTrue();
    }

    /** Thanks typed short, drawn out, or in another language are thanks all the same. */
    @Test
    void thanksTypedShortDrawnOutOrInAnotherLanguageIsOnlyThanks() {
        assertThat(onlyThanks("many thanks")).isTrue();
        assertThat(onlyThanks("thnx!!")).isTrue();
        assertThat(onlyThanks("thank youuu 😊")).isTrue();
        assertThat(onlyThanks("big thanks mate")).isTrue();
        assertThat(onlyThanks("merci beaucoup!")).isTrue();
        assertThat(onlyThanks("thanks, it's the blue one")).isFalse();
        assertThat(onlyThanks("tks, do you ship to france?")).isFalse();
    }

    /** Thanks with a plan or a nod besides still thanks; a question, a link or a long message says more. */
    @Test
    void aMessageThatThanksInAFewWordsThanksWhateverElseItSays() {
        assertThat(Acknowledgement.thanks("thanks Tomas! first draft to you by tuesday",
                TextFeatures.of("thanks Tomas! first draft to you by tuesday"), false)).isTrue();
        assertThat(Acknowledgement.thanks("cheers, see you then", TextFeatures.of("cheers, see you then"), false))
                .isTrue();
        String answer = "the thermostat is behind the back panel, unscrew the four screws and lift it out gently";
        assertThat(Acknowledgement.thanks(answer, TextFeatures.of(answer), false)).isFalse();
        assertThat(Acknowledgement.thanks("thanks! which size do you need?",
                TextFeatures.of("thanks! which size do you need?"), false)).isFalse();
    }

    /** Thanks for something had names what was received; thanks ahead of help asks for it. */
    @Test
    void thanksForSomethingHadIsNotThanksAhead() {
        assertThat(Acknowledgement.thanksFor("Just to say the new site looks far better. Thanks for the "
                + "recommendation everyone", false)).isTrue();
        assertThat(Acknowledgement.thanksFor("thank you so much for the plumber's number", false)).isTrue();
        assertThat(Acknowledgement.thanksFor("looking for a plumber in Leeds, thanks for any recommendations", false))
                .isFalse();
        assertThat(Acknowledgement.thanksFor("need a designer for my logo, thanks in advance", false)).isFalse();
        assertThat(Acknowledgement.thanksFor("thanks for the tip, who does framing around here?", true)).isFalse();
    }

    /** The helper's name typed after the thanks, without "@", thanks them and says nothing more. */
    @Test
    void thanksWithTheNameOfTheOneThankedIsOnlyThanks() {
        assertThat(onlyThanks("thanks Marit!")).isTrue();
        assertThat(onlyThanks("thank you so much, Osei")).isTrue();
        assertThat(Acknowledgement.onlyANod("ok thanks Marit", TextFeatures.of("ok thanks Marit"), false)).isTrue();
    }

    /** A capitalised word starting a new sentence, a day, or a name before any thanks goes on to say something. */
    @Test
    void aCapitalisedWordThatIsNoNameAfterTheThanksIsMoreThanThanks() {
        assertThat(onlyThanks("thanks! Tuesday then")).isFalse();
        assertThat(onlyThanks("thanks, Friday")).isFalse();
        assertThat(onlyThanks("Marit has one, thanks")).isFalse();
        assertThat(Acknowledgement.onlyANod("ok, Saturday works", TextFeatures.of("ok, Saturday works"), false))
                .isFalse();
    }
    @Test
    void aThanksToSomeoneOnTheSideComesAfterWordsOfOnesOwn() {
        assertThat(Acknowledgement.thanksAside("went fine in the end, the van started first go. cheers @Sam for the "
                + "jump leads")).isTrue();
        assertThat(Acknowledgement.thanksAside("all sorted with the landlord now, thanks @Kit and @Mo")).isTrue();
        assertThat(Acknowledgement.thanksAside("thanks @Sam, the van started")).isFalse();
        assertThat(Acknowledgement.thanksAside("great stuff, thanks @Sam")).isFalse();
        assertThat(Acknowledgement.thanksAside("the van started after @Sam brought jump leads")).isFalse();
        assertThat(Acknowledgement.thanksAside("all sorted with the landlord, thanks @Kit, @Mo can you sign?"))
                .isFalse();
    }
}
