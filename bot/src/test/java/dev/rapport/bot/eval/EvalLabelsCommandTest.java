package dev.rapport.bot.eval;

import dev.rapport.bot.cli.CliRun;
import dev.rapport.bot.cli.RapportCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rapport eval labels}: two labellers' files of the same scenes, compared without running the coach. */
class EvalLabelsCommandTest {
    private static final String HEADER = "person,week,rule,verdict,note\n";

    @TempDir
    Path dir;

    @Test
    void printsTheCellsAndFiguresPerRuleAndTheDifferencesWithBothNotes() throws IOException {
        Path first = write("first.csv", HEADER
                + "Ana,2026-W41,promo.self,should,three pushes of her shop\n"
                + "Ben,2026-W41,oneway.unanswered,should,never answered Cy\n"
                + "Cy,2026-W41,links.repeat,should-not,one link\n");
        Path second = write("second.csv", HEADER
                + "Ana,2026-W41,promo.self,should,pushes her shop\n"
                + "Ben,2026-W41,oneway.unanswered,should-not,\"he answered by turn, the next morning\"\n");

        CliRun run = CliRun.of("eval", "labels", first.toString(), second.toString(), "--show-differences");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("KAPPA", "POSITIVE")
                .containsPattern("promo\\.self\\s+1\\s+0\\s+0\\s+0\\s+1\\.000")
                .containsPattern("ALL\\s+1\\s+1\\s+0\\s+1\\s+0\\.667\\s+0\\.400\\s+0\\.667")
                .contains("first only: Ben 2026-W41 oneway.unanswered",
                        "first:  should (never answered Cy)",
                        "second: should-not (he answered by turn, the next morning)")
                .doesNotContain("Cy 2026-W41 links.repeat");
    }

    @Test
    void aBadLabelFileIsNamedWithItsLineAndNothingIsCompared() throws IOException {
        Path first = write("first.csv", HEADER + "Ana,2026-W41,promo.self,should,fine\n");
        Path second = write("second.csv", HEADER + "Ana,2026-W41,promo.selfish,should,typo\n");

        CliRun run = CliRun.of("eval", "labels", first.toString(), second.toString());

        assertThat(run.exit()).isEqualTo(RapportCommand.FAILED);
        assertThat(run.err()).contains("second.csv", "unknown rule 'promo.selfish'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void bothFilesAreRequired() throws IOException {
        CliRun run = CliRun.of("eval", "labels", write("only.csv", HEADER).toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("SECOND");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

}
