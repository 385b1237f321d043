package dev.rapport.rules.links;

import dev.rapport.rules.model.Link;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinkExtractorTest {

    @Test
    void findsLinksWithAndWithoutScheme() {
        assertThat(LinkExtractor.extract("see https://a.example/x and www.b.example/y."))
                .extracting(Link::fingerprint).containsExactly("a.example/x", "b.example/y");
    }

    /**
     * The ending reserved for writing example links (RFC 2606) stands for a link, written bare as any other is, with a
     * path, a third label or none (since session 35: "lumen.example" is a site's name as "lumen.com" is); "for.example"
     * is "for example" with a dot for its space.
     */
    @Test
    void aLinkWrittenBareUnderTheReservedExampleEndingIsALink() {
        assertThat(LinkExtractor.extract("my course is 30% off until Friday: lumen.example/course"))
                .extracting(Link::fingerprint).containsExactly("lumen.example/course");
        assertThat(LinkExtractor.extract("sheet is at docs.lumen.example for now"))
                .extracting(Link::fingerprint).containsExactly("docs.lumen.example");
        assertThat(LinkExtractor.extract("the pottery course opens in May, a third off till then: lumen.example"))
                .extracting(Link::fingerprint).containsExactly("lumen.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a little word, for.example the one before", "take an.example from the docs",
            "SAMPLE.EXAMPLE in the template", "retry 4.example counts"})
    void aLittleWordOrCapitalsBeforeTheExampleEndingAreNoSite(String text) {
        assertThat(LinkExtractor.extract(text)).as(text).isEmpty();
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

    @Nested
    class LinksThatDoNotLookLikeLinks {
        @ParameterizedTest
        @CsvSource({
                "'visit shop.example.com today', shop.example.com",
                "'docs at example.co.uk/path/page', example.co.uk/path/page",
                "'my site is lumenpottery.com', lumenpottery.com",
                "'join discord.gg/AbC123 for updates', discord.gg/AbC123",
                "'join https://discord.com/invite/AbC123', discord.gg/AbC123",
                "'or discordapp.com/invite/AbC123', discord.gg/AbC123",
                "'channel: t.me/lumenpottery', t.me/lumenpottery",
                "'channel: telegram.me/lumenpottery', t.me/lumenpottery"})
        void bareDomainsAndInviteLinksAreLinks(String text, String fingerprint) {
            assertThat(LinkExtractor.extract(text)).extracting(Link::fingerprint).containsExactly(fingerprint);
        }

        @ParameterizedTest
        @ValueSource(strings = {"lumenpottery[.]com/sale", "lumenpottery(.)com/sale", "lumenpottery [dot] com/sale",
                "lumenpottery dot com/sale", "lumenpottery DOT com/sale", "lumenpottery . com/sale",
                "lumenpottery .com/sale", "lumenpottery\u3002com/sale", "lumenpottery\uFF0Ecom/sale",
                "lum\u0435np\u043ettery.com/sale", "https://lum\u0435np\u043ettery.com/sale"})
        void disguisedLinksHaveThePlainFingerprint(String disguised) {
            List<Link> links = LinkExtractor.extract("get 20% off at " + disguised + " this week");
            assertThat(links).extracting(Link::fingerprint).containsExactly("lumenpottery.com/sale");
            assertThat(links.get(0).disguised()).as(disguised).isTrue();
            assertThat(links.get(0).host()).isEqualTo("lumenpottery.com");
        }

        @Test
        void aPlainLinkIsNotDisguised() {
            assertThat(LinkExtractor.extract("lumenpottery.com/sale").get(0).disguised()).isFalse();
            assertThat(LinkExtractor.extract("https://lumenpottery.com/sale").get(0).disguised()).isFalse();
        }

        @Test
        void aHostInAnotherScriptIsNotALookAlike() {
            Link link = LinkExtractor.extract("https://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/").get(0);
            assertThat(link.disguised()).isFalse();
            assertThat(link.host()).isEqualTo("\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444");
        }

        @ParameterizedTest
        @ValueSource(strings = {"upgrade to 2.4.1 first", "run python3.11 setup.py install", "see README.md and CHANGES.txt",
                "my router is at 192.168.1.1, why can't I reach it?", "ping 10.0.0.12 fails since the update",
                "use a short name, e.g. build", "i.e. the second one", "works on ASP.NET and VB.NET",
                "mail me at anna.berg@example.com", "is it .com or .org?", "the Linux version of . net framework",
                "the dot com bubble", "config.in and main.rs changed", "end of sentence.Next one", "node.js and vue.js"})
        void versionsFilesAddressesAndAbbreviationsAreNot(String text) {
            assertThat(LinkExtractor.extract(text)).as(text).isEmpty();
        }
    }
}
