package dev.rapport.rules.text;

import java.util.Locale;
import java.util.Set;

/**
 * A thank-you, an "ok", a "👍": polite, and worth saying, but not help. Reciprocity counts help given (answers,
 * advice, reviews, introductions, reactions to someone's work); an acknowledgement is counted apart.
 */
public final class Acknowledgement {
    /** Words of thanks and approval that make a short message an acknowledgement. */
    private static final Set<String> THANKS = Set.of("thanks", "thank", "thx", "ty", "tysm", "tyvm", "cheers",
            "appreciate", "appreciated", "grateful", "perfect", "great", "awesome", "nice", "cool", "ok", "okay",
            "noted", "gotcha", "lifesaver", "brilliant", "amazing", "yay", "congrats", "congratulations");
    /** The same words as an array: looked through for every short message, without an iterator. */
    private static final String[] THANKS_WORDS = THANKS.toArray(new String[0]);
    private static final int LONGEST_THANKS = THANKS.stream().mapToInt(String::length).max().orElse(0);
    /** Longer than this, a message with thanks in it usually says something more. */
    private static final int MAX_WORDS_WITH_THANKS = 14;
    /** Up to this, a message without a question or link is a nod ("ok", "will do", "👍"). */
    private static final int MAX_WORDS_OF_A_NOD = 2;

    private Acknowledgement() {
    }

    /**
     * Whether the message only acknowledges: thanks or approval in a few words, no question, no link, and no report
     * back on what the help did ({@link #reportsBack}).
     */
    public static boolean is(String text, TextFeatures features, boolean hasLinks) {
        if (hasLinks || features.question() || reportsBack(text)) {
            return false;
        }
        if (features.words() <= MAX_WORDS_OF_A_NOD) {
            return true;
        }
        if (features.words() > MAX_WORDS_WITH_THANKS) {
            return false;
        }
        return saysThanks(Lowered.view(text));
    }

    /**
     * What came of the help, told to the one who gave it: it worked ("rebooting the hub worked. thank you"), it is
     * fixed or solved ("thanks, the new cable fixed it", "the longer rest did the trick"), or what the fault was
     * ("thank you, it was the wrong driver on my laptop"). Not a word of approval ("good idea", "that helps") nor a
     * plan ("will try that"): those only acknowledge.
     */
    private static final GatedPattern REPORT_BACK = GatedPattern.compile("\\b(?:worked|works\\s+now|solved"
            + "|fixed(?!\\s+(?:price|prices|rate|rates|fee|fees|term|terms|date|income))"
            + "|did\\s+the\\s+trick|that\\s+was\\s+it\\b|(?:that|it)(?:'s|\\s+is|\\s+was)\\s+(?:the|my)\\s+"
            + "(?:old|wrong|problem|issue|culprit|fault|cause|bug|mistake))\\b",
            "worked", "works", "fixed", "solved", "trick", "was", "that", "it");
    /**
     * Words of the set phrases of an outcome ("that worked", "that was it", "works now", "that was the problem"), and
     * of reaction around them: said with thanks and nothing more, they are a thank-you's set phrase, not a report.
     */
    private static final Set<String> SAYS_NO_MORE = Set.of("worked", "works", "work", "fixed", "solved", "did", "does",
            "trick", "was", "is", "that's", "it's", "now", "yeah", "yes", "yep", "ah", "ahh", "aha", "argh", "oh", "just",
            "finally", "totally", "exactly", "right", "perfectly", "my", "old", "wrong", "problem", "issue", "culprit",
            "fault", "cause", "bug", "mistake", "ok", "okay", "perfect", "charm", "like", "treat");
    /** Words of one's own, besides those, that make an outcome told a report of what was done or found. */
    private static final int WORDS_OF_A_REPORT = 2;

    /**
     * Whether the message tells the helper what came of their help ({@link #REPORT_BACK}) in words of its own: which
     * advice worked, what the fault was ("restarting the router worked", "it was the wrong driver on my laptop"). A
     * thank-you that says so talks the help through with the one who gave it, as the same report without the thanks
     * would; the set phrases "that worked, thanks", "that was it, thanks!", "works now" are how a thank-you is said,
     * and tell the helper nothing more (general English of chat).
     */
    public static boolean reportsBack(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (!REPORT_BACK.find(t)) {
            return false;
        }
        int own = 0;
        for (int start = wordStart(t, 0), end; start < t.length(); start = wordStart(t, end)) {
            end = wordEnd(t, start);
            String word = t.substring(start, end);
            if (!SAYS_NO_MORE.contains(word) && !THANKS.contains(word) && !GRATITUDE.contains(word)
                    && !WITH_THANKS.contains(word) && ++own >= WORDS_OF_A_REPORT) {
                return true;
            }
        }
        return false;
    }

