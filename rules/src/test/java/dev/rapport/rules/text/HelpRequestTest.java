package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HelpRequestTest {

    @Test
    void asksForHelpWithoutAQuestionMark() {
        assertThat(HelpRequest.is("the printer prints blank pages since monday, can someone help me please")).isTrue();
        assertThat(HelpRequest.is("Need help with my router settings.")).isTrue();
        assertThat(HelpRequest.is("tried both cables already, any ideas")).isTrue();
        assertThat(HelpRequest.is("can anyone tell me where the logs are kept")).isTrue();
    }

    @Test
    void ordinaryTalkAndLookalikeWordsAreNotRequests() {
        assertThat(HelpRequest.is("I helped my neighbour move house on Saturday")).isFalse();
        assertThat(HelpRequest.is("the help meeting starts at ten")).isFalse();
        assertThat(HelpRequest.is("happy to help, message me if it breaks again")).isFalse();
        assertThat(HelpRequest.is("")).isFalse();
    }

    @Test
    void aProblemReportOrAQuestionWithoutItsMarkIsARequest() {
        assertThat(HelpRequest.is("since the update the sound doesn't work anymore")).isTrue();
        assertThat(HelpRequest.is("the installer crashed twice now")).isTrue();
        assertThat(HelpRequest.is("I get an error when I open the settings")).isTrue();
        assertThat(HelpRequest.is("but why does the second monitor stay black")).isTrue();
    }

    @Test
    void newsAndOpinionsAreNotProblemReports() {
        assertThat(HelpRequest.is("the new release works great on my old laptop")).isFalse();
        assertThat(HelpRequest.is("we shipped the update to everyone today")).isFalse();
        assertThat(HelpRequest.is("somehow this is my favourite theme")).isFalse();
    }

    /** Trouble told the way people type it: without apostrophes, in other word orders, in learners' English. */
    @Test
    void troubleToldCasuallyOrWithoutApostrophesIsAProblemReport() {
        assertThat(HelpRequest.is("my printer doesnt work since the update")).isTrue();
        assertThat(HelpRequest.is("it wont turn on at all")).isTrue();
        assertThat(HelpRequest.is("cant get the sync to work")).isTrue();
        assertThat(HelpRequest.is("im stuck on step 3 of the manual")).isTrue();
        assertThat(HelpRequest.is("the bot isnt responding anymore")).isTrue();
        assertThat(HelpRequest.is("tried reinstalling, still the same")).isTrue();
        assertThat(HelpRequest.is("help!! my sourdough wont rise")).isTrue();
        assertThat(HelpRequest.is("it not work for me since friday")).isTrue();
        assertThat(HelpRequest.is("keeps disconnecting every 5 min 😩")).isTrue();
        assertThat(HelpRequest.is("idk what im doing wrong with the glaze")).isTrue();
        assertThat(HelpRequest.is("i have a problem with my battery, it drains overnight")).isTrue();
    }

    /**
     * Trying a remedy tells a problem ("I tried descaling it", "tried everything"); trying something new for the fun
     * of it ("I tried the new café") tells none, nor does trying something and liking it.
     */
    @Test
    void triedARemedyIsAProblemButTriedSomethingNewIsNot() {
        assertThat(HelpRequest.is("my kettle clicks off early. I tried descaling it last night")).isTrue();
        assertThat(HelpRequest.is("tried everything on the forum, same thing")).isTrue();
        assertThat(HelpRequest.is("the chain skips on the big cog, I already tried to adjust it")).isTrue();
        assertThat(HelpRequest.is("I tried the new café on the corner, lovely cake")).isFalse();
        assertThat(HelpRequest.is("tried the new trail on sunday, what a view")).isFalse();
        assertThat(HelpRequest.is("I tried a new glaze today, very happy with it")).isFalse();
        assertThat(HelpRequest.is("I've tried that recipe before, it's great")).isFalse();
        assertThat(HelpRequest.is("I tried karaoke for the first time lol")).isFalse();
        assertThat(HelpRequest.is("the broken-in boots feel great now")).isFalse();
    }
}
