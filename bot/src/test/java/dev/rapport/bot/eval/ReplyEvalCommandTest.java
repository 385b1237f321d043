package dev.rapport.bot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rapport eval replies} on a tiny log whose scores are worked out by hand below. */
class ReplyEvalCommandTest {

    /*
     * Lines 0-2 are context; 3-8 are annotated.
     *   3 ana -> bob's line 1 (addressed)            gold 1   correct
     *   4 carl, no one to answer                     gold -   (starts a conversation, not a link)
     *   5 bob -> ana's line 3 (addressed)            gold 3,0 correct (one of two parents)
     *   6 dave -> carl's line 4 (addressed)          gold 4   correct
     *   7 ana "thanks bob" -> bob's line 5           gold 1   wrong link, right person
     *   8 carl -> dave's line 6 (dave addressed him) gold 6   correct
     * predicted 5, correct 4, gold links 6: precision 0.800, recall 0.667, F1 0.727;
     * the right person every time: addressee precision and recall 1.000.
     */
    private static final String RAW = String.join("\n",
            "[10:00] <ana> hello, anyone know grub?",
            "[10:01] <bob> ana: yes, what's up",
            "=== carl [~c@host]  has joined #ubuntu",
            "[10:02] <ana> bob: it fails to boot",
            "[10:02] <carl> anyone here use vim?",
            "[10:03] <bob> ana: reinstall it",
            "[10:03] <dave> carl: I do",
            "[10:04] <ana> thanks bob",
            "[10:05] <carl> what about emacs?") + "\n";
    private static final String GOLD = String.join("\n",
            "1 3 -", "4 4 -", "3 5 -", "0 5 -", "4 6 -", "1 7 -", "6 8 -") + "\n";

