package dev.rapport.rules.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A reply that opens by echoing the other person's own words back with a question mark: "tired already?" to "tired
 * already, and it's only Monday", "a sequel?!" to "thinking about a sequel", "too slow?? no way" to "my pace is too
 * slow for the club". Chat says such echoes in surprise, disbelief or warmth: a reaction to what was said, not a
 * request for information, and nobody owes them an answer. Only when every word of the opening question is among the
 * words of the message replied to, and nothing after it asks a question of its own: a question that opens with a
 * question word or a verb before a subject, or says "you" ("tired already? did you sleep?", "a sequel? when?"),
 * still asks. Said back, the other person's "me", "my" or "mine" turns into "you", "your" or "yours" ("talked you
 * into??" to "my sister talked me into it"), with at least one of their words as they said it and no question word,
 * verb or "you" first. "You and your" followed only by their words ("you and your five wheels?") pairs them with a
 * thing of theirs in a fond tease, an echo too. The words are kept as hashes ({@link #words}), not as text.
 */
public final class EchoQuestion {
    /** Compiled once: these run on every message a coached person writes. */
    private static final Pattern AFTER_QUESTION_MARK = Pattern.compile("(?<=[?])");
    private static final Pattern LINKS_AND_MENTIONS = Pattern.compile("(https?://|www\\.)\\S+|<[@#][^>]*>|@\\S+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
    /**
     * A verdict on the other or on what they said, and nothing asked after it: "you're cruel", "you are mad", "that's
     * brutal", "what a set".
     */
    private static final Pattern VERDICT = Pattern.compile("^[\\s!.,]*(?:you'?re|you are|that'?s|thats|what an?)\\s+"
            + "[^?]*$");
    /** The longest opening that reads as an echo: a fragment, not a sentence of its own. */
    private static final int MOST_WORDS = 4;
    /** A message's words kept for the echo test: the first ones of a long message are enough for a short echo. */
    private static final int KEPT = 64;
    /** The words that couple the person with something of theirs in a fond tease ({@link #coupledWithTheirOwn}). */
    private static final String[] COUPLED = {"you", "and", "your"};
    /** The words of a display name a leading mention may leave after its first ("@Ana Ruiz Lopez"). */
    private static final int NAME_WORDS_LEFT = 2;
    private static final String[] ASKS = {"who", "what", "when", "where", "why", "how", "which", "whose", "is", "are",
            "am", "was", "were", "do", "does", "did", "can", "could", "would", "will", "should", "shall", "may", "might",
            "has", "have", "had", "any", "anyone", "anybody", "you", "your", "u", "ur", "you're", "youre"};

    private EchoQuestion() {
    }

    /**
     * The hashes of {@code text}'s words (lower-cased, letters and digits), sorted, for {@link #is}. Run on every
     * message a coached person writes, so it reads the words in one pass, hashing each as {@code String.hashCode}
     * would, instead of splitting the text into strings: the same words as {@code NOT_A_WORD.split} of
     * {@link #lowered} gives (its runs of letters, digits and apostrophes, the first {@value #KEPT} of them).
     */
    public static int[] words(String text) {
        String t = lowered(text);
        int[] out = new int[KEPT];
        int n = 0;
        int i = 0;
        int len = t.length();
        while (i < len && n < KEPT) {
            int cp = t.codePointAt(i);
            if (!wordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int h = 0;
            while (i < len) {
                cp = t.codePointAt(i);
                if (!wordChar(cp)) {
                    break;
                }
                int end = i + Character.charCount(cp);
                for (; i < end; i++) {
                    h = 31 * h + t.charAt(i);
                }
            }
            out[n++] = h;
        }
        int[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        return sorted;
    }

    /** What {@link #NOT_A_WORD} does not match: {@code [\p{L}\p{N}']}. */
    private static boolean wordChar(int cp) {
        if (cp == '\'') {
            return true;
        }
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * Whether {@code reply} opens with a question made only of words of the message it replies to ({@code repliedWords},
     * from {@link #words}) and asks nothing else.
     */
    public static boolean is(String reply, int[] repliedWords) {
        if (reply == null || repliedWords == null || repliedWords.length == 0) {
            return false;
        }
        int mark = reply.indexOf('?');
        if (mark < 0) {
            return false;
        }
        String opening = reply.substring(0, mark);
        // The opening is the first sentence: nothing ended before the question mark.
        if (opening.indexOf('.') >= 0 || opening.indexOf('!') >= 0 || opening.indexOf('\n') >= 0) {
            return false;
        }
        String[] first = nonEmpty(split(opening));
        if (coupledWithTheirOwn(first, namedFirst(opening), repliedWords)) {
            return asksNothingAfter(reply.substring(mark + 1));
        }
        if (first.length == 0 || first.length > MOST_WORDS) {
            return false;
        }
        // A leading "only" or "just" before the echoed words marvels at how few or how little was said ("only 14?" to
        // "14 pieces in the basket", "just two?"): surprise at the amount, still an echo.
        int from = first.length > 1 && (first[0].equals("only") || first[0].equals("just")) ? 1 : 0;
        boolean literal = false;
        boolean turned = false;
        int ownWords = 0;
        for (int i = from; i < first.length; i++) {
            if (has(repliedWords, first[i])) {
                literal = true;
            } else if (turnedToThem(first[i], repliedWords)) {
                turned = true;
            } else if (isYou(first[i]) || in(first[i])) {
                return false;
            } else {
                ownWords++;
            }
        }
        // One word of one's own naming what their words are ("6am start?" to "leaving at 6am sharp") is still an echo
        // when a verdict on them or it follows ("... you're mad", "that's brutal"): disbelief said out loud, not a
        // request to confirm the figure. Without the verdict it may ask in earnest, and still waits.
        if (ownWords > 1 || ownWords == 1 && (!literal || turned || in(first[from])
                || !VERDICT.matcher(lowered(reply.substring(mark + 1))).find())) {
            return false;
        }
        // Said back, their "me" becomes "you" ("made you??" to "... made me read it"); but a question word, a verb or
        // "you" first ("did you?") asks in earnest, and a pronoun alone ("you?") echoes nothing they said.
        if (turned && (!literal || in(first[from]))) {
            return false;
        }
        return asksNothingAfter(reply.substring(mark + 1));
    }

    /**
     * Whether {@code first}, an opening's words, couples the person with something of theirs in their own words:
     * "you and your" and then only words of the message replied to ("you and your three kilns?" to "a third kiln
     * arrived, three kilns now"). English says this to tease someone fondly about a habit or a hobby; it names no
     * question, and there is nothing in it to answer. A word of one's own after it ("you and your sister coming
     * too?") may be asking, and is left to ask. Said after a mention ({@code named}), the words of a display name the
     * mention leaves behind ("@Ana Ruiz" leaves "ruiz") may stand before it.
     */
    private static boolean coupledWithTheirOwn(String[] first, boolean named, int[] repliedWords) {
        int start = named ? Math.min(NAME_WORDS_LEFT, first.length) : 0;
        for (int k = 0; k <= start; k++) {
            if (coupledAt(first, k, repliedWords)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code first} from {@code k} on is "you and your" and then a few of the replied message's words. */
    private static boolean coupledAt(String[] first, int k, int[] repliedWords) {
        int from = k + COUPLED.length;
        if (first.length <= from || first.length - from > MOST_WORDS) {
            return false;
        }
        for (int i = k; i < from; i++) {
            if (!first[i].equals(COUPLED[i - k])) {
                return false;
            }
        }
        for (int i = from; i < first.length; i++) {
            if (!has(repliedWords, first[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether what follows an echo's question mark asks nothing of its own: it may react or praise ("it's great", "my
     * guy"), but a question with a question word or verb first, or a "you" in it, still waits.
     */
    private static boolean asksNothingAfter(String rest) {
        for (String sentence : AFTER_QUESTION_MARK.split(rest)) {
            if (sentence.indexOf('?') < 0) {
                continue;
            }
            String[] ws = nonEmpty(split(sentence));
            for (int i = 0; i < ws.length; i++) {
                if (i == 0 && in(ws[i]) || i > 0 && isYou(ws[i])) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether {@code reply} puts one short question and settles it at once in the other person's own words: a
     * question that asks nothing of them (no question word or verb first, no "you"), then a closing of a few words all
     * taken from the message it replies to ("at the weekend? closed." to "is it closed?"): the writer argues their
     * point with a rhetorical question and gives its answer themselves, and nobody owes it one.
     */
    public static boolean settledInTheirWords(String reply, int[] repliedWords) {
        if (reply == null || repliedWords == null || repliedWords.length == 0) {
            return false;
        }
        int mark = reply.indexOf('?');
        if (mark < 0 || reply.indexOf('?', mark + 1) >= 0) {
            return false;
        }
        String[] question = nonEmpty(split(reply.substring(0, mark)));
        String[] closing = nonEmpty(split(reply.substring(mark + 1)));
        if (question.length == 0 || question.length > MOST_WORDS || closing.length == 0
                || closing.length > MOST_WORDS || in(question[0])) {
            return false;
        }
        for (String w : question) {
            if (isYou(w)) {
                return false;
            }
        }
        for (String w : closing) {
            if (Arrays.binarySearch(repliedWords, w.hashCode()) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code w} is the other person's own "me", "my" or "mine" said back to them as "you", "your" or "yours":
     * an echo turns the speaker's words to the one they are said back to.
     */
    private static boolean turnedToThem(String w, int[] repliedWords) {
        return switch (w) {
            case "you" -> has(repliedWords, "me") || has(repliedWords, "i");
            case "your" -> has(repliedWords, "my");
            case "yours" -> has(repliedWords, "mine");
            default -> false;
        };
    }

    private static boolean has(int[] words, String w) {
        return Arrays.binarySearch(words, w.hashCode()) >= 0;
    }

    private static boolean in(String w) {
        for (String a : ASKS) {
            if (a.equals(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isYou(String w) {
        return w.equals("you") || w.equals("your") || w.equals("u") || w.equals("ur") || w.equals("you're");
    }

    /** Whether {@code opening} opens with a mention ("@Ana ..."), after any spaces. */
    private static boolean namedFirst(String opening) {
        String t = opening.strip();
        return t.startsWith("@") || t.startsWith("<@");
    }

    /** The words of {@code text}, lower-cased, links and mentions left out. */
    private static String[] split(String text) {
        return NOT_A_WORD.split(lowered(text));
    }

    /** The text lower-cased, its curly apostrophes straight, links and mentions left out (each a space). */
    private static String lowered(String text) {
        // Most messages have neither a link nor a mention: no replaceAll for them. Sound by construction: every
        // match of LINKS_AND_MENTIONS (read as written, before lowering) holds "://", "www.", '<' or '@'.
        String t = mayHaveLinkOrMention(text) ? LINKS_AND_MENTIONS.matcher(text).replaceAll(" ") : text;
        return t.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    /** A necessary condition of {@link #LINKS_AND_MENTIONS}. */
    static boolean mayHaveLinkOrMention(String text) {
        return text.indexOf('@') >= 0 || text.indexOf('<') >= 0 || text.contains("://") || text.contains("www.");
    }

    private static String[] nonEmpty(String[] words) {
        return Arrays.stream(words).filter(w -> !w.isEmpty() && !w.equals("'")).toArray(String[]::new);
    }
}
