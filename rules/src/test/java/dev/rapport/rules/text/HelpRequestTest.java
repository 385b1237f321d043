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
}
