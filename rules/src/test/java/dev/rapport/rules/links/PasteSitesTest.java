package dev.rapport.rules.links;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasteSitesTest {

    private static boolean paste(String text) {
        return PasteSites.is(LinkExtractor.extract(text).get(0));
    }

    @Test
    void wellKnownPasteServicesAndTheirSubdomainsArePastes() {
        assertThat(paste("here is my log https://pastebin.com/aB3dE1")).isTrue();
        assertThat(paste("see https://gist.github.com/someone/0123abcd")).isTrue();
        assertThat(paste("log at http://www.hastebin.com/xyz")).isTrue();
    }

    @Test
    void lookalikeHostsAndOrdinarySitesAreNot() {
        assertThat(paste("https://notpastebin.com/aB3dE1")).isFalse();
        assertThat(paste("https://pastebin.com.shop.example/aB3dE1")).isFalse();
        assertThat(paste("https://github.com/someone/project")).isFalse();
    }
}
