package dev.rapport.bot.replay.demo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed scene exports are exactly what their scripts write, so the labels and the scripts cannot drift apart.
 * Only generation is checked here: the held-out rounds are scored by {@code rapport eval tips}, never by a test that
 * would run the coach on a round before its first honest run (rounds 10 and 11 were sealed until the integrator's final run).
 */
class ScenesAreUpToDateTest {

    static Stream<Arguments> scripts() {
        return Stream.of(
                script("SceneScript", "scenes", SceneScript::files),
                script("HeldOutSceneScript", "held-out-scenes", HeldOutSceneScript::files),
                script("HeldOutScenes2Script", "held-out-scenes-2", HeldOutScenes2Script::files),
                script("HeldOutScenes3Script", "held-out-scenes-3", HeldOutScenes3Script::files),
                script("HeldOutScenes4Script", "held-out-scenes-4", HeldOutScenes4Script::files),
                script("HeldOutScenes5Script", "held-out-scenes-5", HeldOutScenes5Script::files),
                script("HeldOutScenes6Script", "held-out-scenes-6", HeldOutScenes6Script::files),
                script("HeldOutScenes7Script", "held-out-scenes-7", HeldOutScenes7Script::files),
                script("HeldOutScenes8Script", "held-out-scenes-8", HeldOutScenes8Script::files),
                script("HeldOutScenes9Script", "held-out-scenes-9", HeldOutScenes9Script::files),
                script("HeldOutScenes10Script", "held-out-scenes-10", HeldOutScenes10Script::files),
                script("HeldOutScenes11Script", "held-out-scenes-11", HeldOutScenes11Script::files),
                script("HeldOutScenes12Script", "held-out-scenes-12", HeldOutScenes12Script::files),
                script("HeldOutScenes13Script", "held-out-scenes-13", HeldOutScenes13Script::files),
                script("HeldOutScenes14Script", "held-out-scenes-14", HeldOutScenes14Script::files),
                script("HeldOutScenes15Script", "held-out-scenes-15", HeldOutScenes15Script::files),
                script("HeldOutScenes16Script", "held-out-scenes-16", HeldOutScenes16Script::files),
                script("HeldOutScenes17Script", "held-out-scenes-17", HeldOutScenes17Script::files),
                script("HeldOutScenes18Script", "held-out-scenes-18", HeldOutScenes18Script::files),
                script("HeldOutScenes19Script", "held-out-scenes-19", HeldOutScenes19Script::files),
                script("HeldOutScenes20Script", "held-out-scenes-20", HeldOutScenes20Script::files),
                script("HeldOutScenes21Script", "held-out-scenes-21", HeldOutScenes21Script::files),
                script("HeldOutScenes22Script", "held-out-scenes-22", HeldOutScenes22Script::files),
                script("HeldOutScenes23Script", "held-out-scenes-23", HeldOutScenes23Script::files),
                script("HeldOutScenes24Script", "held-out-scenes-24", HeldOutScenes24Script::files),
                script("HeldOutScenes25Script", "held-out-scenes-25", HeldOutScenes25Script::files),
                script("HeldOutScenes26Script", "held-out-scenes-26", HeldOutScenes26Script::files),
                script("HeldOutScenes27Script", "held-out-scenes-27", HeldOutScenes27Script::files),
                script("HeldOutScenes28Script", "held-out-scenes-28", HeldOutScenes28Script::files),
                script("HeldOutScenes29Script", "held-out-scenes-29", HeldOutScenes29Script::files),
                script("HeldOutScenes30Script", "held-out-scenes-30", HeldOutScenes30Script::files),
                script("HeldOutScenes31Script", "held-out-scenes-31", HeldOutScenes31Script::files),
                script("HeldOutScenes32Script", "held-out-scenes-32", HeldOutScenes32Script::files),
                script("HeldOutScenes33Script", "held-out-scenes-33", HeldOutScenes33Script::files),
                script("HeldOutScenes34Script", "held-out-scenes-34", HeldOutScenes34Script::files),
                script("HeldOutScenes35Script", "held-out-scenes-35", HeldOutScenes35Script::files),
                script("HeldOutScenes36Script", "held-out-scenes-36", HeldOutScenes36Script::files),
                script("HeldOutScenes37Script", "held-out-scenes-37", HeldOutScenes37Script::files),
                script("HeldOutScenes38Script", "held-out-scenes-38", HeldOutScenes38Script::files),
                script("HeldOutScenes39Script", "held-out-scenes-39", HeldOutScenes39Script::files),
                script("HeldOutScenes40Script", "held-out-scenes-40", HeldOutScenes40Script::files),
                script("HeldOutScenes41Script", "held-out-scenes-41", HeldOutScenes41Script::files),
                script("HeldOutScenes42Script", "held-out-scenes-42", HeldOutScenes42Script::files),
                script("HeldOutScenes43Script", "held-out-scenes-43", HeldOutScenes43Script::files),
                script("HeldOutScenes44Script", "held-out-scenes-44", HeldOutScenes44Script::files),
                script("HeldOutScenes45Script", "held-out-scenes-45", HeldOutScenes45Script::files),
                script("HeldOutScenes46Script", "held-out-scenes-46", HeldOutScenes46Script::files),
                script("HeldOutScenes47Script", "held-out-scenes-47", HeldOutScenes47Script::files),
                script("HeldOutScenes48Script", "held-out-scenes-48", HeldOutScenes48Script::files),
                script("HeldOutScenes49Script", "held-out-scenes-49", HeldOutScenes49Script::files),
                script("HeldOutScenes50Script", "held-out-scenes-50", HeldOutScenes50Script::files),
                script("HeldOutScenes51Script", "held-out-scenes-51", HeldOutScenes51Script::files),
                script("HeldOutScenes52Script", "held-out-scenes-52", HeldOutScenes52Script::files),
                script("HeldOutScenes53Script", "held-out-scenes-53", HeldOutScenes53Script::files),
                script("HeldOutScenes54Script", "held-out-scenes-54", HeldOutScenes54Script::files),
                script("HeldOutScenes55Script", "held-out-scenes-55", HeldOutScenes55Script::files),
                script("HeldOutScenes56Script", "held-out-scenes-56", HeldOutScenes56Script::files),
                script("HeldOutScenes57Script", "held-out-scenes-57", HeldOutScenes57Script::files),
                script("HeldOutScenes58Script", "held-out-scenes-58", HeldOutScenes58Script::files),
                script("HeldOutScenes59Script", "held-out-scenes-59", HeldOutScenes59Script::files),
                script("HeldOutScenes60Script", "held-out-scenes-60", HeldOutScenes60Script::files),
                script("HeldOutScenes61Script", "held-out-scenes-61", HeldOutScenes61Script::files),
                script("HeldOutScenes62Script", "held-out-scenes-62", HeldOutScenes62Script::files),
                script("HeldOutScenes63Script", "held-out-scenes-63", HeldOutScenes63Script::files),
                script("HeldOutScenes64Script", "held-out-scenes-64", HeldOutScenes64Script::files),
                script("HeldOutScenes65Script", "held-out-scenes-65", HeldOutScenes65Script::files),
                script("HeldOutScenes66Script", "held-out-scenes-66", HeldOutScenes66Script::files),
                script("HeldOutScenes67Script", "held-out-scenes-67", HeldOutScenes67Script::files),
                script("HeldOutScenes68Script", "held-out-scenes-68", HeldOutScenes68Script::files),
                script("HeldOutScenes69Script", "held-out-scenes-69", HeldOutScenes69Script::files),
                script("HeldOutScenes70Script", "held-out-scenes-70", HeldOutScenes70Script::files),
                script("HeldOutScenes71Script", "held-out-scenes-71", HeldOutScenes71Script::files),
                script("HeldOutScenes72Script", "held-out-scenes-72", HeldOutScenes72Script::files),
                script("HeldOutScenes73Script", "held-out-scenes-73", HeldOutScenes73Script::files),
                script("HeldOutScenes74Script", "held-out-scenes-74", HeldOutScenes74Script::files),
                script("HeldOutScenes75Script", "held-out-scenes-75", HeldOutScenes75Script::files),
                script("HeldOutScenes76Script", "held-out-scenes-76", HeldOutScenes76Script::files),
                script("HeldOutScenes77Script", "held-out-scenes-77", HeldOutScenes77Script::files),
                script("HeldOutScenes78Script", "held-out-scenes-78", HeldOutScenes78Script::files),
                script("HeldOutScenes79Script", "held-out-scenes-79", HeldOutScenes79Script::files),
                script("HeldOutScenes80Script", "held-out-scenes-80", HeldOutScenes80Script::files),
                script("HeldOutScenes81Script", "held-out-scenes-81", HeldOutScenes81Script::files),
                script("HeldOutScenes82Script", "held-out-scenes-82", HeldOutScenes82Script::files),
                script("HeldOutScenes83Script", "held-out-scenes-83", HeldOutScenes83Script::files),
                script("HeldOutScenes84Script", "held-out-scenes-84", HeldOutScenes84Script::files),
                script("HeldOutScenes85Script", "held-out-scenes-85", HeldOutScenes85Script::files),
                script("HeldOutScenes86Script", "held-out-scenes-86", HeldOutScenes86Script::files),
                script("HeldOutScenes87Script", "held-out-scenes-87", HeldOutScenes87Script::files),
                script("HeldOutScenes88Script", "held-out-scenes-88", HeldOutScenes88Script::files),
                script("HeldOutScenes89Script", "held-out-scenes-89", HeldOutScenes89Script::files),
                script("HeldOutScenes90Script", "held-out-scenes-90", HeldOutScenes90Script::files),
                script("HeldOutScenes91Script", "held-out-scenes-91", HeldOutScenes91Script::files),
                script("HeldOutScenes92Script", "held-out-scenes-92", HeldOutScenes92Script::files),
                script("HeldOutScenes93Script", "held-out-scenes-93", HeldOutScenes93Script::files),
                script("HeldOutScenes94Script", "held-out-scenes-94", HeldOutScenes94Script::files),
                script("HeldOutScenes95Script", "held-out-scenes-95", HeldOutScenes95Script::files),
                script("HeldOutScenes96Script", "held-out-scenes-96", HeldOutScenes96Script::files),
                script("HeldOutScenes97Script", "held-out-scenes-97", HeldOutScenes97Script::files),
                script("HeldOutScenes98Script", "held-out-scenes-98", HeldOutScenes98Script::files),
                script("HeldOutScenes99Script", "held-out-scenes-99", HeldOutScenes99Script::files),
                script("HeldOutScenes100Script", "held-out-scenes-100", HeldOutScenes100Script::files),
                script("HeldOutScenes101Script", "held-out-scenes-101", HeldOutScenes101Script::files),
                script("HeldOutScenes102Script", "held-out-scenes-102", HeldOutScenes102Script::files),
                script("HeldOutScenes103Script", "held-out-scenes-103", HeldOutScenes103Script::files),
                script("HeldOutScenes104Script", "held-out-scenes-104", HeldOutScenes104Script::files),
                script("HeldOutScenes105Script", "held-out-scenes-105", HeldOutScenes105Script::files),
                script("HeldOutScenes106Script", "held-out-scenes-106", HeldOutScenes106Script::files),
                script("HeldOutScenes107Script", "held-out-scenes-107", HeldOutScenes107Script::files),
                script("HeldOutScenes108Script", "held-out-scenes-108", HeldOutScenes108Script::files),
                script("HeldOutScenes109Script", "held-out-scenes-109", HeldOutScenes109Script::files),
                script("HeldOutScenes110Script", "held-out-scenes-110", HeldOutScenes110Script::files),
                script("HeldOutScenes111Script", "held-out-scenes-111", HeldOutScenes111Script::files),
                script("HeldOutScenes112Script", "held-out-scenes-112", HeldOutScenes112Script::files),
                script("HeldOutScenes113Script", "held-out-scenes-113", HeldOutScenes113Script::files),
                script("HeldOutScenes114Script", "held-out-scenes-114", HeldOutScenes114Script::files),
                script("HeldOutScenes115Script", "held-out-scenes-115", HeldOutScenes115Script::files),
                script("HeldOutScenes116Script", "held-out-scenes-116", HeldOutScenes116Script::files),
                script("HeldOutScenes117Script", "held-out-scenes-117", HeldOutScenes117Script::files),
                script("HeldOutScenes118Script", "held-out-scenes-118", HeldOutScenes118Script::files),
                script("HeldOutScenes119Script", "held-out-scenes-119", HeldOutScenes119Script::files),
                script("HeldOutScenes120Script", "held-out-scenes-120", HeldOutScenes120Script::files),
                script("HeldOutScenes121Script", "held-out-scenes-121", HeldOutScenes121Script::files),
                script("HeldOutScenes122Script", "held-out-scenes-122", HeldOutScenes122Script::files),
                script("HeldOutScenes123Script", "held-out-scenes-123", HeldOutScenes123Script::files),
                script("HeldOutScenes124Script", "held-out-scenes-124", HeldOutScenes124Script::files),
                script("HeldOutScenes125Script", "held-out-scenes-125", HeldOutScenes125Script::files),
                script("HeldOutScenes126Script", "held-out-scenes-126", HeldOutScenes126Script::files),
                script("HeldOutScenes127Script", "held-out-scenes-127", HeldOutScenes127Script::files),
                script("HeldOutScenes128Script", "held-out-scenes-128", HeldOutScenes128Script::files),
                script("HeldOutScenes129Script", "held-out-scenes-129", HeldOutScenes129Script::files),
                script("HeldOutScenes130Script", "held-out-scenes-130", HeldOutScenes130Script::files),
                script("HeldOutScenes131Script", "held-out-scenes-131", HeldOutScenes131Script::files),
                script("HeldOutScenes132Script", "held-out-scenes-132", HeldOutScenes132Script::files),
                script("HeldOutScenes133Script", "held-out-scenes-133", HeldOutScenes133Script::files),
                script("HeldOutScenes134Script", "held-out-scenes-134", HeldOutScenes134Script::files),
                script("HeldOutScenes135Script", "held-out-scenes-135", HeldOutScenes135Script::files),
                script("HeldOutScenes136Script", "held-out-scenes-136", HeldOutScenes136Script::files),
                script("HeldOutScenes137Script", "held-out-scenes-137", HeldOutScenes137Script::files),
                script("HeldOutScenes138Script", "held-out-scenes-138", HeldOutScenes138Script::files),
                script("HeldOutScenes139Script", "held-out-scenes-139", HeldOutScenes139Script::files),
                script("HeldOutScenes140Script", "held-out-scenes-140", HeldOutScenes140Script::files),
                script("HeldOutScenes141Script", "held-out-scenes-141", HeldOutScenes141Script::files),
                script("HeldOutScenes142Script", "held-out-scenes-142", HeldOutScenes142Script::files),
                script("HeldOutScenes143Script", "held-out-scenes-143", HeldOutScenes143Script::files),
                script("HeldOutScenes144Script", "held-out-scenes-144", HeldOutScenes144Script::files),
                script("HeldOutScenes145Script", "held-out-scenes-145", HeldOutScenes145Script::files),
                script("HeldOutScenes146Script", "held-out-scenes-146", HeldOutScenes146Script::files),
                script("HeldOutScenes147Script", "held-out-scenes-147", HeldOutScenes147Script::files),
                script("HeldOutScenes148Script", "held-out-scenes-148", HeldOutScenes148Script::files),
                script("HeldOutScenes149Script", "held-out-scenes-149", HeldOutScenes149Script::files),
                script("HeldOutScenes150Script", "held-out-scenes-150", HeldOutScenes150Script::files),
                script("HeldOutScenes151Script", "held-out-scenes-151", HeldOutScenes151Script::files),
                script("HeldOutScenes152Script", "held-out-scenes-152", HeldOutScenes152Script::files),
                script("HeldOutScenes153Script", "held-out-scenes-153", HeldOutScenes153Script::files),
                script("HeldOutScenes154Script", "held-out-scenes-154", HeldOutScenes154Script::files),
                script("HeldOutScenes155Script", "held-out-scenes-155", HeldOutScenes155Script::files),
                script("HeldOutScenes156Script", "held-out-scenes-156", HeldOutScenes156Script::files),
                script("HeldOutScenes157Script", "held-out-scenes-157", HeldOutScenes157Script::files),
                script("HeldOutScenes158Script", "held-out-scenes-158", HeldOutScenes158Script::files),
                script("HeldOutScenes159Script", "held-out-scenes-159", HeldOutScenes159Script::files));
    }

    private static Arguments script(String name, String dir, Supplier<Map<String, String>> files) {
        return Arguments.of(name, dir, files);
    }

    @ParameterizedTest(name = "{0} wrote eval/{1}/")
    @MethodSource("scripts")
    void everyCommittedSceneFileIsWhatItsScriptWrites(String script, String dir, Supplier<Map<String, String>> files)
            throws IOException {
        String regenerate = "the committed scenes differ from " + script + "; regenerate them with its main (from the "
                + "project root) and commit bot/src/test/resources/eval/" + dir + "/";
        for (Map.Entry<String, String> file : files.get().entrySet()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("eval/" + dir + "/" + file.getKey())) {
                assertThat(in).as(regenerate + " (missing: %s)", file.getKey()).isNotNull();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(regenerate + " (%s)", file.getKey())
                        .isEqualTo(file.getValue());
            }
        }
    }
}