    /*
     * For --graph-eval: line 0 and 1 are context; 2-6 are annotated, a logger line among them.
     *   2 ana -> bob's line 1 (addressed)               gold (2,1)  matched
     *   3 carl joins: a logger line                     gold (3,3)  matched (always a self-link)
     *   4 carl asks the room, a newcomer                gold (4,4)  matched (none inferred: a self-link)
     *   5 dave -> carl's line 4 (addressed)             gold (5,4)  matched
     *   6 bob -> ana: inferred ana's latest, line 2     gold (6,0)  not matched
     * graph-eval: gold 5, auto 5, matched 4: precision, recall and F 0.800.
     * Annotated lines only: gold links 3, predicted 3 (lines 2, 5, 6), correct 2: 0.667.
     */
    private static final String GRAPH_RAW = String.join("\n",
            "[10:00] <ana> how do I mount a usb stick by hand?",
            "[10:01] <bob> ana: use the mount command",
            "[10:02] <ana> bob: thanks, it worked",
            "=== carl [~c@host]  has joined #ubuntu",
            "[10:03] <carl> hi, does anyone know a good screen recorder?",
            "[10:04] <dave> carl: try the one in the software centre",
            "[10:05] <bob> ana: glad to help") + "\n";
    private static final String GRAPH_GOLD = String.join("\n", "1 2 -", "3 3 -", "4 4 -", "4 5 -", "0 6 -") + "\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new EvalRepliesCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private void tinyPair() throws Exception {
        Files.writeString(dir.resolve("2020-01-01_10.raw.txt"), RAW);
        Files.writeString(dir.resolve("2020-01-01_10.annotation.txt"), GOLD);
    }

    @Test
    void scoresTheHandCheckedExample() throws Exception {
        tinyPair();
        assertThat(run(dir.toString())).isZero();
        assertThat(out.toString()).containsPattern(
                "2020-01-01_10 +6 +6 +5 +4 +0\\.800 +0\\.667 +0\\.727 +1\\.000 +1\\.000");
        assertThat(out.toString()).containsPattern("total +6 +6 +5 +4 +0\\.800 +0\\.667 +0\\.727");
    }

    @Test
    void jsonOutputCarriesTheSameFigures() throws Exception {
        tinyPair();
        assertThat(run("--output", "json", dir.toString())).isZero();
        JsonNode total = new ObjectMapper().readTree(out.toString()).get("total");
        assertThat(total.get("predictedLinks").asLong()).isEqualTo(5);
        assertThat(total.get("correctLinks").asLong()).isEqualTo(4);
        assertThat(total.get("goldLinks").asLong()).isEqualTo(6);
        assertThat(total.get("precision").asDouble()).isEqualTo(0.8);
        assertThat(total.get("recall").asDouble()).isEqualTo(0.667);
        assertThat(total.get("f1").asDouble()).isEqualTo(0.727);
    }

    private void graphPair(String stem) throws Exception {
        Files.writeString(dir.resolve(stem + ".raw.txt"), GRAPH_RAW);
        Files.writeString(dir.resolve(stem + ".annotation.txt"), GRAPH_GOLD);
    }

    @Test
    void graphEvalCountsSelfLinksAndLoggerLinesAndPrintsBothScorings() throws Exception {
        graphPair("2020-02-02_10");
        assertThat(run("--graph-eval", dir.toString())).isZero();
        String text = out.toString();
        assertThat(text).containsPattern("2020-02-02_10 +5 +5 +4 +0\\.800 +0\\.800 +0\\.800");
        assertThat(text).contains("precision 0.742, recall 0.712, F 0.726");
        assertThat(text).containsPattern("2020-02-02_10 +5 +3 +3 +2 +0\\.667 +0\\.667 +0\\.667");
        assertThat(text.indexOf("graph-eval")).isLessThan(text.indexOf("Annotated lines only"));
    }

    @Test
    void withoutGraphEvalOnlyTheAnnotatedLinesTableIsPrinted() throws Exception {
        graphPair("2020-02-02_10");
        assertThat(run(dir.toString())).isZero();
        assertThat(out.toString()).doesNotContain("graph-eval").containsPattern("2020-02-02_10 +5 +3 +3 +2");
    }

    @Test
    void jsonCarriesTheGraphEvalScoring() throws Exception {
        graphPair("2020-02-02_10");
        assertThat(run("--output", "json", dir.toString())).isZero();
        JsonNode graph = new ObjectMapper().readTree(out.toString()).get("total").get("graphEval");
        assertThat(graph.get("goldLinks").asLong()).isEqualTo(5);
        assertThat(graph.get("predictedLinks").asLong()).isEqualTo(5);
        assertThat(graph.get("matchedLinks").asLong()).isEqualTo(4);
        assertThat(graph.get("f1").asDouble()).isEqualTo(0.8);
    }

    @Test
    void trainWritesWeightsThatScoreAgainWithWeights() throws Exception {
        graphPair("2020-02-02_10");
        tinyPair();
        Path weights = dir.resolve("w.txt");
        assertThat(run("--train", weights.toString(), dir.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Weights trained on 2 files written to");
        assertThat(Files.readString(weights)).startsWith("# Reply inference weights").contains("addresses-author ");
        String trained = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("--weights", weights.toString(), dir.toString())).isZero();
        assertThat(trained).contains(out.toString());
    }

    @Test
    void foldsScoreEachFileWithWeightsTrainedOnTheOthers() throws Exception {
        graphPair("2020-02-02_10");
        tinyPair();
        assertThat(run("--folds", "--graph-eval", dir.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Leave-one-file-out: each file is scored with weights trained on the "
                + "other 1 files only.").contains("2020-01-01_10").contains("2020-02-02_10");
    }

    @Test
    void foldsNeedAtLeastTwoFiles() throws Exception {
        tinyPair();
        assertThat(run("--folds", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("--folds needs at least two annotated files");
    }

    @Test
    void foldsAndTrainTogetherAreAUsageError() throws Exception {
        tinyPair();
        assertThat(run("--folds", "--train", dir.resolve("w.txt").toString(), dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--folds and --train do not go together");
    }

    @Test
    void unreadableWeightsFileIsNamed() throws Exception {
        tinyPair();
        Path weights = dir.resolve("w.txt");
        Files.writeString(weights, "addresses-author lots\n");
        assertThat(run("--weights", weights.toString(), dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("w.txt: not a weights file").contains("'lots' is not a number");
    }

    @Test
    void rawFileMayBeGivenDirectly() throws Exception {
        tinyPair();
        assertThat(run(dir.resolve("2020-01-01_10.raw.txt").toString())).isZero();
        assertThat(out.toString()).contains("2020-01-01_10");
    }

    @Test
    void rawFileWithoutAnnotationsIsReportedAndNothingToScoreFails() throws Exception {
        Files.writeString(dir.resolve("2020-01-01_10.raw.txt"), RAW);
        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no annotations beside it").contains("nothing to score");
    }

    @Test
    void malformedAnnotationIsReportedWithFileAndLine() throws Exception {
        Files.writeString(dir.resolve("2020-01-01_10.raw.txt"), RAW);
        Files.writeString(dir.resolve("2020-01-01_10.annotation.txt"), "1 3 -\nnot numbers\n");
        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("2020-01-01_10.annotation.txt:2:");
    }

    @Test
    void missingDirectoryFailsWithAClearMessage() {
        assertThat(run(dir.resolve("nowhere").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no such file or directory");
    }

    @Test
    void unknownOutputFormatIsAUsageError() throws Exception {
        tinyPair();
        assertThat(run("--output", "xml", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("'xml' is not an output format");
    }

    @Test
    void missingDirectoryArgumentIsAUsageError() {
        assertThat(run()).isEqualTo(2);
    }
}
