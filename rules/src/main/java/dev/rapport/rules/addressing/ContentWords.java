package dev.rapport.rules.addressing;

import java.util.Arrays;

/**
 * The content words of a chat message, as a few hashes, so that two messages can be compared for shared
 * vocabulary ("xorg.conf", "nvidia", "grub") without keeping their text. Function words and chat fillers are left
 * out: two messages sharing "the" or "lol" say nothing about each other.
 *
 * <p>One pass over the text, no substring per word: a word's hash is built as it is read (lower case), and only
 * words of {@value #MIN_LENGTH} characters or more count. At most {@value #MAX_WORDS} distinct words are kept.
 */
final class ContentWords {

    static final int MAX_WORDS = 16;
    private static final int MIN_LENGTH = 3;
    private static final int LONG_LENGTH = 6;
    private static final int[] NONE = new int[0];

    /** Frequent English function words and chat fillers: shared, they show no common topic. */
    private static final int[] STOP = hashes(
            "the", "and", "for", "you", "your", "are", "but", "not", "with", "this", "that", "have", "has", "had",
            "was", "were", "will", "would", "can", "could", "should", "all", "any", "anyone", "anybody", "some",
            "someone", "what", "when", "where", "which", "who", "why", "how", "there", "here", "then", "than",
            "them", "they", "their", "just", "also", "like", "yes", "yeah", "yep", "nope", "okay", "lol", "hmm",
            "thanks", "thank", "thx", "please", "plz", "pls", "hello", "hey", "does", "did", "doing", "done",
            "don't", "dont", "its", "it's", "i'm", "get", "got", "use", "using", "know", "want", "need", "try",
            "tried", "one", "out", "now", "about", "from", "into", "only", "more", "very", "too", "really", "still",
            "well", "sure", "think", "way", "because", "been", "being", "just", "maybe", "yet", "our", "his",
            "her", "him", "she", "if", "see", "say", "said", "said", "work", "works", "working", "make", "sorry",
            "right", "good", "thing", "something", "other", "same", "again", "after", "before", "over", "back",
            "help", "problem", "question", "anything", "nothing", "ever", "never", "first", "last", "much", "many",
            "these", "those", "my", "mine", "me", "is", "it", "to", "of", "in", "on", "at", "or", "an", "as", "so",
            "do", "be", "by", "no", "up", "we", "he", "am", "go", "im", "ur", "via", "let", "going", "look",
            "ok", "hi", "ah", "oh", "eh", "heh", "hehe", "haha", "yea", "nah", "cool", "nice", "great", "fine");

    private ContentWords() {
    }

    /** The hashes of the distinct content words of {@code text}, in order of first use. */
    static int[] of(String text) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        int[] found = new int[MAX_WORDS];
        int count = 0;
        int hash = 0;
        int length = 0;
        int n = text.length();
        for (int i = 0; i <= n && count < MAX_WORDS; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (isWordChar(c) || length > 0 && isInnerChar(c) && i + 1 < n && isWordChar(text.charAt(i + 1))) {
                hash = 31 * hash + Character.toLowerCase(c);
                length++;
                continue;
            }
            if (length >= MIN_LENGTH && Arrays.binarySearch(STOP, hash) < 0) {
                // The lowest bit marks a long word, so that sharing one can count more; the rest is the hash.
                int key = hash & ~1 | (length >= LONG_LENGTH ? 1 : 0);
                if (!contains(found, count, key)) {
                    found[count++] = key;
                }
            }
            hash = 0;
            length = 0;
        }
        return count == found.length ? found : Arrays.copyOf(found, count);
    }

    /** How many words the two share. */
    static int shared(int[] a, int[] b) {
        int shared = 0;
        for (int x : a) {
            if (contains(b, b.length, x)) {
                shared++;
            }
        }
        return shared;
    }

    /** How many long words (6 characters or more) the two share. */
    static int sharedLong(int[] a, int[] b) {
        int shared = 0;
        for (int x : a) {
            if ((x & 1) == 1 && contains(b, b.length, x)) {
                shared++;
            }
        }
        return shared;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** Inside a word: "xorg.conf", "apt-get", "don't", "libc6_2". */
    private static boolean isInnerChar(char c) {
        return c == '.' || c == '-' || c == '\'' || c == '_';
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private static int[] hashes(String... words) {
        int[] out = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = words[i].hashCode();
        }
        Arrays.sort(out);
        return out;
    }
}
