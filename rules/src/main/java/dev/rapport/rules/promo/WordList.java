package dev.rapport.rules.promo;

import java.util.Set;

/**
 * A word list of the promotion cues, with the bit that marks its words in {@link PromoVocabulary}: the tokenizer
 * looks each word up once and keeps the bits of every list holding it, so "is this word on that list?" is one AND
 * per question instead of a hash lookup (the cues ask it of nearly every word). Each list has its own index below
 * 64, fixed where it is declared; a test checks they are distinct.
 */
final class WordList {
    private final Set<String> words;
    private final long bit;

    private WordList(int index, Set<String> words) {
        if (index < 0 || index > 63) {
            throw new IllegalArgumentException("a list index is 0 to 63, was " + index);
        }
        this.words = words;
        this.bit = 1L << index;
    }

    static WordList of(int index, String... words) {
        return new WordList(index, Set.of(words));
    }

    /** A list whose words are kept elsewhere (a shared vocabulary such as {@code text/AttentionVerbs}). */
    static WordList of(int index, java.util.Collection<String> words) {
        return new WordList(index, Set.copyOf(words));
    }

    Set<String> words() {
        return words;
    }

    long bit() {
        return bit;
    }

    boolean contains(String word) {
        return words.contains(word);
    }
}
