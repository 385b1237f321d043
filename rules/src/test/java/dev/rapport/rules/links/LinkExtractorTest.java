package dev.rapport.rules.links;

import dev.rapport.rules.model.Link;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkExtractorTest {

    @Test
    void findsLinksWithAndWithoutScheme() {
        assertThat(LinkExtractor.extract("see https://a.example/x and www.b.example/y."))
                .extracting(Link::fingerprint).containsExactly("a.example/x", "b.example/y");
    }

    @Test
    void fingerprintIgnoresSchemeWwwFragmentTrailingSlashAndTracking() {
        String expected = "shop.example/item?id=7";
        assertThat(LinkExtractor.fingerprint("https://www.Shop.example/item/?utm_source=x&id=7&fbclid=abc#reviews"))
                .isEqualTo(expected);
        assertThat(LinkExtractor.fingerprint("http://shop.example/item?ref=discord&id=7")).isEqualTo(expected);
    }

    @Test
    void keepsParenthesesThatBelongToTheLink() {
        assertThat(LinkExtractor.extract("(see https://en.example/wiki/Foo_(bar))"))
                .extracting(Link::fingerprint).containsExactly("en.example/wiki/Foo_(bar)");
    }

    @Test
    void ignoresTextWithoutLinksAndNonWebSchemes() {
        assertThat(LinkExtractor.extract("no links here, just www and http talk")).isEmpty();
        assertThat(LinkExtractor.extract("ftp://files.example/x")).isEmpty();
    }

    @Test
    void readsDiscordSuppressedEmbedLinks() {
        assertThat(LinkExtractor.extract("<https://a.example/x>")).extracting(Link::fingerprint)
                .containsExactly("a.example/x");
    }

    @Test
    void isLinearOnHostileInput() {
        String hostile = "http://" + "a".repeat(200_000) + " " + "(".repeat(100_000);
        long start = System.nanoTime();
        assertThat(LinkExtractor.extract(hostile)).isEmpty();
        // A generous bound: catastrophic backtracking would take minutes, not a second.
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }
}
