package dev.rapport.bot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.bot.importer.ImportException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The rules learn general facts, never rows of a data set, and their tests use sentences written for the test: no run
 * of {@value #RUN} words in a string literal or a comment of {@code rules/src/main/java} or {@code rules/src/test/java}
 * occurs in a message of any export the eval folders hold (every JSON export under {@code bot/src/test/resources/eval},
 * whichever rounds are present, and the demo's), nor in a comment of the YouTube Spam Collection
 * ({@code ../shared/data/youtube-spam}; that part is skipped when the data is absent).
 *
 * <p>Words are compared lower-cased: a word is a run of letters, digits and apostrophes (a curly apostrophe counts as
 * a straight one; apostrophes at a word's edge are quotes, not part of it). Everything else is a gap, and so is an
 * escape such as {@code \n} or a regex's {@code \s}. String literals joined by {@code +} are read as one text, as are
 * {@code //} comments on consecutive lines; a block comment is one text.
 *
 * <p>A new round can meet an older comment or test by chance (its writer never reads the rules: round 50 wrote "how
 * do you all find new ...", which a test already said). The rules' side is then reworded, never the round's: the
 * round is the exam and is written before anyone reads it against the code.
 */
class NoScenePhrasesInRulesTest {

    /** Six words: long enough that a shared run is a copied sentence, not a common turn of phrase. */
    static final int RUN = 6;

    /**
     * Runs that are general facts any list would hold, each with why: a phrase of the web or of how people talk (a
     * platform's fixed words, say), not a sentence of a scene. Empty today; current hits never go here by default.
     */
    private static final Map<String, String> GENERAL = Map.of();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path root;
    private static List<Text> sources;

    @BeforeAll
    static void readTheRules() throws IOException {
        root = LabelledExports.projectRoot();
        sources = new ArrayList<>();
        sources.addAll(texts(root.resolve("rules/src"), root.resolve("rules/src/main/java")));
        sources.addAll(texts(root.resolve("rules/src"), root.resolve("rules/src/test/java")));
    }

    @Test
    void noRunOfTheRulesOrTheirTestsIsASentenceOfALabelledExport() throws IOException {
        Map<String, String> runs = exportRuns(root);
        assertThat(sources).as("literals and comments were read from rules/src").hasSizeGreaterThan(5000);

        assertThat(offending(sources, runs))
                .as("runs of %d words in rules/src that are copied from a message of a labelled export: write a"
                        + " sentence for the test or the comment instead (same cue, other words)", RUN)
                .isEmpty();
    }

    @Test
    void noRunOfTheRulesOrTheirTestsIsACommentOfTheYouTubeSpamCollection() throws ImportException, IOException {
        Path data = root.resolve("../shared/data/youtube-spam").normalize();
        assumeTrue(Files.isDirectory(data), data + " is absent: skipping the YouTube Spam Collection part");
        List<Path> files;
        try (Stream<Path> listing = Files.list(data)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        Map<String, String> runs = new HashMap<>();
        LabelledCommentsReader reader = new LabelledCommentsReader();
        for (Path file : files) {
            for (LabelledComment comment : reader.read(file)) {
                addRuns(comment.text(), "youtube-spam/" + file.getFileName() + ":" + comment.line(), runs);
            }
        }
        assertThat(runs).as("comments were read from the data set").hasSizeGreaterThan(10_000);

        assertThat(offending(sources, runs))
                .as("runs of %d words in rules/src that are copied from a YouTube Spam Collection comment: write the"
                        + " general cue, or a sentence for the test, instead", RUN)
                .isEmpty();
    }

    @Test
    void theCheckFindsASentenceSplitOverLiteralsOrInACommentButNotAShorterRun() {
        String code = """
                class T {
                    // as in "Would you WATER my ferns,
                    // please?" before a trip
                    String a = "hey, would you water my "
                            + "ferns please? thanks";
                    String b = "would you water my ferns";
                    String c = "would\\\\s+you\\\\s+water\\\\s+my\\\\s+ferns\\\\s+please";
                }
                """;
        List<Text> texts = texts("T.java", code);
        Map<String, String> runs = new HashMap<>();
        addRuns("Off to Lisbon! Would you water my ferns, please?", "scene.json", runs);

        List<String> found = offending(texts, runs);

        assertThat(found).hasSize(3);
        assertThat(found.get(0)).startsWith("T.java:2 comment 'would you water my ferns please'");
        assertThat(found.get(1)).startsWith("T.java:4 literal 'would you water my ferns please'");
        assertThat(found.get(2)).startsWith("T.java:7 literal 'would you water my ferns please'");
    }

    private static List<String> offending(List<Text> texts, Map<String, String> runs) {
        List<String> found = new ArrayList<>();
        for (Text text : texts) {
            for (String run : runs(text.text())) {
                String source = runs.get(run);
                if (source == null || GENERAL.containsKey(run)) {
                    continue;
                }
                String hit = text.file() + ":" + text.line() + " " + text.kind() + " '" + run + "' <- " + source;
                found.add(hit);
            }
        }
        return found;
    }

    /**
     * Every run of {@link #RUN} words in a message of a labelled export ({@link LabelledExports#exports}), each with
     * the first export (relative to the root) it occurs in. Shared with {@link NoScenePhrasesInDocsTest}.
     */
    static Map<String, String> exportRuns(Path root) throws IOException {
        Map<String, String> runs = new HashMap<>();
        List<Path> exports = LabelledExports.exports(root);
        assertThat(exports).as("the eval exports were found").hasSizeGreaterThan(100);
        for (Path export : exports) {
            String from = root.relativize(export).toString();
            for (JsonNode message : JSON.readTree(export.toFile()).path("messages")) {
                addRuns(message.path("content").asText(""), from, runs);
            }
        }
        return runs;
    }

    static void addRuns(String message, String from, Map<String, String> runs) {
        for (String run : runs(message)) {
            runs.putIfAbsent(run, from);
        }
    }

    /** Every run of {@link #RUN} consecutive words of the text, each once, in order. */
    static Set<String> runs(String text) {
        List<String> words = words(text);
        Set<String> runs = new LinkedHashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }

    /** Lower-cased runs of letters, digits and apostrophes; an escape (a backslash and a letter) is a gap. */
    static List<String> words(String text) {
        String plain = text.replaceAll("\\\\[A-Za-z]", " ").replace('\u2019', '\'').replace('\u2018', '\'')
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= plain.length(); i++) {
            char c = i < plain.length() ? plain.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '\'') {
                word.append(c);
            } else if (!word.isEmpty()) {
                String w = word.toString().replaceAll("^'+|'+$", "");
                if (!w.isEmpty()) {
                    words.add(w);
                }
                word.setLength(0);
            }
        }
        return words;
    }

    private static List<Text> texts(Path base, Path sources) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        List<Text> texts = new ArrayList<>();
        for (Path file : files) {
            texts.addAll(texts(base.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        return texts;
    }

    /**
     * The string literals (literals joined by {@code +} as one, text blocks) and comments (a block comment, or
     * {@code //} comments on consecutive lines, as one) of a Java source, each with the line it starts on.
     */
    static List<Text> texts(String file, String code) {
        List<Text> texts = new ArrayList<>();
        int line = 1;
        int i = 0;
        int lineCommentEnds = -1; // the line of the last // comment, to join the next line's to it
        int literalEnds = -1; // where the last string literal closed, to join "a" + "b"
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i) < 0 ? code.length() : code.indexOf('\n', i);
                String comment = code.substring(i + 2, end);
                Text last = texts.isEmpty() ? null : texts.get(texts.size() - 1);
                if (last != null && last.kind().equals("comment") && lineCommentEnds == line - 1) {
                    texts.set(texts.size() - 1, last.plus(" " + comment));
                } else {
                    texts.add(new Text(file, line, "comment", comment));
                }
                lineCommentEnds = line;
                i = end;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                texts.add(new Text(file, line, "comment", code.substring(i + 2, Math.max(i + 2, end - 2))));
                line += LabelledExports.lineBreaks(code, i, end);
                i = end;
            } else if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                end = end < 0 ? code.length() : end + 3;
                texts.add(new Text(file, line, "literal", code.substring(i + 3, Math.max(i + 3, end - 3))));
                line += LabelledExports.lineBreaks(code, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != c && code.charAt(j) != '\n') {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    String literal = code.substring(i + 1, Math.min(j, code.length()));
                    Text last = texts.isEmpty() ? null : texts.get(texts.size() - 1);
                    boolean joined = last != null && last.kind().equals("literal") && literalEnds >= 0
                            && code.substring(literalEnds, i).strip().equals("+");
                    if (joined) {
                        texts.set(texts.size() - 1, last.plus(literal));
                    } else {
                        texts.add(new Text(file, line, "literal", literal));
                    }
                    literalEnds = j + 1;
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return texts;
    }

    /** A literal or comment: the file under rules/src, the line it starts on, its kind and its text. */
    record Text(String file, int line, String kind, String text) {
        Text plus(String more) {
            return new Text(file, line, kind, text + more);
        }
    }
}
