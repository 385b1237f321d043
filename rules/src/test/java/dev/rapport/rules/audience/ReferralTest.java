package dev.rapport.rules.audience;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Who says they sent people of their own to the one they talk to: a customer's word, not a peer's. */
class ReferralTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "my sister loved your sourdough, I sent her your way",
        "I told my team about you",
        "sent my neighbour over to you last week, she wants one for her garden too",
        "I recommended you to my book club and two of them want lessons",
        "told my entire office about your cinnamon rolls",
        "I've been telling everyone about your shop",
        "pointed my cousin to your studio, hope that's ok!",
        "my dad adored your walking tour",
        "told my aunt she has to try your chili oil"
    })
    void aCustomerWhoSentPeopleOfTheirOwnRefers(String text) {
        assertThat(Referral.is(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // A peer passing on a tool nobody here makes.
        "I told my team about Linear and we switched the same week",
        "I'd recommend you try Obsidian for notes",
        "I'd recommend you to keep backups of the whole folder",
        // A fellow seller handing the person work: trade between sellers.
        "I sent a client your way, she needs a logo and I'm booked solid",
        "sent two leads to you this week, both want a rebrand",
        "referred my overflow clients to you while I'm on leave",
        // Sending things, telling the person: no third party sent or told.
        "I sent you the file last night",
        "did you tell your team about the outage?",
        "my sister loved the film, no spoilers though",
        "cheers for the tip about that printer!"
    })
    void aPeerRecommendingOrHandingOnWorkDoesNot(String text) {
        assertThat(Referral.is(text)).isFalse();
    }

    /** A count of people from a group of one's own, sent to the one spoken to, is a referral (since session 48). */
    @ParameterizedTest
    @ValueSource(strings = {
        "I've sent four people from my pilates class your way",
        "sent two mates from my five-a-side over to you, both want a fitting",
        "pointed a couple of friends from our street to your shop"
    })
    void aCountOfPeopleOfOnesOwnSentRefers(String text) {
        assertThat(Referral.is(text)).isTrue();
    }

    /** A count of clients handed on is trade between sellers; a count of things sent is no one sent. */
    @ParameterizedTest
    @ValueSource(strings = {
        "sent two clients from my old agency your way",
        "I sent three photos from my phone to you",
        "three people from my club went to the match"
    })
    void aCountOfClientsOrThingsDoesNot(String text) {
        assertThat(Referral.is(text)).isFalse();
    }

    /** Someone of their acquaintance told to go to the one spoken to, by what they are ("the bakery over the road"). */
    @ParameterizedTest
    @ValueSource(strings = {
        "job's done, ta. I told the florist two doors down to use you for their deliveries",
        "told the new cafe on the corner to call you when their boiler goes"
    })
    void aNamedOtherToldToUseYouRefers(String text) {
        assertThat(Referral.is(text)).isTrue();
    }

    /** Told to use something else, or a client told: no one sent to the person as a customer of theirs. */
    @ParameterizedTest
    @ValueSource(strings = {
        "told the lads to use the side gate from now on",
        "I told the client to call you about the invoice"
    })
    void aNamedOtherToldSomethingElseOrAClientHandedOnDoesNotRefer(String text) {
        assertThat(Referral.is(text)).isFalse();
    }
}
