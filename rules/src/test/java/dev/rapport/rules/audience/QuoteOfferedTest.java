package dev.rapport.rules.audience;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the one who would do the work gives a quote: a post that offers quotes on its own terms offers work, though
 * "quotes" and "message me" are a buyer's words too.
 */
class QuoteOfferedTest {

    @Test
    void quotesGivenOnTheSellersTermsOfferWork() {
        assertThat(QuoteOffered.is("Dana, tiling and grouting, Leeds area, free quotes, message me")).isTrue();
        assertThat(QuoteOffered.is("decks and fences round Bath. estimates are free, DM me")).isTrue();
        assertThat(QuoteOffered.is("no-obligation quote for any garden job, just ask")).isTrue();
        assertThat(QuoteOffered.is("send me the measurements and I'm happy to quote")).isTrue();
    }

    @Test
    void quotesAskedForOfferNothing() {
        assertThat(QuoteOffered.is("need my fence redone, quotes please, DM me")).isFalse();
        assertThat(QuoteOffered.is("looking for someone to tile a bathroom, send me a quote")).isFalse();
        assertThat(QuoteOffered.is("how do you all price quotes for small jobs?")).isFalse();
    }
}
