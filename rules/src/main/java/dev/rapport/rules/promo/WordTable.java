package dev.rapport.rules.promo;

import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * An immutable set of words that is looked up straight from characters, so a tokenizer finds a word's canonical
 * {@code String} (and its lexicon classes) without making one: open addressing over a power-of-two table, hashed
 * as {@link String#hashCode} hashes, so no lookup allocates.
 */
final class WordTable {
    /**
     * The open-addressing table: per slot the word's hash in the high half and 1 + its index in the low half, 0
     * when empty. One long per probe, so a lookup of a word on no list (most words) touches one small array.
     */
    private final long[] table;
    private final int mask;
    /** Per word, by index: the word, its characters, its lexicon classes, the bits of the lists holding it. */
    private final String[] words;
    private final char[][] spellings;
    private final int[] classes;
    private final long[] lists;

    private WordTable(long[] table, String[] words, int[] classes, long[] lists) {
        this.table = table;
        this.mask = table.length - 1;
        this.words = words;
        this.classes = classes;
        this.lists = lists;
        this.spellings = new char[words.length][];
        for (int i = 0; i < words.length; i++) {
            spellings[i] = words[i].toCharArray();
        }
    }

    /**
     * The table of {@code words}, each with its classes as {@link Lexicon#classesOf} gives them and the bits of the
     * {@code lists} that hold it.
     */
    static WordTable of(Collection<String> words, Collection<WordList> lists) {
        String[] distinct = new LinkedHashSet<>(words).toArray(new String[0]);
        long[] table = new long[Integer.highestOneBit(Math.max(4, distinct.length * 2)) << 1];
        int mask = table.length - 1;
        int[] classes = new int[distinct.length];
        long[] memberships = new long[distinct.length];
        for (int index = 0; index < distinct.length; index++) {
            String word = distinct[index];
            int h = word.hashCode();
            int slot = spread(h) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = (long) h << 32 | (index + 1);
            classes[index] = Lexicon.classesOf(word);
            for (WordList list : lists) {
                if (list.contains(word)) {
                    memberships[index] |= list.bit();
                }
            }
        }
        return new WordTable(table, distinct, classes, memberships);
    }

    /** The index of the word {@code chars[from, from + length)}, or -1 when it is not in the table. */
    int find(char[] chars, int from, int length) {
        int h = 0;
        for (int i = from; i < from + length; i++) {
            h = 31 * h + chars[i];
        }
        int slot = spread(h) & mask;
        while (true) {
            long entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            if ((int) (entry >>> 32) == h) {
                int index = (int) entry - 1;
                if (same(spellings[index], chars, from, length)) {
                    return index;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    String word(int index) {
        return words[index];
    }

    int classes(int index) {
        return classes[index];
    }

    /** The bits of the {@link WordList}s holding the word at {@code index}. */
    long lists(int index) {
        return lists[index];
    }

    boolean contains(String word) {
        char[] chars = word.toCharArray();
        return find(chars, 0, chars.length) >= 0;
    }

    private static boolean same(char[] word, char[] chars, int from, int length) {
        if (word.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (word[i] != chars[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
