package dev.rapport.bot.docs;

import dev.rapport.rules.rule.RuleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README and the pages under {@code docs/} point where they say: every relative Markdown link names a file that
 * exists, every {@code #anchor} (in the same file or in {@code file.md#anchor}) is a heading of its target under
 * GitHub's rules, and every rule id has its section in {@code docs/rules.md}. A newcomer follows these links to find
 * a behaviour in two clicks; moving a section must not leave them at the top of a page or at a 404.
 */
class DocsLinksTest {

    /** {@code [text](target)} and {@code ![alt](target)}, with an optional {@code "title"}. */
    private static final Pattern LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
    private static final Pattern LINK_IN_HEADING = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");

    @Test
    void everyRelativeLinkOfTheReadmeAndTheDocsResolves() {
        Path root = projectRoot();
        List<String> problems = problems(root);
        assertThat(problems).as("links that point nowhere (file, link, why)").isEmpty();
    }

    @Test
    void everyRuleOfTheCatalogueHasItsSectionInDocsRules() throws IOException {
        Path rules = projectRoot().resolve("docs/rules.md");
        Set<String> headings = new LinkedHashSet<>();
        for (String line : withoutFencedCode(Files.readString(rules, StandardCharsets.UTF_8))) {
            Matcher m = HEADING.matcher(line);
            if (m.matches() && m.group(1).length() == 2) {
                headings.add(m.group(2));
            }
        }
        for (RuleId id : RuleId.values()) {
            assertThat(headings).as("a '## %s' section in docs/rules.md", id.id()).contains(id.id());
        }
    }

    @Test
    void anchorsAreMadeAsGitHubMakesThem() {
        assertThat(anchor("Using `rapport replay`")).isEqualTo("using-rapport-replay");
        assertThat(anchor("How accurate is the coach?")).isEqualTo("how-accurate-is-the-coach");
        assertThat(anchor("Platforms: JDA (recommended) or Javacord")).isEqualTo("platforms-jda-recommended-or-javacord");
        assertThat(anchor("oneway.give-take")).isEqualTo("onewaygive-take");
        assertThat(anchor("snake_case stays")).isEqualTo("snake_case-stays");
        assertThat(anchor("Ünïcode letters stay")).isEqualTo("ünïcode-letters-stay");
        assertThat(anchors("# Title\n## What it reads\n```\n## not a heading\n```\n## What it reads\n### What it reads\n"))
                .containsExactly("title", "what-it-reads", "what-it-reads-1", "what-it-reads-2");
    }

    @Test
    void aMissingFileOrHeadingIsCaught(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("README.md"), String.join("\n",
                "# Project", "## Two `words`", "",
                "[fine](#two-words) [fine too](docs/a.md#part-b) [gone](docs/missing.md) [stale](docs/a.md#part-c)",
                "[no heading](#three-words) `[code](nowhere.md)` [web](https://example.com/x.md)",
                "```", "[fenced](nowhere-either.md)", "```", ""), StandardCharsets.UTF_8);
        Files.writeString(root.resolve("docs/a.md"), "# A\n## Part B\n[back](../README.md#two-words) [up](../README.md#one)\n",
                StandardCharsets.UTF_8);

        assertThat(problems(root)).containsExactlyInAnyOrder(
                "README.md: docs/missing.md: no such file",
                "README.md: docs/a.md#part-c: no heading 'part-c' in docs/a.md",
                "README.md: #three-words: no heading 'three-words' in README.md",
                "docs/a.md: ../README.md#one: no heading 'one' in README.md");
    }

    /** Every broken link of README.md and docs/*.md, as "file: link: why". */
    static List<String> problems(Path root) {
        List<Path> pages = new ArrayList<>();
        pages.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Path, Set<String>> anchorsByPage = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            String name = root.relativize(page).toString().replace('\\', '/');
            for (String line : withoutFencedCode(read(page))) {
                String prose = INLINE_CODE.matcher(line)
                        .replaceAll(c -> c.group().contains("](") ? "" : Matcher.quoteReplacement(c.group()));
                Matcher m = LINK.matcher(prose);
                while (m.find()) {
                    String link = m.group(1);
                    if (SCHEME.matcher(link).find()) {
                        continue;
                    }
                    int hash = link.indexOf('#');
                    String file = hash < 0 ? link : link.substring(0, hash);
                    String fragment = hash < 0 ? null : link.substring(hash + 1);
                    Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                    if (!target.startsWith(root) && !Files.exists(outsideCheckout(root, target))) {
                        continue; // a sibling checkout such as ../shared, absent here: nothing to check against
                    }
                    if (!Files.exists(target)) {
                        problems.add(name + ": " + link + ": no such file");
                        continue;
                    }
                    if (fragment != null && target.toString().endsWith(".md")) {
                        Set<String> anchors = anchorsByPage.computeIfAbsent(target, t -> anchors(read(t)));
                        if (!anchors.contains(fragment)) {
                            String targetName = target.startsWith(root)
                                    ? root.relativize(target).toString().replace('\\', '/') : target.toString();
                            problems.add(name + ": " + link + ": no heading '" + fragment + "' in " + targetName);
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** The first directory outside the checkout that a link leaving it goes through, such as {@code ../shared}. */
    private static Path outsideCheckout(Path root, Path target) {
        Path parent = root.getParent();
        if (parent == null || !target.startsWith(parent)) {
            return target;
        }
        Path rel = parent.relativize(target);
        return parent.resolve(rel.getName(0));
    }

    /** The anchors GitHub gives a page's headings, in order, duplicates numbered -1, -2, ... */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : withoutFencedCode(markdown)) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                String base = anchor(h.group(2));
                int n = seen.merge(base, 1, Integer::sum) - 1;
                anchors.add(n == 0 ? base : base + "-" + n);
            }
            Matcher a = HTML_ANCHOR.matcher(line);
            while (a.find()) {
                anchors.add(a.group(1));
            }
        }
        return anchors;
    }

    /** GitHub's anchor for a heading: lower case, link text kept, punctuation but - and _ dropped, spaces to -. */
    static String anchor(String heading) {
        String text = LINK_IN_HEADING.matcher(heading.trim()).replaceAll("$1").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                out.appendCodePoint(c);
            } else if (c == ' ') {
                out.append('-');
            }
        });
        return out.toString();
    }

    /** The page's lines outside ``` and ~~~ fences. */
    private static List<String> withoutFencedCode(String markdown) {
        List<String> lines = new ArrayList<>();
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            String t = line.stripLeading();
            if (fence == null && (t.startsWith("```") || t.startsWith("~~~"))) {
                fence = t.substring(0, 3);
            } else if (fence != null && t.startsWith(fence)) {
                fence = null;
            } else if (fence == null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String read(Path page) {
        try {
            return Files.readString(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checkout's root: surefire's rapport.projectRoot, or the first directory up with README.md and docs/. */
    private static Path projectRoot() {
        List<Path> candidates = new ArrayList<>();
        String given = System.getProperty("rapport.projectRoot");
        if (given != null && !given.isBlank()) {
            candidates.add(Path.of(given));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            candidates.add(p);
        }
        for (Path p : candidates) {
            Path abs = p.toAbsolutePath().normalize();
            if (Files.isRegularFile(abs.resolve("README.md")) && Files.isDirectory(abs.resolve("docs"))) {
                return abs;
            }
        }
        throw new IllegalStateException("no README.md with docs/ beside it above " + Path.of("").toAbsolutePath());
    }
}
