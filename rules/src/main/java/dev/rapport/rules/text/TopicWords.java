package dev.rapport.rules.text;

import java.util.Arrays;
import java.util.Set;

/**
 * What a question is about, as a handful of its content words kept as hashes (never the text): the words left when
 * the everyday ones ("how", "anyone", "getting", "working") are taken out. Two questions that share several of them
 * ask about the same thing: "why does my browser warn about my self-signed certificate?" and "how can I stop
 * the certificate warning for a self-signed cert?" share certificate, warning, self and signed. Someone whose
 * question was answered knows the answer to the next person who asks it.
 */
public final class TopicWords {
    /** Shared content words from which two questions are about the same thing. */
    public static final int SAME_TOPIC = 3;
    /**
     * Content words of a question that a later statement by the one asked must share to take it up: a favour done and
     * reported in the words it was asked in ("could you pin the club rota?", then "rota's pinned, the club can see
     * it"). Two, not one: a single shared word is as often a new remark on the same subject.
     */
    public static final int TAKEN_UP = 2;
    /** Content words kept per question: a question's topic is in its first few. */
    static final int MAX_WORDS = 12;
    private static final int MIN_LENGTH = 4;
    private static final int[] NONE = {};
    /** Words of four letters or more that say nothing about the subject of a question. */
    private static final Set<String> EVERYDAY = Set.of("about", "after", "again", "also", "anybody", "anyone",
            "anything", "around", "away", "been", "before", "being", "best", "better", "both", "cant", "come",
            "could", "didn", "does", "doesn", "doing", "done", "dont", "each", "even", "every", "everyone",
            "fine", "first", "from", "getting", "give", "going", "good", "have", "having", "help", "here", "idea",
            "ideas", "into", "just", "keep", "keeps", "kind", "know", "last", "like", "look", "looks", "lost",
            "make", "many", "maybe", "mine", "more", "most", "much", "must", "need", "needs", "never", "next",
            "only", "other", "over", "please", "pretty", "question", "quick", "really", "right", "same", "seem",
            "seems", "should", "since", "some", "someone", "something", "still", "such", "sure", "take", "tell",
            "than", "thank", "thanks", "that", "their", "them", "then", "there", "these", "they", "thing",
            "things", "think", "this", "those", "time", "tips", "tried", "trying", "very", "want", "week", "well",
            "were", "what", "whats", "when", "where", "which", "while", "will", "with", "work", "working",
            "works", "would", "yours", "your", "youre", "today", "thought", "advice", "anyway", "always");

    /**
     * The everyday words by {@link String#hashCode()}, sorted, with the words beside them: a word of the text is looked
     * up by the hash of its lowered characters and compared in place, so reading a question makes no string per word.
     */
    private static final int[] EVERYDAY_HASHES;
    private static final String[] EVERYDAY_BY_HASH;

    static {
        String[] words = EVERYDAY.toArray(new String[0]);
        java.util.Arrays.sort(words, java.util.Comparator.comparingInt(String::hashCode));
        EVERYDAY_HASHES = new int[words.length];
        for (int k = 0; k < words.length; k++) {
            EVERYDAY_HASHES[k] = words[k].hashCode();
        }
        EVERYDAY_BY_HASH = words;
    }

    private TopicWords() {
    }

    /**
     * The sorted hashes of the text's content words (at most {@link #MAX_WORDS}, each once). One pass over the
     * text, which stops at the {@value #MAX_WORDS}th content word; a word's hash is {@code String.hashCode()} of it
     * lowered (and of its singular), worked out from its characters, so the only allocation is the result.
     */
    public static int[] of(String text) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        String t = Lowered.view(text);
        int[] found = new int[MAX_WORDS];
        int count = 0;
        int n = t.length();
        int i = 0;
        while (i < n && count < MAX_WORDS) {
            // A link's words are its host and path, not what the question is about.
            if (t.startsWith("http", i) || t.startsWith("www.", i)) {
                while (i < n && !Character.isWhitespace(t.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (!Character.isLetter(t.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            int whole = 0;
            int singular = 0;
            while (i < n && Character.isLetter(t.charAt(i))) {
                singular = whole;
                whole = 31 * whole + Lowered.at(t, i);
                i++;
            }
            int length = i - s;
            if (length < MIN_LENGTH) {
                continue;
            }
            // A plural is the same subject as its singular: "certificates" and "certificate".
            boolean plural = length > MIN_LENGTH && Lowered.at(t, i - 1) == 's' && Lowered.at(t, i - 2) != 's';
            int h = plural ? singular : whole;
            if (everyday(t, s, length, whole) || plural && everyday(t, s, length - 1, singular)) {
                continue;
            }
            boolean seen = false;
            for (int k = 0; k < count; k++) {
                if (found[k] == h) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                found[count++] = h;
            }
        }
        int[] words = count == MAX_WORDS ? found : Arrays.copyOf(found, count);
        Arrays.sort(words);
        return words;
    }

    /** Whether the lowered text's {@code length} characters from {@code start} (hashing to {@code hash}) are everyday. */
    private static boolean everyday(String t, int start, int length, int hash) {
        int k = Arrays.binarySearch(EVERYDAY_HASHES, hash);
        if (k < 0) {
            return false;
        }
        while (k > 0 && EVERYDAY_HASHES[k - 1] == hash) {
            k--;
        }
        for (; k < EVERYDAY_HASHES.length && EVERYDAY_HASHES[k] == hash; k++) {
            if (Lowered.is(t, start, start + length, EVERYDAY_BY_HASH[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names among the text's content words, as {@link #of} keeps them: the words written with a capital that do
     * not open a sentence ("how was Skye?", "are you going to Harrogate?"), where a capital says a name rather than
     * the start of what is said; not "I", nor an @mention and the name after it (the one spoken to). A word elsewhere
     * that says one of them is about what was asked as surely as two shared common words are.
     */
    public static int[] names(String text) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        StringBuilder names = null;
        boolean opening = true;
        boolean mention = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    opening = true;
                }
                if (c == '@') {
                    mention = true;
                }
                i++;
                continue;
            }
            int s = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                i++;
            }
            boolean capital = Character.isUpperCase(c);
            // "@Ana Ruiz": the mention and the capitalised name after it name the one spoken to.
            boolean spokenTo = mention || s > 0 && text.charAt(s - 1) == '@';
            if (capital && !opening && !spokenTo) {
                if (names == null) {
                    names = new StringBuilder();
                }
                names.append(text, s, i).append(' ');
            }
            mention = spokenTo && capital && i < n && text.charAt(i) == ' ' && i + 1 < n
                    && Character.isUpperCase(text.charAt(i + 1)) && s > 0 && text.charAt(s - 1) == '@';
            opening = false;
        }
        return names == null ? NONE : of(names.toString());
    }

    /** How many content words two signatures of {@link #of} share. */
    public static int shared(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int same = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                same++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return same;
    }

    /** Whether two questions ask about the same thing. */
    public static boolean sameTopic(int[] a, int[] b) {
        return shared(a, b) >= SAME_TOPIC;
    }
}
