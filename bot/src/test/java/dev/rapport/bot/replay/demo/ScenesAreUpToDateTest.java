package dev.rapport.bot.replay.demo;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed scenes are exactly what {@link SceneScript} writes, so the labels and the script cannot drift apart. */
class ScenesAreUpToDateTest {

    private static final String REGENERATE = "the scenes differ from SceneScript; regenerate them with SceneScript.main "
            + "(from the project root) and commit bot/src/test/resources/eval/scenes/";

    @Test
    void everyCommittedSceneFileIsWhatTheScriptWrites() throws IOException {
        for (Map.Entry<String, String> file : SceneScript.files().entrySet()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("eval/scenes/" + file.getKey())) {
                assertThat(in).as(REGENERATE + " (missing: %s)", file.getKey()).isNotNull();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(REGENERATE + " (%s)", file.getKey())
                        .isEqualTo(file.getValue());
            }
        }
    }

    @Test
    void everyCommittedHeldOutSceneFileIsWhatItsScriptWrites() throws IOException {
        for (Map.Entry<String, String> file : HeldOutSceneScript.files().entrySet()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("eval/held-out-scenes/" + file.getKey())) {
                String regenerate = "the held-out scenes differ from HeldOutSceneScript; regenerate them with its main "
                        + "(from the project root) and commit bot/src/test/resources/eval/held-out-scenes/";
                assertThat(in).as(regenerate + " (missing: %s)", file.getKey()).isNotNull();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(regenerate + " (%s)", file.getKey())
                        .isEqualTo(file.getValue());
            }
        }
    }

    @Test
    void everyCommittedSecondHeldOutSceneFileIsWhatItsScriptWrites() throws IOException {
        for (Map.Entry<String, String> file : HeldOutScenes2Script.files().entrySet()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("eval/held-out-scenes-2/" + file.getKey())) {
                String regenerate = "the second held-out scenes differ from HeldOutScenes2Script; regenerate them with its "
                        + "main (from the project root) and commit bot/src/test/resources/eval/held-out-scenes-2/";
                assertThat(in).as(regenerate + " (missing: %s)", file.getKey()).isNotNull();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(regenerate + " (%s)", file.getKey())
                        .isEqualTo(file.getValue());
            }
        }
    }

    @Test
    void everyCommittedThirdHeldOutSceneFileIsWhatItsScriptWrites() throws IOException {
        for (Map.Entry<String, String> file : HeldOutScenes3Script.files().entrySet()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("eval/held-out-scenes-3/" + file.getKey())) {
                String regenerate = "the third held-out scenes differ from HeldOutScenes3Script; regenerate them with its "
                        + "main (from the project root) and commit bot/src/test/resources/eval/held-out-scenes-3/";
                assertThat(in).as(regenerate + " (missing: %s)", file.getKey()).isNotNull();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(regenerate + " (%s)", file.getKey())
                        .isEqualTo(file.getValue());
            }
        }
    }
}
