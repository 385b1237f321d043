package dev.rapport.bot.eval;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writers of the held-out rounds read the README's rule catalogue and {@code docs/rules.md}, and those docs quote
 * example sentences: no run of {@value NoScenePhrasesInRulesTest#RUN} words of a double-quoted example ("..." or
 * “...”) in {@code docs/rules.md} or {@code README.md} occurs in a message of any labelled export (every JSON export
 * under {@code bot/src/test/resources/eval}, whichever rounds are present, and the demo's).
 *
 * <p>Why: an example a writer copies into a new round tests the coach on its own teaching, not on how people talk;
 * and an example taken from a round's message makes that message a row of a data set the docs (and the code they
 * describe) were fitted to. Either way the round no longer measures anything held out.
 *
 * <p>Words are those of {@link NoScenePhrasesInRulesTest#words}. A quote may run over a line break of the hard-wrapped
 * Markdown, never over a blank line (an opening mark with no closing one in its paragraph is no quote).
 *
 * <p>On a hit the docs' example is reworded (same cue, other words, still read the way the docs say), never the
 * round: the round is the exam and is written before anyone reads it against the code.
 */
class NoScenePhrasesInDocsTest {

    /** The docs round writers read. */
    private static final List<String> DOCS = List.of("docs/rules.md", "README.md");

    @Test
    void noRunOfADocsExampleIsASentenceOfALabelledExport() throws IOException {
        Path root = LabelledExports.projectRoot();
        Map<String, String> runs = NoScenePhrasesInRulesTest.exportRuns(root);
        List<Quote> quotes = new ArrayList<>();
        for (String doc : DOCS) {
            quotes.addAll(quotes(doc, Files.readString(root.resolve(doc), StandardCharsets.UTF_8)));
        }
        assertThat(quotes).as("quoted examples were read from the docs").hasSizeGreaterThan(500);

        assertThat(offending(quotes, runs))
                .as("runs of %d words of a quoted example in the docs that occur in a message of a labelled export:"
                        + " reword the docs' example (same cue, other words, still read as the docs say); the round"
                        + " is never reworded", NoScenePhrasesInRulesTest.RUN)
                .isEmpty();
    }

    @Test
    void theCheckFindsAQuoteOverALineBreakOrCurlyButNotAShorterRunNorProse() {
        String doc = """
                - A favour ("would you WATER my
                  ferns, please?") is an ask, and so is “hey, would you water my ferns please”.
                - "would you water my ferns" is five words; would you water my ferns please, unquoted, is prose.
                - An opening " with no close

                  before a blank line is no quote: would you water my ferns please".
                """;
        Map<String, String> runs = new HashMap<>();
        NoScenePhrasesInRulesTest.addRuns("Off to Lisbon! Would you water my ferns, please?", "scene.json", runs);

        List<String> found = offending(quotes("T.md", doc), runs);

        assertThat(found).hasSize(2);
        assertThat(found.get(0)).startsWith("T.md:1 'would you water my ferns please'");
        assertThat(found.get(1)).startsWith("T.md:2 'would you water my ferns please'");
    }

    private static List<String> offending(List<Quote> quotes, Map<String, String> runs) {
        List<String> found = new ArrayList<>();
        for (Quote quote : quotes) {
            for (String run : NoScenePhrasesInRulesTest.runs(quote.text())) {
                String source = runs.get(run);
                if (source != null) {
                    found.add(quote.file() + ":" + quote.line() + " '" + run + "' <- " + source + " (in \""
                            + quote.text().replaceAll("\\s+", " ") + "\")");
                }
            }
        }
        return found;
    }

    /**
     * The double-quoted spans of a Markdown text ("..." or “...”), each with the line it opens on; a span may cross
     * a line break but not a blank line.
     */
    static List<Quote> quotes(String file, String text) {
        List<Quote> quotes = new ArrayList<>();
        int i = 0;
        int line = 1;
        int counted = 0; // line breaks are counted up to here
        while (i < text.length()) {
            char c = text.charAt(i);
            char close = c == '"' ? '"' : c == '\u201C' ? '\u201D' : 0;
            if (close == 0) {
                i++;
                continue;
            }
            int end = text.indexOf(close, i + 1);
            String inside = end < 0 ? null : text.substring(i + 1, end);
            if (inside == null || inside.matches("(?s).*\\n[ \\t]*\\n.*")) {
                i++;
                continue;
            }
            line += LabelledExports.lineBreaks(text, counted, i);
            counted = i;
            quotes.add(new Quote(file, line, inside));
            i = end + 1;
        }
        return quotes;
    }

    /** A quoted example: the doc, the line it opens on, and its text. */
    record Quote(String file, int line, String text) {
    }
}
