package dev.rapport.bot.replay.demo;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed demo export is exactly what {@link DemoScript} writes, so the two cannot drift apart. */
class DemoResourcesAreUpToDateTest {

    private static final String REGENERATE = "the demo resources differ from DemoScript; regenerate them with "
            + "DemoScript.main (from the project root) and commit bot/src/main/resources/demo/";

    @Test
    void everyCommittedDemoFileIsWhatTheScriptWrites() throws IOException {
        Map<String, String> expected = DemoScript.files().contents();
        assertThat(expected).containsKeys(DemoFiles.INDEX, DemoFiles.SETTINGS);
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertThat(committed(file.getKey())).as(REGENERATE + " (%s)", file.getKey()).isEqualTo(file.getValue());
        }
    }

    @Test
    void theScriptWritesTheSameFilesEveryTime() {
        assertThat(DemoScript.files().contents()).isEqualTo(DemoScript.files().contents());
    }

    private static String committed(String name) throws IOException {
        try (InputStream in = DemoResourcesAreUpToDateTest.class.getClassLoader().getResourceAsStream("demo/" + name)) {
            assertThat(in).as(REGENERATE + " (missing: %s)", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
