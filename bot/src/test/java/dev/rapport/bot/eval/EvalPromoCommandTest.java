package dev.rapport.bot.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EvalPromoCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new EvalPromoCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** Two spam comments the detector catches, one it misses, two legitimate ones it leaves alone. */
    private Path fixture() throws IOException {
        Path file = dir.resolve("comments.csv");
        Files.writeString(file, "COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS\n"
                + "1,a,2015-01-01,\"Subscribe to my channel please\",1\n"
                + "2,b,2015-01-01,\"sub4sub anyone?\",1\n"
                + "3,c,2015-01-01,\"wow 2 billion views\",1\n"
                + "4,d,2015-01-01,\"I love this song &amp; the video\",0\n"
                + "5,e,2015-01-01,\"what is the name of the song?\",0\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void printsCountsAndFiguresPerFileAndInTotalWithTheCitation() throws Exception {
        Path file = fixture();
        int code = run(file.toString());
        assertThat(code).isZero();
        String text = out.toString();
        assertThat(text).contains("FILE", "MESSAGES", "TP", "FP", "TN", "FN", "PRECISION", "RECALL", "F1");
        assertThat(text).containsPattern(file.getFileName() + "\\s+5\\s+2\\s+0\\s+2\\s+1\\s+1\\.000\\s+0\\.667\\s+0\\.800");
        assertThat(text).containsPattern("TOTAL\\s+5\\s+2\\s+0\\s+2\\s+1\\s+1\\.000\\s+0\\.667\\s+0\\.800");
        assertThat(text).contains("Alberto, J. V. Lochter and T. A. Almeida", "TubeSpam");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void showErrorsPrintsTheMistakesWithFileAndLine() throws Exception {
        Path file = fixture();
        assertThat(run("--show-errors", "5", file.toString())).isZero();
        assertThat(out.toString()).contains("False negatives (spam, not flagged), 1 of 1:")
                .contains(file + ":4  wow 2 billion views")
                .contains("False positives (legitimate, flagged), 0 of 0:");
    }

    @Test
    void jsonOutputCarriesTheSameFigures() throws Exception {
        Path file = fixture();
        assertThat(run("--output", "json", file.toString())).isZero();
        String json = out.toString();
        assertThat(json).contains("\"prediction\" : \"selfPromotion || salesPitch\"")
                .contains("\"tp\" : 2", "\"fn\" : 1", "\"precision\" : 1.0", "\"recall\" : 0.667", "\"f1\" : 0.8")
                .contains("TubeSpam");
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersStillCount() throws Exception {
        Path file = fixture();
        assertThat(run(dir.resolve("missing.csv").toString(), file.toString())).isZero();
        assertThat(err.toString()).contains("missing.csv").contains("no such file");
        assertThat(out.toString()).containsPattern("TOTAL\\s+5\\s");
    }

    @Test
    void nothingReadableExitsWithOne() {
        assertThat(run(dir.resolve("missing.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no such file").contains("no file could be read");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aFileOrHamLogsAreRequired() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("FILE");
    }

    @Test
    void anUnknownOutputFormatIsAUsageError() throws Exception {
        assertThat(run("--output", "xml", fixture().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("expected text or json");
    }

    @Test
    void aNegativeErrorCountIsAUsageError() throws Exception {
        assertThat(run("--show-errors", "-1", fixture().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--show-errors must be 0 or more");
    }

    @Test
    void helpCitesTheDataSet() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("TubeSpam", "--show-errors", "--output", "--folds", "--ham-irc");
    }

    private Path secondFile() throws IOException {
        Path file = dir.resolve("more.csv");
        Files.writeString(file, "COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS\n"
                + "1,a,2015-01-02,\"please subscribe to my knitting channel\",1\n"
                + "2,b,2015-01-02,\"the bridge at 2:10 gives me chills\",0\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void foldsHoldOutEachFileAndPrintTheMeanAndSayTheCuesAreFixed() throws Exception {
        Path first = fixture();
        Path second = secondFile();
        assertThat(run("--folds", first.toString(), second.toString())).isZero();
        String text = out.toString();
        assertThat(text).contains("Leave-one-file-out", "cues are fixed");
        assertThat(text).containsPattern(first.getFileName() + "\\s+5\\s+2\\s+0\\s+2\\s+1\\s+1\\.000\\s+0\\.667\\s+0\\.800");
        assertThat(text).containsPattern(second.getFileName() + "\\s+2\\s+1\\s+0\\s+1\\s+0\\s+1\\.000\\s+1\\.000\\s+1\\.000");
        // the mean of the files' figures, not the pooled one: recall (0.667 + 1.0) / 2
        assertThat(text).containsPattern("MEAN OF FILES\\s+1\\.000\\s+0\\.833\\s+0\\.900");
    }

    @Test
    void foldsNeedTwoFiles() throws Exception {
        assertThat(run("--folds", fixture().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--folds needs at least two FILEs");
    }

    @Test
    void foldsInJsonCarryTheMeans() throws Exception {
        assertThat(run("--folds", "--output", "json", fixture().toString(), secondFile().toString())).isZero();
        assertThat(out.toString()).contains("\"scheme\" : \"leave-one-file-out\"", "\"trained\" : false",
                "\"recall\" : 0.833");
    }

    /** An IRC log of people helping each other, one of whose messages the detector flags. */
    private Path hamLogs() throws IOException {
        Path logs = Files.createDirectories(dir.resolve("irc"));
        Files.writeString(logs.resolve("2020-03-04_10.raw.txt"), String.join("\n",
                "[10:00] <ana> my wifi drops every few minutes since the upgrade",
                "[10:01] <ben> ana: which chipset? lspci will tell you",
                "[10:02] <ana> ben: an intel one, iwlwifi in the log",
                "[10:03] <carl> check out my new channel about retro consoles, subscribe!",
                "[10:04] <ben> ana: try the power saving option off, then reload the module"), StandardCharsets.UTF_8);
        return logs;
    }

    @Test
    void hamIrcCountsFalseAlarmsPerThousandAndShowsThem() throws Exception {
        Path logs = hamLogs();
        assertThat(run("--ham-irc", logs.toString(), "--show-errors", "3")).isZero();
        String text = out.toString();
        assertThat(text).contains("False alarms on ordinary conversation");
        assertThat(text).containsPattern("TOTAL\\s+5\\s+1\\s+200\\.0");
        assertThat(text).contains("Flagged messages (false alarms), 1 of 1:").contains("2020-03-04_10:3  check out my new channel");
        assertThat(text).doesNotContain("wifi drops");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void hamIrcWithoutLogsIsReported() {
        assertThat(run("--ham-irc", dir.resolve("nowhere").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no such file or directory");
    }
}
