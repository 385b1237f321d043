package dev.rapport.rules.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * What a question is about, as a handful of its content words kept as hashes (never the text): the words left when
 * the everyday ones ("how", "anyone", "getting", "working") are taken out. Two questions that share several of them
 * ask about the same thing: "why does my browser warn about my self-signed certificate?" and "how do I get rid of
 * the certificate warning for a self-signed cert?" share certificate, warning, self and signed. Someone whose
 * question was answered knows the answer to the next person who asks it.
 */
public final class TopicWords {
    /** Shared content words from which two questions are about the same thing. */
    public static final int SAME_TOPIC = 3;
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

    private TopicWords() {
    }

    /** The sorted hashes of the text's content words (at most {@link #MAX_WORDS}, each once). */
    public static int[] of(String text) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        int[] found = new int[MAX_WORDS];
        int count = 0;
        int n = text.length();
        int i = 0;
        while (i < n && count < MAX_WORDS) {
            // A link's words are its host and path, not what the question is about.
            if (text.startsWith("http", i) || text.startsWith("www.", i)) {
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - s < MIN_LENGTH) {
                continue;
            }
            String whole = text.substring(s, i).toLowerCase(Locale.ROOT);
            String word = stem(whole);
            if (EVERYDAY.contains(whole) || EVERYDAY.contains(word)) {
                continue;
            }
            int h = word.hashCode();
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
        int[] words = Arrays.copyOf(found, count);
        Arrays.sort(words);
        return words;
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

    /** A plural is the same subject as its singular: "certificates" and "certificate". */
    private static String stem(String word) {
        if (word.length() > MIN_LENGTH && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
