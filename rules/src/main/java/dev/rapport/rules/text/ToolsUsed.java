package dev.rapport.rules.text;

/**
 * The tools and products someone says they use, by name: "we use Figma for it", "hosting on Buzzsprout now", "editing in
 * Resolve these days", "we moved the whole roadmap into Linear", "switched to Fastmail last year". Someone who works
 * with a tool can answer the next person's question about it as well as someone whose own question about it was
 * answered: a request naming it is one they could help with ({@code oneway.give-take}'s passed-over requests).
 *
 * <p>Only what the person says of themselves (the message says I, we, my or our) and says as a fact, not in a
 * question ("anyone using Figma?" does not say they use it). The name is a capitalised word after a word of use:
 * "use", "using", "used" right before it; "on" or "in" after doing something ("recording on", "mixing in", not
 * "working on", "living in" or "waiting on"); or "into", "to", "onto" after moving one's things ("moved our notes
 * into", "switched to"; not "moved to", which is a move of house). A day or a month ("on Monday", "in August") is
 * no tool. Each name is given as {@link TopicWords} gives a word (its hash, a plural as its singular), so that it can
 * be looked for among a request's topic words; a name too short or too everyday to be a topic word is left out.
 */
public final class ToolsUsed {
    /** Names kept from one message: a list of everything one uses is an inventory, not a conversation. */
    static final int MAX_NAMES = 3;
    /** Words looked back over, in the same clause, for a verb of moving one's things before "into" or "to". */
    private static final int LOOK_BACK = 6;
    private static final int[] NONE = {};
    private static final String[] USE = {"use", "uses", "using", "used"};
    private static final String[] ON_IN = {"on", "in"};
    private static final String[] INTO = {"into", "to", "onto"};
    /** Verbs of moving one's things to a tool that say so without an object between ("switched to Linear"). */
    private static final String[] SWITCHED = {"switched", "switching", "migrated", "migrating", "ported", "porting"};
    /** Verbs of moving that need their object said ("moved our notes into ...": "moved to Leeds" is a new home). */
    private static final String[] MOVED = {"moved", "moving", "switched", "switching", "migrated", "migrating",
            "ported", "porting", "changed", "transferred"};
    /** Words in -ing before "on" or "in" that do something else than use a tool: a project, a place, a person. */
    private static final String[] NOT_USING = {"working", "going", "getting", "living", "staying", "waiting",
            "counting", "depending", "calling", "checking", "being", "having", "doing", "sitting", "standing",
            "during", "something", "anything", "nothing", "everything", "morning", "evening", "bring", "thing",
            "joining", "speaking", "meeting", "playing", "traveling", "travelling", "arriving", "growing",
            "looking", "starting", "landing", "coming", "sleeping", "reading", "listening"};
    private static final String[] NOT_TOOLS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "christmas", "easter"};
    private static final String[] FIRST_PERSON = {"i", "we", "my", "our", "me", "us", "im", "ive", "weve"};

    private ToolsUsed() {
    }

    /**
     * The names of tools {@code text} says its author uses, each as a {@link TopicWords} word hash, at most
     * {@value #MAX_NAMES}, each once; empty when it names none. Allocates only when it finds one.
     */
    public static int[] of(String text) {
        if (text == null || text.length() < 8) {
            return NONE;
        }
        String t = Lowered.view(text);
        int n = t.length();
        // The clause's last two words (start and end), how many words it has had, and the last verb of moving one's
        // things in it (its word number): enough to read what stands before a name, without a list of words.
        int lastStart = 0;
        int lastEnd = 0;
        int beforeStart = 0;
        int beforeEnd = 0;
        int words = 0;
        int movedAt = -LOOK_BACK;
        boolean firstPerson = false;
        int[] found = null;
        int count = 0;
        int i = 0;
        while (i < n && count < MAX_NAMES) {
            char c = t.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\n'
                    || c == ',') {
                words = 0;
                movedAt = -LOOK_BACK;
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '\'' && i + 1 < n
                    && Character.isLetter(t.charAt(i + 1)))) {
                i++;
            }
            firstPerson |= firstPerson(t, s, i);
            if (words > 0 && Character.isUpperCase(t.charAt(s))
                    && usedBefore(t, lastStart, lastEnd, words >= 2 ? beforeStart : -1, beforeEnd,
                    words - movedAt)
                    && !any(t, s, i, NOT_TOOLS) && !question(t, i)) {
                int[] word = TopicWords.of(t.substring(s, i));
                if (word.length == 1 && !has(found, count, word[0])) {
                    if (found == null) {
                        found = new int[MAX_NAMES];
                    }
                    found[count++] = word[0];
                }
            }
            if (any(t, s, i, MOVED)) {
                movedAt = words;
            }
            beforeStart = lastStart;
            beforeEnd = lastEnd;
            lastStart = s;
            lastEnd = i;
            words++;
        }
        if (found == null || !firstPerson && !firstPersonAnywhere(t, i)) {
            return NONE;
        }
        return java.util.Arrays.copyOf(found, count);
    }

    /**
     * Whether the words before a name say it is something used: the word right before it ({@code last}), the one
     * before that ({@code before}; start -1 when the clause has no such word) and how many words back a verb of moving
     * one's things stood in the clause ({@code movedBack}: 1 is the word right before the name, the preposition).
     */
    private static boolean usedBefore(String t, int lastStart, int lastEnd, int beforeStart, int beforeEnd,
                                      int movedBack) {
        if (any(t, lastStart, lastEnd, USE)) {
            return true;
        }
        if (beforeStart < 0) {
            return false;
        }
        if (any(t, lastStart, lastEnd, ON_IN)) {
            return beforeEnd - beforeStart >= 5 && Lowered.startsWith(t, beforeEnd - 3, "ing")
                    && !any(t, beforeStart, beforeEnd, NOT_USING) && !any(t, beforeStart, beforeEnd, USE);
        }
        if (any(t, lastStart, lastEnd, INTO)) {
            // "switched to Linear" says it; "moved to Leeds" does not, "moved our notes into Linear" does.
            return any(t, beforeStart, beforeEnd, SWITCHED) || movedBack >= 3 && movedBack <= LOOK_BACK;
        }
        return false;
    }

    /** Whether the sentence that goes on from {@code from} ends with a question mark. */
    private static boolean question(String t, int from) {
        for (int k = from; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == '?') {
                return true;
            }
            if (c == '.' || c == '!' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    /** Whether any word after {@code from} speaks in the first person (the words before it were looked at already). */
    private static boolean firstPersonAnywhere(String t, int from) {
        int n = t.length();
        int i = from;
        while (i < n) {
            if (!Character.isLetter(t.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && (Character.isLetter(t.charAt(i)) || t.charAt(i) == '\'')) {
                i++;
            }
            if (firstPerson(t, s, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word {@code s..e} is I, we, my, our (also "I'm", "we've"). */
    private static boolean firstPerson(String t, int s, int e) {
        int apostrophe = t.indexOf('\'', s);
        int end = apostrophe >= 0 && apostrophe < e ? apostrophe : e;
        return any(t, s, end, FIRST_PERSON);
    }

    private static boolean any(String t, int s, int e, String[] words) {
        for (String w : words) {
            if (Lowered.is(t, s, e, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(int[] found, int count, int word) {
        for (int k = 0; k < count; k++) {
            if (found[k] == word) {
                return true;
            }
        }
        return false;
    }
}
