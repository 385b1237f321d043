package dev.rapport.rules.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SeeksClientsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "I really need a few more direct clients before winter.",
            "How do you all find new customers once referrals dry up?",
            "We're looking for our first paying clients, any tips?",
            "Honestly I want more clients and fewer agencies"})
    void someoneWhoWantsClientsOfTheirOwn(String text) {
        assertThat(SeeksClients.is(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Looking for an editor for a three-minute video, budget 400.",
            "Our clients love the new colours.",
            "Can you help me get my clients' invoices exported?",
            "The customers at the market were lovely today.",
            "Need a few more hours of sleep, honestly."})
    void wordsAboutClientsThatWantNone(String text) {
        assertThat(SeeksClients.is(text)).isFalse();
    }
}
