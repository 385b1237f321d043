package dev.rapport.rules.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A request for help or an opinion made without a question mark: "would love eyes on this", "first attempt, go easy
 * on me", "any pointers appreciated", "let me know what you think", "need a hand with my invoices", "bumping this,
 * any name would help". People ask this way as often as with a question: said to the room, the room can answer it or
 * let it pass by just the same; said to someone, it asks them for something and gives them nothing.
 *
 * <p>Only the forms of asking count, never a word alone: "thanks for the feedback", "your notes were a big help",
 * "the feedback swap is on Thursday" and "shipped the update, thoughts later" say something, they ask nothing. A
 * request for offers ("looking for a designer") is {@link OfferRequest}'s.
 */
public final class RoomRequest {
    /** What one asks the room for: an opinion, an eye, a hand, advice (general English). */
    private static final Set<String> WANTED = Set.of("feedback", "thoughts", "opinions", "opinion", "notes",
            "critique", "crit", "crits", "input", "advice", "tips", "pointers", "suggestions", "ideas", "help",
            "eyes", "ears", "recommendations", "recs");
    /** Between words (compiled once: {@code String.split} compiles its expression at every call). */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}']+");
    /** {@link #WANTED} to look for in a text: the shorter of two where one holds the other ("crit", "critique"). */
    private static final String[] WANTED_NAMES = WANTED.stream()
            .filter(w -> WANTED.stream().noneMatch(o -> !o.equals(w) && w.contains(o))).sorted().toArray(String[]::new);
    /** Wishes that open such a request: "would love feedback", "I'd appreciate any pointers". */
    private static final String[] WISHES = {"would love", "would appreciate", "would be grateful for", "'d love",
        "'d appreciate", "d love", "love some", "love any", "open to", "keen to hear", "happy to hear"};
    /** Words after the thing wanted that make it a request: "feedback welcome", "pointers appreciated". */
    private static final Set<String> WELCOMED = Set.of("welcome", "welcomed", "appreciated", "wanted", "needed",
            "please", "pls", "plz");
    /**
     * Words before the thing wanted that make it something already given or offered: "the feedback", "your notes",
     * "great tips", "no feedback needed", "happy to help".
     */
    private static final Set<String> GIVEN = Set.of("the", "your", "ur", "this", "that", "these", "those", "his", "her",
            "their", "for", "great", "good", "helpful", "no", "to");
    /** After "would love to": verbs of receiving, "would love to hear some thoughts". */
    private static final Set<String> RECEIVING = Set.of("hear", "get", "see", "know", "have", "read");
    /** "any leads would be great": how a request says it would be welcome ("any day would be fine" answers). */
    private static final Set<String> GRATEFUL = Set.of("great", "appreciated", "amazing", "helpful", "brilliant",
            "lovely", "awesome");
    /** Asking the room to say what they think, or for a hand. */
    private static final String[] IMPERATIVES = {"go easy on me", "go easy on it", "roast it", "roast this",
        "roast me", "roast my", "tear it apart", "tear this apart", "rip it apart", "rip this apart", "let me know what you think",
        "let me know your thoughts", "lmk what you think", "lmk your thoughts", "tell me what you think",
        "please help", "help me out", "bumping this", "just bumping", "bumping my", "friendly bump", "gentle bump",
        "anything would help", "looking for advice", "looking for feedback", "looking for tips",
        "looking for help", "looking for input", "looking for pointers", "looking for recommendations"};
    /**
     * Asking to be spared or told straight, said at the end of a clause ("first pot, be gentle", "be brutal!"): "to be
     * honest, I prefer the old one" and "be gentle with the new folks" say something else.
     */
    private static final String[] MANNER = {"be gentle", "be honest", "be brutal"};
    /** One's own need, said of oneself: "need a hand with my invoices", not "if you need a hand, shout". */
    private static final String[] NEED = {"need a hand", "need some help", "need help", "need advice",
        "need some advice", "need feedback", "need some feedback"};
    /** Who says the need is theirs, right before it (or nothing: the need opens the message). */
    private static final Set<String> SELF = Set.of("i", "we", "i'm", "really", "still", "just", "kinda", "also",
            "desperately", "and", "but", "so");

    /**
     * One more of what one asked the room for before, said as the thing wanted: "another one: a quiet pub with a back
     * room, free on a Sunday", "one more: an old van that still runs". The opening ties it to the writer's earlier
     * request, and the thing described after the colon is what is now asked for. Only a thing named by its article,
     * with no link ("another one: <page>" shares one more page): "another one for me: my post hit 10k views" is news.
     */
    private static final Pattern ONE_MORE_WANTED = Pattern.compile(
            "^\\s*(?:another one|one more)\\s*:\\s*(?:a|an|some)\\s");
    /** A link, with its scheme, "www." or a bare host and path ("shop.example.org/page"). */
    private static final Pattern A_LINK = Pattern.compile("://|\\bwww\\.|\\b[\\p{L}\\d-]+\\.[a-z]{2,}/");

    private RoomRequest() {
    }

    /** Whether {@code text} asks the room for help or an opinion without a question mark. */
    public static boolean is(String text) {
        if (text == null || text.isEmpty() || text.indexOf('?') >= 0) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (ONE_MORE_WANTED.matcher(t).find() && !A_LINK.matcher(t).find()) {
            return true;
        }
        for (String p : IMPERATIVES) {
            if (phrase(t, p) >= 0) {
                return true;
            }
        }
        for (String p : MANNER) {
            int at = phrase(t, p);
            if (at >= 0 && !wordBefore(t, at).equals("to") && clauseEndsAt(t, at + p.length())) {
                return true;
            }
        }
        // "any name would help", "any leads would be great": whatever the room has, asked for
        int any = phrase(t, "any");
        if (any >= 0 && t.indexOf("would", any) >= 0) {
            String[] after = NON_WORD.split(t.substring(any + 3).stripLeading(), 6);
            for (int k = 1; k < after.length - 1 && k < 3; k++) {
                if (after[k].equals("would") && (after[k + 1].equals("help")
                        || after[k + 1].equals("be") && k + 2 < after.length && GRATEFUL.contains(after[k + 2]))) {
                    return true;
                }
            }
        }
        for (String p : NEED) {
            int at = phrase(t, p);
            if (at >= 0 && (at == 0 || SELF.contains(wordBefore(t, at)))) {
                return true;
            }
        }
        // What is left asks for one of the things wanted by name: most messages name none, and need no split.
        if (!namesWanted(t)) {
            return false;
        }
        String[] words = NON_WORD.split(t);
        for (int i = 0; i < words.length; i++) {
            if (!WANTED.contains(words[i])) {
                continue;
            }
            // "feedback welcome", "any tips appreciated", "thoughts please"
            int next = i + 1 < words.length && (words[i + 1].equals("very") || words[i + 1].equals("much")
                    || words[i + 1].equals("always") || words[i + 1].equals("greatly")) ? i + 2 : i + 1;
            boolean given = i > 0 && GIVEN.contains(words[i - 1]);
            if (!given && next < words.length && WELCOMED.contains(words[next])) {
                return true;
            }
        }
        for (String w : WISHES) {
            int at = t.indexOf(w);
            while (at >= 0) {
                if ((at == 0 || !Character.isLetter(t.charAt(at - 1)) || w.charAt(0) == '\'')
                        && wantedSoonAfter(t, at + w.length())) {
                    return true;
                }
                at = t.indexOf(w, at + 1);
            }
        }
        return false;
    }

    /** Whether one of {@link #WANTED} is in {@code t}, as a word or inside one. */
    private static boolean namesWanted(String t) {
        for (String w : WANTED_NAMES) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One of {@link #WANTED} within the next few words: "would love a second pair of eyes", "open to any ideas",
     * "would love your thoughts"; not "would love to help" (an offer) or "would appreciate the notes" said back.
     */
    private static boolean wantedSoonAfter(String t, int from) {
        String[] after = NON_WORD.split(t.substring(from).stripLeading(), 8);
        // "would love to help" offers; "would love to hear your thoughts" asks.
        if (after.length > 1 && after[0].equals("to") && !RECEIVING.contains(after[1])) {
            return false;
        }
        for (int k = 0; k < after.length && k < 6; k++) {
            if (WANTED.contains(after[k])) {
                String before = k > 0 ? after[k - 1] : "";
                return before.equals("your") || !GIVEN.contains(before);
            }
        }
        return false;
    }

    /** Where {@code p} stands in {@code t} as whole words, or -1. */
    private static int phrase(String t, String p) {
        int at = t.indexOf(p);
        while (at >= 0) {
            int end = at + p.length();
            if ((at == 0 || !Character.isLetter(t.charAt(at - 1)))
                    && (end == t.length() || !Character.isLetter(t.charAt(end)))) {
                return at;
            }
            at = t.indexOf(p, at + 1);
        }
        return -1;
    }

    /** The word right before {@code at}, or "" at the start. */
    private static String wordBefore(String t, int at) {
        int end = at;
        while (end > 0 && !Character.isLetter(t.charAt(end - 1)) && t.charAt(end - 1) != '\'') {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(t.charAt(start - 1)) || t.charAt(start - 1) == '\'')) {
            start--;
        }
        return t.substring(start, end);
    }

    /** Nothing but spaces, punctuation or emoji up to the end or the next clause: "be gentle 😬 https://...". */
    private static boolean clauseEndsAt(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return t.startsWith("http", i) || t.startsWith("please", i) || t.startsWith("pls", i)
                        || t.startsWith("with me", i);
            }
            if (c == ',' || c == '.' || c == '!' || c == ';' || c == ':' || c == '-') {
                return true;
            }
        }
        return true;
    }
}
