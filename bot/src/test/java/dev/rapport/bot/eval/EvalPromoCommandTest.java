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
    void aFileIsRequired() {
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
        assertThat(out.toString()).contains("TubeSpam", "--show-errors", "--output");
    }
}
