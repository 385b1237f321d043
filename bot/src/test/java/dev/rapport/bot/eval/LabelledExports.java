package dev.rapport.bot.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the guards against learning the scenes by heart ({@link NoSceneNamesInRulesTest},
 * {@link NoScenePhrasesInRulesTest}, {@link NoScenePhrasesInDocsTest}) read: the project root, every labelled export
 * (the eval rounds and the demo), and line numbers inside a source file.
 */
final class LabelledExports {

    private LabelledExports() {
    }

    /** The project root, from {@code rapport.projectRoot} or the working directory upwards. */
    static Path projectRoot() {
        String given = System.getProperty("rapport.projectRoot");
        String from = given != null && !given.isBlank() ? given : System.getProperty("user.dir");
        Path start = Path.of(from).toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("rules/src/main/java"))
                    && Files.isDirectory(p.resolve("bot/src/test/resources/eval"))) {
                return p;
            }
        }
        throw new IllegalStateException("no project root (rules/src/main/java, bot/src/test/resources/eval) above "
                + start);
    }

    /** Every JSON export under the eval folders (whichever rounds are present) and the demo's, in a stable order. */
    static List<Path> exports(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(root.resolve("bot/src/test/resources/eval"),
                root.resolve("bot/src/main/resources/demo"))) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** How many line breaks stand in {@code code} from {@code from} up to {@code to}. */
    static int lineBreaks(String code, int from, int to) {
        int lines = 0;
        for (int k = from; k < to && k < code.length(); k++) {
            if (code.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
