package dev.rapport.bot.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code eval promo} given a file that is not a CSV of text says so, instead of a decoder's "Input length = 1". */
class EvalPromoBadFileTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new EvalPromoCommand());
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aBinaryFileIsNamedAsOne() throws Exception {
        Path png = Files.write(dir.resolve("chart.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});

        assertThat(run(png.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(png + ": is a binary file, not a CSV file").doesNotContain("Input length");
    }

    @Test
    void textInAnotherEncodingIsNamedWithWhatToDo() throws Exception {
        Path latin1 = Files.write(dir.resolve("comments.csv"),
                "COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS\n1,a,d,\"caf\u00e9 \u00e0 volont\u00e9\",0\n".getBytes("ISO-8859-1"));

        assertThat(run(latin1.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(latin1 + ": is not UTF-8 text").contains("save it as UTF-8")
                .doesNotContain("Input length");
    }
}
