package dev.rapport.rules.promo;

import java.util.Collection;

/**
 * An immutable set of words that is looked up straight from characters, so a tokenizer finds a word's canonical
 * {@code String} (and its lexicon classes) without making one: open addressing over a power-of-two table, hashed
 * as {@link String#hashCode} hashes, so no lookup allocates.
 */
final class WordTable {
    private final String[] words;
    private final int[] classes;
    private final long[] lists;
    private final int mask;

    private WordTable(String[] words, int[] classes, long[] lists, int mask) {
        this.words = words;
        this.classes = classes;
        this.lists = lists;
        this.mask = mask;
    }

    /**
     * The table of {@code words}, each with its classes as {@link Lexicon#classesOf} gives them and the bits of the
     * {@code lists} that hold it.
     */
    static WordTable of(Collection<String> words, Collection<WordList> lists) {
        int capacity = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
        String[] table = new String[capacity];
        int[] classes = new int[capacity];
        long[] memberships = new long[capacity];
        int mask = capacity - 1;
        for (String word : words) {
            int slot = spread(word.hashCode()) & mask;
            while (table[slot] != null && !table[slot].equals(word)) slot = (slot + 1) & mask;
            table[slot] = word;
            classes[slot] = Lexicon.classesOf(word);
            for (WordList list : lists) {
                if (list.contains(word)) memberships[slot] |= list.bit();
            }
        }
        return new WordTable(table, classes, memberships, mask);
    }

    /** The slot of the word {@code chars[from, from + length)}, or -1 when it is not in the table. */
    int find(char[] chars, int from, int length) {
        int h = 0;
        for (int i = from; i < from + length; i++) h = 31 * h + chars[i];
        int slot = spread(h) & mask;
        while (true) {
            String word = words[slot];
            if (word == null) return -1;
            if (word.length() == length && same(word, chars, from)) return slot;
            slot = (slot + 1) & mask;
        }
    }

    String word(int slot) {
        return words[slot];
    }

    int classes(int slot) {
        return classes[slot];
    }

    /** The bits of the {@link WordList}s holding the word in {@code slot}. */
    long lists(int slot) {
        return lists[slot];
    }

    boolean contains(String word) {
        char[] chars = word.toCharArray();
        return find(chars, 0, chars.length) >= 0;
    }

    private static boolean same(String word, char[] chars, int from) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) != chars[from + i]) return false;
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
