package dev.rapport.rules.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Since session 36: who speaks of clients they serve is one of the trade, a peer to a fellow who sells. */
class ServesClientsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Half of my clients still run that old accounting package",
            "the update knocked 2 clients offline before lunch",
            "spent Saturday rebuilding a client's mail server, never again",
            "grabbing that guide to forward to a client, cheers",
            "three of my regulars asked about the new soles this week"})
    void someoneWhoServesClients(String text) {
        assertThat(ServesClients.is(text)).isTrue();
    }

    /** Since session 37: the word read in any case, as the rest of the sentence is. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Two of my Regulars asked whether the winter soles are in yet",
            "FOUR OF MY REGULARS WANT RESOLING BEFORE THE FROST"})
    void someoneWhoServesRegularsWrittenInCapitals(String text) {
        assertThat(ServesClients.is(text)).isTrue();
    }

    /** Since session 37: capitals alone make nobody's regulars their clients. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Regulars of this channel know the drill: read the pinned post first",
            "The Regulars from the quiz night won the raffle again"})
    void regularsInCapitalsWhomNobodyServes(String text) {
        assertThat(ServesClients.is(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Our customers keep asking when the cafe reopens.",
            "Can anyone here fix a till for a small cafe?",
            "The customers at the market were lovely today.",
            "Is this provider any good for clients like us?",
            "We hired a plumber last spring and he was great"})
    void buyersStaffAndPassersByServeNone(String text) {
        assertThat(ServesClients.is(text)).isFalse();
    }
}
