package dev.rapport.bot.digest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digest of a fixed week, word for word. When the wording changes on purpose, regenerate the golden files
 * with {@code -Drapport.golden.update=true} (they are written under bot/src/test/resources/digest) and read the diff.
 */
class DigestGoldenTest {
    private final ChartImage chart = new ScoreChart().render(DigestFixtures.digest().card(), "gwen-talbot-972467837337731180.png");

    @Test
    void markdown_matches_the_golden_file() throws IOException {
        assertGolden("digest/gwen-2026-W10.md", new DigestMarkdown().render(DigestFixtures.digest(), chart));
    }

    @Test
    void html_matches_the_golden_file() throws IOException {
        assertGolden("digest/gwen-2026-W10.html", new DigestHtml().render(DigestFixtures.digest(), chart));
    }

    @Test
    void file_names_keep_to_safe_characters_and_the_id() {
        assertThat(DigestFixtures.digest().fileStem()).isEqualTo("gwen-talbot-972467837337731180");
    }

    static void assertGolden(String resource, String actual) throws IOException {
        if (Boolean.getBoolean("rapport.golden.update")) {
            java.nio.file.Path file = java.nio.file.Path.of("src/test/resources", resource);
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        try (InputStream in = DigestGoldenTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("golden file %s", resource).isNotNull();
            assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