    /** Words of gratitude: a message needs one to be only a thank-you. */
    private static final Set<String> GRATITUDE = Set.of("thanks", "thank", "thx", "ty", "tysm", "tyvm", "cheers",
            "appreciate", "appreciated", "grateful", "lifesaver", "thnx", "thanx", "tnx", "tks", "thks", "thankyou",
            "thanku", "merci", "gracias", "danke", "grazie", "obrigado", "obrigada", "ta");
    /**
     * Words that go with thanks without saying anything more ("thank you so much for the tip!", "awesome, cheers").
     * Not "ok", "perfect" or "noted": to "can you come at six?" they say yes.
     */
    private static final Set<String> WITH_THANKS = Set.of("great", "awesome", "nice", "cool", "brilliant", "amazing",
            "yay", "so", "much", "very", "a", "lot", "lots", "heaps", "ton", "tons", "million", "you", "u", "ya", "again",
            "really", "for", "the", "this", "that", "it", "all", "your", "help", "tip", "tips", "advice", "man", "mate",
            "guys", "everyone", "in", "advance", "oh", "wow", "hey", "i", "we", "it's", "its",
            // "right, makes sense now, thank you both": understood and thanked, nothing said back. Not "got it": to
            // "did you get the file?" it says yes.
            "both", "makes", "sense",
            // "many thanks", "big thanks mate", "thanks a bunch", "thank you sm"
            "many", "big", "huge", "bunch", "sm", "ever", "dude", "buddy", "friend", "folks", "beaucoup",
            "muchas", "vielen");

    /**
     * Whether the message is only a thank-you: words of gratitude and what goes with them, no question, no link. Such
     * a message answers nothing: to someone whose question waits for the person, it is polite and leaves the question
     * open; "thanks! the electric one" thanks and then answers. Names written {@code @Juno} are skipped.
     */
    public static boolean onlyThanks(String text, TextFeatures features, boolean hasLinks) {
        if (hasLinks || features.question() || features.words() > MAX_WORDS_WITH_THANKS
                || saysAFigure(text)) {
            return false;
        }
        boolean grateful = false;
        String t = Lowered.view(text);
        int previousEnd = -1;
        for (int start = wordStart(t, 0), end; start < t.length(); start = wordStart(t, end)) {
            end = wordEnd(t, start);
            if (start > 0 && t.charAt(start - 1) == '@') {
                continue;
            }
            if (grateful && nameOfTheThanked(t, previousEnd, start, end)) {
                continue;
            }
            previousEnd = end;
            // Lowered: "Thanks so much!" is the same thank-you as "thanks so much!" (no copy when already lower-case).
            String word = t.substring(start, end).toLowerCase(Locale.ROOT);
            if (GRATITUDE.contains(word) || GRATITUDE.contains(squeezed(word))) {
                grateful = true;
            } else if (!WITH_THANKS.contains(word) && !WITH_THANKS.contains(squeezed(word))) {
                return false;
            }
        }
        return grateful;
    }

