package dev.rapport.bot.eval;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every label file in the eval folder (each round's, its second labeller's, the demo's, the IRC logs') is read
 * whole by {@code rapport eval tips}: a note with an unquoted comma fails the file, and a round whose labels fail
 * to parse is not measured at all, so a file is checked when it is added, not when a session first runs it.
 */
class LabelFilesParseTest {

    static Stream<Path> labelFiles() throws IOException {
        Path eval = LabelledExports.projectRoot().resolve("bot/src/test/resources/eval");
        try (Stream<Path> walk = Files.walk(eval)) {
            List<Path> files = walk.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
            return files.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelFiles")
    void everyLabelFileParsesWithAVerdictOnEachRow(Path file) {
        assertThatCode(() -> new TipLabelsReader().read(file)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelFiles")
    void everyLabelFileHasVerdicts(Path file) throws Exception {
        assertThat(new TipLabelsReader().read(file)).isNotEmpty();
    }
}
