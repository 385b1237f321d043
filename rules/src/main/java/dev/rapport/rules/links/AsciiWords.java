package dev.rapport.rules.links;

import java.util.Collection;
import java.util.function.IntUnaryOperator;

/**
 * An immutable set of lower-case names (hosts, endings, path segments, parameter names) looked up straight from a
 * range of characters, so a link is checked against a list without cutting its host or path into a string:
 * open addressing over a power-of-two table, each name's hash kept beside it.
 */
public final class AsciiWords {
    private final String[] words;
    private final int[] hashes;
    private final int mask;

    private AsciiWords(String[] words, int[] hashes, int mask) {
        this.words = words;
        this.hashes = hashes;
        this.mask = mask;
    }

    /** The set of {@code words}, each already lower-case. */
    public static AsciiWords of(Collection<String> words) {
        int capacity = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
        String[] table = new String[capacity];
        int[] hashes = new int[capacity];
        int mask = capacity - 1;
        for (String word : words) {
            int h = word.hashCode();
            int slot = spread(h) & mask;
            while (table[slot] != null && !table[slot].equals(word)) {
                slot = (slot + 1) & mask;
            }
            table[slot] = word;
            hashes[slot] = h;
        }
        return new AsciiWords(table, hashes, mask);
    }

    /** {@code [from, to)} of {@code s}, its ASCII letters lower-cased, is one of the words. */
    public boolean contains(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + CharRanges.lower(s.charAt(i));
        }
        return find(s, from, to, h, null) >= 0;
    }

    /** {@code [from, to)} of {@code s}, each character mapped by {@code fold}, is one of the words. */
    boolean contains(String s, int from, int to, IntUnaryOperator fold) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + fold.applyAsInt(s.charAt(i));
        }
        return find(s, from, to, h, fold) >= 0;
    }

    /** The word itself (for a set made of strings: {@code contains(word, 0, word.length())}). */
    public boolean contains(String word) {
        return contains(word, 0, word.length());
    }

    private int find(String s, int from, int to, int h, IntUnaryOperator fold) {
        int length = to - from;
        int slot = spread(h) & mask;
        while (true) {
            String word = words[slot];
            if (word == null) {
                return -1;
            }
            if (hashes[slot] == h && word.length() == length && same(word, s, from, fold)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static boolean same(String word, String s, int from, IntUnaryOperator fold) {
        for (int k = 0; k < word.length(); k++) {
            char c = s.charAt(from + k);
            int folded = fold == null ? CharRanges.lower(c) : fold.applyAsInt(c);
            if (folded != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