    /**
     * Whether the text says a figure, a number standing as a word of its own ("all 10, cheers", "thanks, 3 of them"):
     * a count, a size or a time is something said, and thanks around it do not make it only a thank-you. Digits inside
     * a word or a mark ("x10", "2nd", "<@42>", a custom emoji's id, "100%" said for "fully") are no figure said.
     */
    private static boolean saysAFigure(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isDigit(text.charAt(i)) || i > 0 && !standsApart(text.charAt(i - 1))) {
                continue;
            }
            int end = i;
            while (end < n && Character.isDigit(text.charAt(end))) {
                end++;
            }
            if (end == n || standsApart(text.charAt(end)) || text.charAt(end) == '.') {
                return true;
            }
            i = end;
        }
        return false;
    }

    /** Whether {@code c} may stand next to a figure said as a word of its own: a space or a sentence's mark. */
    private static boolean standsApart(char c) {
        return Character.isWhitespace(c) || c == ',' || c == '!' || c == ';' || c == '(' || c == ')';
    }

    /**
     * Whether the message is only a nod: words of thanks or approval ("ok", "ok thanks", "perfect, cheers", "👍") and
     * what goes with them, no question, no link. Unlike {@link #onlyThanks} it may say "ok": whether that is a yes
     * depends on what it replies to. Names written {@code @Juno} are skipped.
     */
    public static boolean onlyANod(String text, TextFeatures features, boolean hasLinks) {
        if (hasLinks || features.question() || features.words() > MAX_WORDS_WITH_THANKS) {
            return false;
        }
        // A nod says a word of thanks or approval (or only shows one, "👍"): the words that go with thanks, said
        // alone ("all", "both", "really"), answer something ("the red one, or both?" - "both").
        boolean nodded = false;
        boolean worded = false;
        String t = Lowered.view(text);
        int previousEnd = -1;
        for (int start = wordStart(t, 0), end; start < t.length(); start = wordStart(t, end)) {
            end = wordEnd(t, start);
            if (start > 0 && t.charAt(start - 1) == '@') {
                continue;
            }
            if (nodded && nameOfTheThanked(t, previousEnd, start, end)) {
                continue;
            }
            previousEnd = end;
            String word = t.substring(start, end).toLowerCase(Locale.ROOT);
            worded = true;
            if (THANKS.contains(word)) {
                nodded = true;
            } else if (!WITH_THANKS.contains(word)) {
                return false;
            }
        }
        return nodded || !worded;
    }

    /**
     * Days and months: typed with a capital like a name, but an answer ("thanks, Friday works"). Only the words written
     * out, not the short forms: "Jan" after the thanks is as often the name of the one thanked ("thanks, Jan").
     */
    private static final Set<String> DAYS_AND_MONTHS = CalendarWords.WEEKDAYS_AND_MONTHS;

    /**
     * Whether the word from {@code start} to {@code end} is the name of the one thanked, typed without "@" right after
     * the thanks ("thanks Priscila!", "thank you so much, Mo"): one capitalised word following the previous word
     * (ending at {@code previousEnd}) with only spaces or a comma between, so not a sentence's first word ("thanks!
     * Monday then" goes on to say something), and not a day or a month. Greeting the helper by name thanks them and
     * says nothing more (general English of chat).
     */
    private static boolean nameOfTheThanked(String t, int previousEnd, int start, int end) {
        if (previousEnd < 0 || end - start < 2 || !Character.isUpperCase(t.charAt(start))) {
            return false;
        }
        for (int i = previousEnd; i < start; i++) {
            char c = t.charAt(i);
            if (c != ' ' && c != ',') {
                return false;
            }
        }
        for (int i = start + 1; i < end; i++) {
            if (!Character.isLowerCase(t.charAt(i))) {
                return false;
            }
        }
        return !DAYS_AND_MONTHS.contains(t.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** A word typed with its last letter drawn out ("thank youuu", "thanksss") as it is said; else the word. */
    private static String squeezed(String word) {
        int end = word.length();
        while (end > 1 && word.charAt(end - 1) == word.charAt(end - 2)) {
            end--;
        }
        return end == word.length() ? word : word.substring(0, end);
    }

    private static final String[] GRATITUDE_WORDS = GRATITUDE.toArray(new String[0]);

    /**
     * Whether the message thanks, in a few words with no question and no link, whatever else it says along: "thanks
     * Greg! first draft on tuesday", "cheers, see you then". Being thanked is not being helped: the one thanked owes
     * nothing back for it.
     */
    public static boolean thanks(String text, TextFeatures features, boolean hasLinks) {
        if (hasLinks || features.question() || features.words() > MAX_WORDS_WITH_THANKS) {
            return false;
        }
        String t = Lowered.view(text);
        for (int start = wordStart(t, 0), end; start < t.length(); start = wordStart(t, end)) {
            end = wordEnd(t, start);
            for (String w : GRATITUDE_WORDS) {
                if (Lowered.is(t, start, end, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** After "thanks for", words that ask ahead rather than thank for something had: "thanks for any tips". */
    private static final Set<String> THANKS_AHEAD = Set.of("any", "anything", "reading", "looking", "your", "in",
            "advance", "all");

    /**
     * Whether the message thanks someone for something it got ("thanks for the recommendation, the site looks
     * great", "thank you so much for the tip"), not ahead of help it asks for ("thanks for any tips", "thanks in
     * advance", "thanks for reading"). What it names was received: it asks for nothing.
     */
    public static boolean thanksFor(String text, boolean question) {
        if (question) {
            return false;
        }
        String t = Lowered.view(text);
        int sinceGratitude = -1;
        for (int start = wordStart(t, 0), end; start < t.length(); start = wordStart(t, end)) {
            end = wordEnd(t, start);
            boolean grateful = false;
            for (String w : GRATITUDE_WORDS) {
                if (Lowered.is(t, start, end, w)) {
                    grateful = true;
                    break;
                }
            }
            if (grateful) {
                sinceGratitude = 0;
                continue;
            }
            if (sinceGratitude < 0) {
                continue;
            }
            sinceGratitude++;
            if (Lowered.is(t, start, end, "for")) {
                int next = wordStart(t, end);
                String after = next < t.length() ? t.substring(next, wordEnd(t, next)).toLowerCase(Locale.ROOT)
                        : "";
                if (!after.isEmpty() && !THANKS_AHEAD.contains(after)) {
                    return true;
                }
                sinceGratitude = -1;
            } else if (sinceGratitude > 3) {
                sinceGratitude = -1;
            }
        }
        return false;
    }

    /** Thanks whose "for" names the question itself or the wait for its answer: said in answer to it. */
    private static final String[] FOR_THE_ASKING = {"for asking", "for checking", "for the question", "for the ping",
            "for the nudge", "for the reminder", "for the tag", "for the mention", "for waiting", "for your patience",
            "for bearing with"};

    /**
     * Whether the message is thanks for a favour had, in a few words ({@link #thanks}, {@link #thanksFor}: "big thank
     * you to Cy for the flapjacks, all gone by noon"), and not for being asked or waited on ("thanks for asking", "thanks
     * for your patience"): it speaks of that favour. Said by someone whose answer was awaited, it names the one who
     * asked without answering them.
     */
    public static boolean thanksForAFavour(String text, TextFeatures features, boolean hasLinks) {
        if (!thanks(text, features, hasLinks) || !thanksFor(text, features.question())) {
            return false;
        }
        String t = Lowered.view(text);
        for (String asking : FOR_THE_ASKING) {
            if (Lowered.contains(t, asking)) {
                return false;
            }
        }
        return true;
    }

    /** Words that thank the person named right after them: "thanks @Lou", "thank you @Lou", "cheers @Lou". */
    private static final Set<String> THANKS_NAMING = Set.of("thanks", "thank", "you", "thx", "ty", "tysm", "cheers");
    /** Words of one's own before the thanks: fewer, and the message is a thanks that may say why. */
    private static final int WORDS_BEFORE_AN_ASIDE = 3;
    private static final Set<String> AND = Set.of("and");

    /**
     * Whether every name the message mentions ("@Lou") comes in a thanks after words of its own ("went better than
     * feared, we did pizza. thanks @Lou, your tip helped"): said to the room, or to whoever asked how it went, with
     * a thank-you to someone else on the side. A message that opens with thanks or approval, or that names anyone
     * otherwise ("@Lou the blue one", "Lou and @Sam did the van"), speaks to them.
     */
    public static boolean thanksAside(String text) {
        // most messages name nobody: no lowered copy for them
        if (text == null || text.indexOf('@') < 0) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        int at = t.indexOf('@');
        int thanks = at < 0 ? -1 : wordBefore(t, at, THANKS_NAMING);
        if (thanks < 0) {
            return false;
        }
        // a list of the thanked ("thanks @Lou and @Sam") names no one else
        for (int i = t.indexOf('@', at + 1); i >= 0; i = t.indexOf('@', i + 1)) {
            if (wordBefore(t, i, THANKS_NAMING) < 0 && wordBefore(t, i, AND) < 0) {
                return false;
            }
        }
        // words of their own first, none of them thanks or approval: the message does not open by thanking
        int end = 0;
        for (int k = 0; k < WORDS_BEFORE_AN_ASIDE; k++) {
            end = wordEnd(t, wordStart(t, end));
        }
        return end < thanks && !saysThanks(t.substring(0, end));
    }

    /** Where the word just before {@code at} starts (spaces between), when it is one of {@code words}; else -1. */
    private static int wordBefore(String t, int at, Set<String> words) {
        int end = at;
        while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(t.charAt(start - 1))) {
            start--;
        }
        return start < end && words.contains(t.substring(start, end)) ? start : -1;
    }

    /**
     * Whether a word of the lowered text (a run of letters and apostrophes, by code point, as the words of
     * {@code split("[^\\p{L}']+")} are) is a word of thanks. No split and no copy: most messages have none.
     */
    private static boolean saysThanks(String t) {
        for (int start = wordStart(t, 0), end; start < t.length(); start = wordStart(t, end)) {
            end = wordEnd(t, start);
            if (end - start <= LONGEST_THANKS) {
                for (String w : THANKS_WORDS) {
                    if (Lowered.is(t, start, end, w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Where the next word of {@code t} starts, at {@code i} or after it; {@code t.length()} when none does. */
    private static int wordStart(String t, int i) {
        int n = t.length();
        while (i < n) {
            int cp = t.codePointAt(i);
            if (wordCharacter(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /** Where the word starting at {@code start} ends (exclusive). */
    private static int wordEnd(String t, int start) {
        int n = t.length();
        int i = start;
        while (i < n) {
            int cp = t.codePointAt(i);
            if (!wordCharacter(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    private static boolean wordCharacter(int cp) {
        return cp == '\'' || Character.isLetter(Character.toLowerCase(cp));
    }
}
