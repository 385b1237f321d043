package dev.rapport.bot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judgement learns general facts, never rows of the labelled scenes: no string literal in
 * {@code rules/src/main/java} names a person (display name, any word of it, or username), a server, or a site of
 * someone's own that appears in any export the eval folders hold (every JSON export under
 * {@code bot/src/test/resources/eval}, whichever rounds are present, and the demo's).
 *
 * <p>Names are compared as words: both sides lower-cased, every run of characters that are not letters or digits
 * made one space (so {@code "rosa\\s+vance"} and {@code "Rosa Vance"} meet). Comments are not read: an example name in
 * a comment is the comment rule's business, not this test's.
 *
 * <p>What is skipped, and why:
 * <ul>
 *   <li>names under three characters ("Jo", "Mo"): too short to tell a name from a piece of a word;</li>
 *   <li>"Direct Messages", the name DiscordChatExporter gives every DM export, not a server's;</li>
 *   <li>{@link #ORDINARY}: a name that, lower-cased, is a word with a meaning of its own (an English word, a month, or
 *   a word of another language the rules read), and {@link #ENGLISH}, plain English words. Such a word is in a rule
 *   for its meaning, not for the person or site that happens to carry it;</li>
 *   <li>{@link #PLATFORMS}: public sites used by millions (a host whose registrable name is one of these is generic).
 *   Naming a platform is a fact about the web; naming a scene's own shop or page (its registrable name, such as
 *   {@code habitly} of {@code habitly.app}, or its whole host) is not.</li>
 * </ul>
 */
class NoSceneNamesInRulesTest {

    /**
     * Ordinary words that are also a name in some export: each an English word in any dictionary as a lower-case word
     * (not only as a name), or, with its meaning beside it, a word the rules read in another language or an
     * abbreviation. Names of people, servers and shops that are not such words never go here.
     */
    private static final Map<String, String> ORDINARY = Map.ofEntries(
            Map.entry("mira", "Spanish: look (a call to action the promotion lexicon reads)"),
            Map.entry("ola", "Portuguese/Spanish: hi (a greeting the promotion lexicon reads)"),
            Map.entry("cal", "short for calendar (cal.com, a scheduling site)"),
            Map.entry("dev", "short for developer; also a top-level domain"),
            Map.entry("gov", "short for government, as in gov.uk"),
            Map.entry("docs", "short for documents, documentation"),
            Map.entry("sheets", "English: sheets, as in a sign-up sheet or a spreadsheet service's name"),
            Map.entry("max", "short for maximum"),
            Map.entry("mac", "short for Macintosh, the computer people ask help about (also a raincoat)"),
            Map.entry("min", "short for minimum (a threshold's name, as \"min-share\")"),
            Map.entry("jun", "short for June, as a date is written (\"12 Jun\")"),
            Map.entry("jan", "short for January, as a date is written (\"3 Jan\")"),
            Map.entry("tiff", "an image file format (TIFF), read as a picture's file ending"));

    /** English words (see {@link #ORDINARY}) that are a display name or a site's name in some export. */
    private static final Set<String> ENGLISH = Set.of(
            "archive", "articles", "awards", "blog", "books", "booth", "brand", "calendar", "clips", "collections", "county", "day", "dot", "drive",
            "eve", "files", "forms", "give", "guy", "joy", "june", "library", "listening", "lists", "low", "maps", "marketplace",
            "notes", "paste", "patience", "per", "photos", "planning", "pics", "podcasts", "police", "price", "readers", "reviews",
            "rules", "said", "sister", "slides", "social",
            "sound", "video", "videos");

    /** Registrable names of public platforms: a host under one of these is nobody's own site. */
    private static final Set<String> PLATFORMS = Set.of(
            "amazon", "apple", "bandcamp", "behance", "bigcartel", "bit", "calendly", "cal", "depop", "discord",
            "ebay", "etsy", "eventbrite", "facebook", "flickr", "github", "gle", "goodreads", "google", "gumroad",
            "imgur", "instagram", "itch", "kickstarter", "ko-fi", "kofi", "linkedin", "medium", "meetup",
            "musescore", "patreon", "pastebin", "producthunt", "python", "readthedocs", "reddit", "shopify",
            "soundcloud", "spotify",
            "steampowered", "strava", "substack", "ticketsource", "tiktok", "twitch", "twitter", "vinted", "w3",
            "wikipedia", "youtu", "youtube");

    /** Country domains whose second level is a category ("shop.co.uk"): the registrable name is one label further. */
    private static final Set<String> SECOND_LEVELS = Set.of("co", "com", "org", "net", "ac", "gov", "edu");

    private static final Pattern URL_HOST = Pattern.compile("(?i)\\bhttps?://([a-z0-9.-]+)");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noStringLiteralOfTheRulesNamesAPersonServerOrOwnSiteOfAnyLabelledExport() throws IOException {
        Path root = LabelledExports.projectRoot();
        Map<String, Set<String>> names = new TreeMap<>();
        List<Path> exports = LabelledExports.exports(root);
        for (Path export : exports) {
            collect(export, root, names);
        }
        assertThat(exports).as("the eval exports were found").hasSizeGreaterThan(100);
        assertThat(names).as("names were read from the exports").hasSizeGreaterThan(500);

        List<Literal> literals = literals(root.resolve("rules/src/main/java"));
        assertThat(literals).as("string literals were read from rules/src/main/java").hasSizeGreaterThan(1000);

        List<String> found = offending(names, literals);
        assertThat(found)
                .as("string literals of rules/src/main/java that name someone, a server or an own site of a labelled"
                        + " export: write the general fact instead (or, if the name is also a plain English word, add"
                        + " it to ENGLISH; another word with a meaning of its own goes in ORDINARY with that meaning)")
                .isEmpty();
    }

    @Test
    void theCheckFindsANameHiddenInARegexAndAnOwnSiteButNotAnOrdinaryWord() {
        Map<String, Set<String>> names = new TreeMap<>();
        names.put("rosa vance", Set.of("display name in a test round"));
        names.put("habitly", Set.of("host habitly.app in a test round"));
        names.put("mira", Set.of("display name in a test round"));
        List<Literal> literals = List.of(
                new Literal("A.java:1", "(?i)thanks,?\\s+rosa\\s+vance"),
                new Literal("B.java:2", "get habitly.app"),
                new Literal("C.java:3", "mira"),
                new Literal("D.java:4", "rosalind"));

        List<String> found = offending(names, literals);

        assertThat(found).hasSize(2);
        assertThat(found.get(0)).startsWith("A.java:1");
        assertThat(found.get(1)).startsWith("B.java:2");
    }

    private static List<String> offending(Map<String, Set<String>> names, List<Literal> literals) {
        int longest = 1;
        for (String name : names.keySet()) {
            longest = Math.max(longest, name.split(" ").length);
        }
        // Every run of up to `longest` consecutive words of every literal, with the literals it occurs in.
        Map<String, List<Literal>> runs = new HashMap<>();
        for (Literal literal : literals) {
            String[] w = words(literal.text()).split(" ");
            for (int i = 0; i < w.length; i++) {
                StringBuilder run = new StringBuilder();
                for (int n = 0; n < longest && i + n < w.length; n++) {
                    run.append(n == 0 ? "" : " ").append(w[i + n]);
                    List<Literal> in = runs.computeIfAbsent(run.toString(), k -> new ArrayList<>());
                    if (in.isEmpty() || in.get(in.size() - 1) != literal) {
                        in.add(literal);
                    }
                }
            }
        }
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Set<String>> name : names.entrySet()) {
            String key = name.getKey();
            if (ORDINARY.containsKey(key) || ENGLISH.contains(key) || PLATFORMS.contains(key)) {
                continue;
            }
            for (Literal literal : runs.getOrDefault(key, List.of())) {
                found.add(literal.where() + " \"" + literal.text() + "\" names '" + key + "' ("
                        + String.join("; ", name.getValue()) + ")");
            }
        }
        found.sort(null);
        return found;
    }

    /** Lower case, every run of non-letters and non-digits one space; a regex's {@code \s}, {@code \b} are gaps. */
    static String words(String text) {
        String unescaped = text.replaceAll("\\\\[sSbBwWdD]", " ");
        StringBuilder out = new StringBuilder(unescaped.length());
        boolean gap = true;
        for (int i = 0; i < unescaped.length(); i++) {
            char c = unescaped.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                gap = false;
            } else if (!gap) {
                out.append(' ');
                gap = true;
            }
        }
        return out.toString().strip().toLowerCase(Locale.ROOT);
    }

    private static void collect(Path export, Path root, Map<String, Set<String>> names) throws IOException {
        JsonNode doc = JSON.readTree(export.toFile());
        String from = root.relativize(export.getParent()).toString();
        String guild = doc.path("guild").path("name").asText("");
        if (!guild.equals("Direct Messages")) {
            add(names, guild, "server '" + guild + "' in " + from);
        }
        for (JsonNode message : doc.path("messages")) {
            person(message.path("author"), from, names);
            for (JsonNode mention : message.path("mentions")) {
                person(mention, from, names);
            }
            Matcher url = URL_HOST.matcher(message.path("content").asText(""));
            while (url.find()) {
                host(url.group(1), from, names);
            }
        }
    }

    private static void person(JsonNode who, String from, Map<String, Set<String>> names) {
        String username = who.path("name").asText("");
        add(names, username, "username '" + username + "' in " + from);
        String display = who.path("nickname").asText("");
        add(names, display, "display name '" + display + "' in " + from);
        for (String word : words(display).split(" ")) {
            add(names, word, "display name '" + display + "' in " + from);
        }
    }

    private static void host(String raw, String from, Map<String, Set<String>> names) {
        String host = raw.toLowerCase(Locale.ROOT).replaceAll("^[.-]+|[.-]+$", "");
        String[] labels = host.split("\\.");
        if (labels.length < 2) {
            return;
        }
        int registrable = labels.length - 2;
        boolean countryCode = labels[labels.length - 1].length() == 2;
        if (labels.length >= 3 && countryCode && SECOND_LEVELS.contains(labels[registrable])) {
            registrable--;
        }
        String name = labels[registrable];
        // a platform's own top-level domain (Google's .gle, as in forms.gle) holds only the platform's hosts
        if (PLATFORMS.contains(name) || PLATFORMS.contains(labels[labels.length - 1])) {
            return;
        }
        add(names, name, "site " + host + " in " + from);
        add(names, host.startsWith("www.") ? host.substring(4) : host, "site " + host + " in " + from);
    }

    private static void add(Map<String, Set<String>> names, String name, String where) {
        String key = words(name);
        if (key.length() < 3) {
            return;
        }
        Set<String> places = names.computeIfAbsent(key, k -> new TreeSet<>());
        if (places.size() < 3) {
            places.add(where);
        }
    }

    /** Every string literal of the Java sources, with comments, character literals and text blocks read past. */
    static List<Literal> literals(Path sources) throws IOException {
        List<Literal> literals = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            String where = sources.relativize(file).toString();
            String code = Files.readString(file, StandardCharsets.UTF_8);
            int line = 1;
            int i = 0;
            while (i < code.length()) {
                char c = code.charAt(i);
                if (c == '\n') {
                    line++;
                    i++;
                } else if (code.startsWith("//", i)) {
                    i = code.indexOf('\n', i) < 0 ? code.length() : code.indexOf('\n', i);
                } else if (code.startsWith("/*", i)) {
                    int end = code.indexOf("*/", i + 2);
                    end = end < 0 ? code.length() : end + 2;
                    line += LabelledExports.lineBreaks(code, i, end);
                    i = end;
                } else if (code.startsWith("\"\"\"", i)) {
                    int end = code.indexOf("\"\"\"", i + 3);
                    end = end < 0 ? code.length() : end + 3;
                    literals.add(new Literal(where + ":" + line, code.substring(i + 3, Math.max(i + 3, end - 3))));
                    line += LabelledExports.lineBreaks(code, i, end);
                    i = end;
                } else if (c == '"' || c == '\'') {
                    int j = i + 1;
                    while (j < code.length() && code.charAt(j) != c && code.charAt(j) != '\n') {
                        j += code.charAt(j) == '\\' ? 2 : 1;
                    }
                    if (c == '"') {
                        String text = code.substring(i + 1, Math.min(j, code.length()));
                        literals.add(new Literal(where + ":" + line, text));
                    }
                    i = j + 1;
                } else {
                    i++;
                }
            }
        }
        return literals;
    }

    record Literal(String where, String text) {
    }
}
