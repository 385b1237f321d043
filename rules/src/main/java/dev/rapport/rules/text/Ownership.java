package dev.rapport.rules.text;

import dev.rapport.rules.model.Link;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whose stuff a message points at. "Check out @Jo's guide" or "her shop has great ones" points people to someone
 * else's resource: that is help, not self-promotion. "My", "our" and "mine" claim it: then it is one's own.
 */
public final class Ownership {
    /**
     * Capitalised words where "'s" is a contraction or a possessive of a time, not of a person ("It's",
     * "Yesterday's meetup", "Monday's market").
     */
    private static final Set<String> NOT_POSSESSORS = Set.of("it", "that", "there", "what", "here", "let", "who", "he",
            "she", "where", "how", "when", "why", "this", "everyone", "everything", "one", "nothing", "something",
            "today", "yesterday", "tomorrow", "tonight", "week", "year", "month", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "christmas", "valentine");
    private static final Set<String> THIRD_PERSON = Set.of("his", "her", "their", "theirs", "hers");
    /**
     * Words for whoever reads: "their" after one of these in the same sentence ("if anyone needs it for their
     * build") is the reader's, the person the message is offered to, not a third person whose work is passed on.
     */
    private static final Set<String> ANY_READER = Set.of("anyone", "anybody", "someone", "somebody", "everyone",
            "everybody", "whoever", "nobody");
    /** Articles: "the X's" names a thing, not a person, and a price after it says what the thing costs. */
    private static final Set<String> ARTICLES = Set.of("the", "this", "that");
    /** Words that credit a piece to its maker: "a great essay by Odile Brandt", "via @jo". */
    private static final Set<String> CREDITS = Set.of("by", "via");
    /** Capitalised words after "by" that name no one else: "by Me", "by Friday" is in {@link #NOT_POSSESSORS}. */
    private static final Set<String> NOT_MAKERS = Set.of("i", "me", "us", "myself", "ourselves", "the", "a", "an",
            "far", "now", "then", "way", "hand", "default", "design", "chance", "noon", "night", "end", "next");
    /** Possessives that claim the thing as the author's own. */
    private static final Set<String> FIRST_PERSON = Set.of("my", "our", "mine", "ours", "myself", "ourselves");

    private Ownership() {
    }

    /**
     * Whether the word after {@code i} is "Day" or "Eve": "Mother's Day", "New Year's Eve", "Founder's Day" name a
     * day of the calendar, not a person whose thing is passed on. A sale for one is still one's own sale.
     */
    private static boolean namesADay(String text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return text.regionMatches(true, j, "day", 0, 3) && (j + 3 == text.length() || !Character.isLetter(text.charAt(j + 3)))
                || text.regionMatches(true, j, "eve", 0, 3) && (j + 3 == text.length() || !Character.isLetter(text.charAt(j + 3)));
    }

    private static boolean possessive(String w) {
        return w.length() > 2 && w.endsWith("'s");
    }

    /** Whether the next thing after {@code i} (spaces skipped) is a currency sign: a price ("£25", "$110"). */
    private static boolean priceFollows(String text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j < text.length() && Character.getType(text.charAt(j)) == Character.CURRENCY_SYMBOL;
    }

