package dev.rapport.bot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.bot.cli.RapportCommand;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code rapport eval tips} on a real community that is not ours: the Ubuntu IRC dev logs in {@code ../shared}
 * (people asking for help and people helping), each file replayed on its own with everyone treated as opted in, the
 * tips judged by hand. Skipped when the shared data is absent.
 *
 * <p>A fair coach gives no networking tip in these logs, so every verdict in the label files is "should-not" and
 * precision is 0 whenever the coach says anything: a floor on precision could not fail. What can move is how many
 * tips a fair coach would not give, so the limits are ceilings on those: the measured count plus a margin.
 */
class IrcTipsEvaluationTest {
    /** The file the rules were changed after reading (tuned on). */
    private static final String TUNED_ON = "2011-05-29_19.raw.txt";
    /**
     * Measured 2026-12-01 on the nine files: 0 tips. They were held out when 11 wrong tips were measured (211 before
     * issue 8's changes); the rules were then changed after reading those 11 tips, so the nine count as tuned on now.
     */
    private static final int HELD_OUT_WRONG_MEASURED = 0;
    /** Margin over the measured figure: a few more wrong tips fail the build, a new kind of tip shows as unlabelled. */
    private static final int MARGIN = 2;

    @Test
    void onTheNineHeldOutLogsTheCoachGivesFewTipsAFairCoachWouldNotGive() throws Exception {
        Path dir = sharedLogs();
        List<Path> heldOut;
        try (Stream<Path> files = Files.list(dir)) {
            heldOut = files.filter(f -> f.getFileName().toString().endsWith(".raw.txt"))
                    .filter(f -> !f.getFileName().toString().equals(TUNED_ON)).sorted().toList();
        }
        assertThat(heldOut).hasSize(9);
        int tips = 0;
        int wrong = 0;
        int unlabelled = 0;
        List<String> errors = new ArrayList<>();
        for (Path file : heldOut) {
            JsonNode result = evalTips(file, resource("eval/ubuntu-irc/held-out-tips.csv"));
            tips += result.at("/total/tips").asInt();
            wrong += result.at("/total/wrong").asInt();
            unlabelled += result.at("/total/unlabelled").asInt();
            result.path("errors").forEach(e -> errors.add(e.path("person").asText() + " " + e.path("rule").asText()));
        }
        assertThat(unlabelled).as("tips nobody judged yet (label them in held-out-tips.csv): %s", errors).isZero();
        assertThat(wrong).as("wrong tips on the held-out logs: %s", errors)
                .isLessThanOrEqualTo(HELD_OUT_WRONG_MEASURED + MARGIN);
        assertThat(tips).isEqualTo(wrong);
    }

    @Test
    void onTheLogTheRulesWereTunedOnNoTipIsLeft() throws Exception {
        JsonNode result = evalTips(sharedLogs().resolve(TUNED_ON), resource("eval/ubuntu-irc/2011-05-29_19-tips.csv"));
        // Measured 0 wrong of 0 tips after the changes (25 tips, none right, before); tuned on, so it proves less.
        assertThat(result.at("/total/wrong").asInt()).isLessThanOrEqualTo(1);
        assertThat(result.at("/total/unlabelled").asInt()).isZero();
    }

    /**
     * Replayed as one export, the ten logs span years, so a question's 24-hour deadline passes and
     * {@code oneway.unanswered} speaks; there a fair coach does sign some tips (a follow-up about one's own advice left
     * unanswered while one helps others). Labelled by hand on session 35's starting build (29 tips, 7 right), with the
     * files split into five the fixes were tuned on and five held out; measured after them: 13 tips, 7 right, 6 wrong
     * (held-out files: 15 tips with 3 right before, 5 with 3 right after). Session 36 (a log's end is not silence, a
     * bare name with "?" only calls, a question another takes up at once unless it follows up the named one's own
     * help): 8 tips, 7 right, 1 wrong (held-out files: 3 tips, 3 right). Floors and ceilings are those figures with
     * a margin; a tip nobody judged fails, to be labelled in the file.
     */
    @Test
    void onTheWholeFolderReplayedAtOnceTheUnansweredTipsAreMostlyOnesAFairCoachWouldGive() throws Exception {
        JsonNode result = evalTips(sharedLogs(), resource("eval/ubuntu-irc/whole-folder-tips.csv"));
        List<String> errors = new ArrayList<>();
        result.path("errors").forEach(e -> errors.add(e.path("kind").asText() + " " + e.path("person").asText() + " "
                + e.path("week").asText()));

        assertThat(result.at("/total/unlabelled").asInt()).as("tips nobody judged yet: %s", errors).isZero();
        assertThat(result.at("/total/wrong").asInt()).as("wrong tips: %s", errors).isLessThanOrEqualTo(1 + MARGIN);
        assertThat(result.at("/total/right").asInt()).as("right tips (7 measured): %s", errors)
                .isGreaterThanOrEqualTo(6);
    }

    private static JsonNode evalTips(Path export, Path labels) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RapportCommand.execute(new String[]{"eval", "tips", export.toString(), "--labels", labels.toString(),
                        "--output", "json"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as("exit code; stderr: %s", err.toString(StandardCharsets.UTF_8)).isZero();
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(IrcTipsEvaluationTest.class.getClassLoader().getResource(name).toURI());
    }

    /** {@code ../shared/data/ubuntu-irc/dev} from the project root (surefire's rapport.projectRoot, or walking up). */
    private static Path sharedLogs() {
        String root = System.getProperty("rapport.projectRoot");
        List<Path> candidates = new ArrayList<>();
        if (root != null && !root.isBlank()) {
            candidates.add(Path.of(root));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            candidates.add(p);
        }
        for (Path base : candidates) {
            Path data = base.resolve("../shared/data/ubuntu-irc/dev").normalize();
            if (Files.isDirectory(data)) {
                return data;
            }
        }
        return org.junit.jupiter.api.Assumptions.abort("../shared/data/ubuntu-irc/dev is absent: skipping the IRC tip evaluation");
    }
}
