package dev.rapport.rules.text;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every gated expression of the rules keeps its promise: no text that holds none of its words is matched by the
 * expression run ungated. The texts are every sentence the project's tests and scenes are written in (the string
 * literals of the rules' and the bot's test sources, the scene scripts among them, and the demo's and the labelled
 * scenes' exports), each as written, lowered, and lowered with curly apostrophes made straight, as the readings
 * see them. Each expression must also match some of those texts, or the check would say nothing about it.
 */
class GatedPatternSoundnessTest {
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** A literal continued on the next line ({@code "abc " + "def"}): one sentence, joined before reading. */
    private static final Pattern CONTINUED = Pattern.compile("\"\\s*\\+\\s*\"");
    private static final Pattern CONTENT = Pattern.compile("\"content\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static Map<String, GatedPattern> gated;
    private static List<String> texts;

    @BeforeAll
    static void readTheRulesAndTheirSentences() throws Exception {
        Path classes = Path.of(GatedPattern.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        gated = gatedPatternsUnder(classes);
        Path root = projectRoot();
        Set<String> found = new LinkedHashSet<>();
        for (String dir : List.of("rules/src/test/java", "bot/src/test/java")) {
            sentencesIn(root.resolve(dir), ".java", LITERAL, found);
        }
        for (String dir : List.of("bot/src/main/resources/demo", "bot/src/test/resources")) {
            sentencesIn(root.resolve(dir), ".json", CONTENT, found);
        }
        Set<String> variants = new LinkedHashSet<>();
        for (String s : found) {
            String lowered = s.toLowerCase(Locale.ROOT);
            variants.add(s);
            variants.add(lowered);
            variants.add(lowered.replace('\u2019', '\''));
        }
        texts = List.copyOf(variants);
    }

    @Test
    void theRulesGateSomeExpressions() {
        assertThat(gated).as("gated expressions found in %s", GatedPattern.class.getPackageName()).hasSizeGreaterThan(30);
        assertThat(texts).as("sentences read from the tests and scenes").hasSizeGreaterThan(30_000);
    }

    @Test
    void noExpressionMatchesATextWithoutOneOfItsWords() {
        // Each expression on its own thread of the common pool: the check runs every expression ungated over most of
        // the sentences, seconds of work, and the expressions are independent.
        List<String> broken = gated.entrySet().parallelStream()
                .flatMap(e -> texts.stream()
                        .filter(t -> !e.getValue().mayMatch(t) && e.getValue().pattern().matcher(t).find())
                        .limit(1)
                        .map(t -> e.getKey() + " " + e.getValue().words() + " matches without its words: \"" + t + "\""))
                .toList();
        assertThat(broken).isEmpty();
    }

    @Test
    void everyExpressionMatchesSomeSentenceSoTheCheckSaysSomething() {
        List<String> unmatched = new ArrayList<>();
        for (Map.Entry<String, GatedPattern> e : gated.entrySet()) {
            GatedPattern p = e.getValue();
            if (texts.stream().noneMatch(p::find)) {
                unmatched.add(e.getKey());
            }
        }
        assertThat(unmatched).as("gated expressions that no sentence of the tests matches").isEmpty();
    }

    @Test
    void aGateTurnsAwayOnlyTextsWithoutItsWords() {
        GatedPattern demo = GatedPattern.compile("\\bbook a (?:free )?demo\\b", "demo");
        assertThat(demo.find("happy to book a free demo next week")).isTrue();
        assertThat(demo.mayMatch("see you at the market")).isFalse();
        assertThat(demo.find("see you at the market")).isFalse();
        GatedPattern anyCase = GatedPattern.compile("\\banyone near (\\p{L}+)", Pattern.CASE_INSENSITIVE, "anyone");
        assertThat(anyCase.find("ANYONE near Hull?")).isTrue();
        assertThat(anyCase.mayMatch("nobody near Hull")).isFalse();
        // Unicode case folding matches letters whose lower case differs from the word's: such texts go through.
        assertThat(anyCase.mayMatch("nobody near Hull \u017F")).isTrue();
    }

    @Test
    void aGateIsWrittenInLowerCaseAndIsNeverEmpty() {
        assertThatThrownBy(() -> GatedPattern.compile("x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GatedPattern.compile("Book", "Book")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower case");
    }

    private static Map<String, GatedPattern> gatedPatternsUnder(Path classes) throws IOException {
        Map<String, GatedPattern> all = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replace('\\', '.');
                name = name.substring(0, name.length() - ".class".length());
                Class<?> c;
                try {
                    c = Class.forName(name, true, GatedPattern.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot load " + name, e);
                }
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == GatedPattern.class) {
                        field.setAccessible(true);
                        try {
                            all.put(c.getSimpleName() + "." + field.getName(), (GatedPattern) field.get(null));
                        } catch (IllegalAccessException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
        }
        return all;
    }

    private static void sentencesIn(Path dir, String suffix, Pattern literal, Set<String> into) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(p -> p.toString().endsWith(suffix)).sorted().forEach(p -> {
                try {
                    String source = Files.readString(p, StandardCharsets.UTF_8);
                    Matcher m = literal.matcher(CONTINUED.matcher(source).replaceAll(""));
                    while (m.find()) {
                        String s = unescape(m.group(1));
                        if (s.length() >= 8 && s.indexOf(' ') > 0) {
                            into.add(s);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Java's and JSON's escapes as the sentences use them. */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (i + 4 < s.length() && s.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                        b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        b.append('u');
                    }
                }
                default -> b.append(n);
            }
        }
        return b.toString();
    }

    private static Path projectRoot() throws URISyntaxException {
        String root = System.getProperty("rapport.projectRoot");
        if (root != null && Files.isDirectory(Path.of(root, "rules"))) {
            return Path.of(root);
        }
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("rules")) ? here : here.getParent();
    }
}