    /** The end of a sentence or a line: what "anyone" said before it no longer stands for "their" after it. */
    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n';
    }

    /**
     * The writer saying where they come from by a possessive ("Sam from Hart's survey team", "I'm Lee from Bell's
     * studio", "I'm from Ross's office"): a name (or "I'm", "I am", "this is") right before "from" and the place's
     * possessive. The place is the writer's own, not someone else whose work is passed on; only said of a self.
     */
    private static final java.util.regex.Pattern OWN_AFFILIATION = java.util.regex.Pattern.compile(
            "(?:\\b(?i:i'?m|i am|this is)(?:\\s+\\p{Lu}\\p{L}+)?|(?:^|[,.!]\\s*)\\p{Lu}\\p{L}+)\\s+from\\s+(?:the\\s+)?"
                    + "\\p{Lu}[\\p{L}\\d&-]*(?:\\s+\\p{Lu}[\\p{L}\\d&-]*){0,2}'s\\s+\\p{L}");

    /**
     * Whether the writer names the place they come from by its possessive ("hi all, Sam from Hart's survey team"):
     * the thing it carries is then the writer's place's, not someone else's passed on.
     */
    public static boolean ownAffiliation(String text) {
        return text != null && OWN_AFFILIATION.matcher(text.replace('\u2019', '\'')).find();
    }

    /** True when the text points at someone else's work ("@Jo's guide", "her shop") and claims nothing as the author's own. */
    public static boolean someoneElses(String text) {
        return scan(text, false, List.of());
    }

    /**
     * As {@link #someoneElses(String)}, where the message offers the page of {@code pricedPages} at a price: a
     * business's possessive name that the page's own address carries ("Lark's spring seedlings, £3 a tray:
     * larksgarden.example/seedlings") names the shop whose page is sold, as a shop's sign does; told by the one who
     * sells there, it is the shop's own sale, not someone else's work passed on. A name said by mention ("@Lark's
     * shop") is another person's as before, and so is a possessive the address does not carry.
     */
    public static boolean someoneElses(String text, List<Link> pricedPages) {
        return scan(text, false, pricedPages);
    }

    /**
     * True when the text credits someone else as the maker of what it passes on ("a thread on sourdough by Odile Brandt",
     * "via @jo") and claims nothing as the author's own: how people share what others made.
     */
    public static boolean credits(String text) {
        return scan(text, true, List.of());
    }

    /** The shortest name read in an address on its own: "Al's" is too short to be told in "alpine.example". */
    private static final int SITE_NAME_LETTERS = 4;

    /**
     * Whether {@code name} (a possessive's name, lower case, without its "'s") is carried by the first label of one of
     * {@code pages}' hosts: joined with its "s" as shops write it ("holts" in "holtsgreens"), or, when long enough to
     * mean something alone, as it is ("kestrel" in "kestrellab").
     */
    private static boolean namesSite(String name, List<Link> pages) {
        if (pages.isEmpty() || name.length() < 2) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            if (!Character.isLetterOrDigit(name.charAt(k))) {
                return false;
            }
        }
        for (Link page : pages) {
            String host = page.host().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            int dot = host.indexOf('.');
            String label = (dot < 0 ? host : host.substring(0, dot)).replace("-", "");
            if (label.contains(name + "s") || name.length() >= SITE_NAME_LETTERS && label.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean scan(String text, boolean byCredit, List<Link> pricedPages) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        boolean theirs = false;
        boolean credit = false;
        boolean anyReader = false;
        String before = "";
        int n = text.length();
        int i = 0;
        StringBuilder word = new StringBuilder(16);
        while (i < n) {
            char c = text.charAt(i);
            if (text.startsWith("http", i)) { // links are not words
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            boolean mention = c == '@' || c == '<' && i + 1 < n && text.charAt(i + 1) == '@';
            if (c == '<' && mention) {
                i++;
            }
            if (mention) {
                i++;
            }
            // A person's name: a mention, or a capitalised word ("Jo's guide"); "yesterday's notes" is not a person.
            boolean named = mention || i < n && Character.isUpperCase(text.charAt(i));
            if (i < n && (Character.isLetter(text.charAt(i)) || mention)) {
                word.setLength(0);
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d) || d == '_' || d == '.' && mention && i + 1 < n
                            && Character.isLetter(text.charAt(i + 1))) {
                        word.append(Character.toLowerCase(d));
                    } else if (d == '\'' || d == '\u2019') {
                        word.append('\'');
                    } else {
                        break;
                    }
                    i++;
                }
                String w = word.toString();
                if (FIRST_PERSON.contains(w)) {
                    return false;
                }
                // The maker credited: "by" or "via" and then a mention or a name ("by Google", "via @jo").
                if (byCredit && credit && named && !NOT_MAKERS.contains(w) && !NOT_POSSESSORS.contains(w)) {
                    theirs = true;
                }
                credit = CREDITS.contains(w);
                boolean owned = possessive(w);
                String base = owned ? w.substring(0, w.length() - 2) : w;
                anyReader |= ANY_READER.contains(base);
                // "Their" of whoever is addressed ("if anybody needs one for their trip") is the reader's.
                if (!byCredit && THIRD_PERSON.contains(w) && !anyReader) {
                    theirs = true;
                }
                // "The X's £25" says what a thing costs ("the X is £25"): a price stated, nobody's work named. And
                // "Someone's bound to..." is "someone is": whoever it is names nobody's work.
                if (!byCredit && named && owned && !NOT_POSSESSORS.contains(base) && !ANY_READER.contains(base)
                        && !namesADay(text, i) && !(ARTICLES.contains(before) && priceFollows(text, i))
                        && !(!mention && namesSite(base, pricedPages))) {
                    theirs = true;
                }
                before = w;
                continue;
            }
            if (endsSentence(c)) {
                anyReader = false;
            }
            i++;
        }
        return theirs;
    }
}
