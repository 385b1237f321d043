package dev.rapport.rules.links;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A link spelled out to dodge a filter, path included, has the plain link's fingerprint. */
class SpelledPathTest {

    @Test
    void aSpelledOutSlashIsThePath() {
        assertThat(LinkExtractor.extract("big sale, beads dot shop slash sale"))
                .singleElement().satisfies(l -> {
                    assertThat(l.fingerprint()).isEqualTo("beads.shop/sale");
                    assertThat(l.disguised()).isTrue();
                });
        assertThat(LinkExtractor.extract("see beads[.]shop/sale")).singleElement()
                .satisfies(l -> assertThat(l.fingerprint()).isEqualTo("beads.shop/sale"));
    }

    @Test
    void theWordSlashInTalkIsNoLink() {
        assertThat(LinkExtractor.extract("type a slash then the command name")).isEmpty();
        assertThat(LinkExtractor.extract("version 2.1 slash 2.2 both work")).isEmpty();
    }

    @Test
    void aCountryDomainSpelledOutIsALink() {
        assertThat(LinkExtractor.extract("my shop: beads dot co dot uk slash sale")).singleElement()
                .satisfies(l -> assertThat(l.fingerprint()).isEqualTo("beads.co.uk/sale"));
    }

    @Test
    void wordsAroundASpokenDotAreNoCountryDomain() {
        assertThat(LinkExtractor.extract("put a dot in the co column, then uk")).isEmpty();
        assertThat(LinkExtractor.extract("the co . uk team said hi")).isEmpty();
    }
}
