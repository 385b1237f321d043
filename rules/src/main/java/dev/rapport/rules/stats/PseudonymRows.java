package dev.rapport.rules.stats;

import java.util.Arrays;

/**
 * Rows of a few {@code int}s keyed by a counterpart's pseudonym, all in one array: what a person's structures keep per
 * person met (a week's counts, first and last contact). A person meets a handful of people a week and a few meet
 * hundreds, so what matters is the cost of a small table: one array of rows, filled in order, looked up by a scan
 * while there are at most {@link #SCAN} rows and by a hash index beside them beyond that.
 *
 * <p>Keys are pseudonym numbers ({@link PseudonymCode}): the engine's own pseudonyms are a number, so no string is
 * kept per row. A pseudonym of another form (one read back from storage, written by other means) is kept once, in a
 * side table of this instance, under a number no canonical pseudonym has.
 *
 * <p>Open for extension so that a table with a meaning ({@code CounterpartCounts}, the engine's contacts) is this
 * one object rather than an object holding it: there are one or two per person.
 */
public class PseudonymRows {
    /** Up to this many rows, a lookup scans them; beyond, it goes through the index. */
    static final int SCAN = 8;
    private static final int[] EMPTY = {};
    /** Numbers of pseudonyms kept in the side table: above every canonical number. */
    private static final long OTHER = 1L << 62;

    /** Ints per row: the key's two halves and the values. */
    private final int width;
    /** Row i: the key's low and high halves, then {@code stride} values. */
    private int[] data = EMPTY;
    private int size;
    /** Open addressing over row numbers + 1 (0: empty); null while a scan is enough. */
    private int[] index;
    private String[] others;

    /** @param stride how many {@code int} values each row holds besides its key */
    public PseudonymRows(int stride) {
        this.width = stride + 2;
    }

    public int size() {
        return size;
    }

    /** The key of a pseudonym written out, adding it to the side table if it has no number of its own. */
    public long key(String pseudonym) {
        long code = PseudonymCode.of(pseudonym);
        if (code >= 0) {
            return code;
        }
        if (others == null) {
            others = new String[1];
        }
        for (int i = 0; i < others.length; i++) {
            if (others[i] == null) {
                others[i] = pseudonym;
                return OTHER | i;
            }
            if (others[i].equals(pseudonym)) {
                return OTHER | i;
            }
        }
        int at = others.length;
        others = Arrays.copyOf(others, at * 2);
        others[at] = pseudonym;
        return OTHER | at;
    }

    /** The key of a pseudonym written out if this table knows it, or -1. */
    public long knownKey(String pseudonym) {
        long code = PseudonymCode.of(pseudonym);
        if (code >= 0) {
            return code;
        }
        if (others != null) {
            for (int i = 0; i < others.length; i++) {
                if (pseudonym.equals(others[i])) {
                    return OTHER | i;
                }
            }
        }
        return -1;
    }

    /** The pseudonym a key stands for, written out. */
    public String pseudonym(long key) {
        return (key & OTHER) != 0 ? others[(int) (key & ~OTHER)] : PseudonymCode.text(key);
    }

    /** The row of {@code key}, or -1. */
    public int find(long key) {
        int lo = (int) key;
        int hi = (int) (key >>> 32);
        if (index == null) {
            for (int r = 0, p = 0; r < size; r++, p += width) {
                if (data[p] == lo && data[p + 1] == hi) {
                    return r;
                }
            }
            return -1;
        }
        int mask = index.length - 1;
        for (int i = hash(key) & mask; index[i] != 0; i = (i + 1) & mask) {
            int p = (index[i] - 1) * width;
            if (data[p] == lo && data[p + 1] == hi) {
                return index[i] - 1;
            }
        }
        return -1;
    }

    /** The row of {@code key}, added with every value {@code initial} if it was not there. */
    public int findOrAdd(long key, int initial) {
        int r = find(key);
        if (r >= 0) {
            return r;
        }
        if ((size + 1) * width > data.length) {
            int rows = size < 4 ? Math.max(1, size * 2) : size + (size >> 1);
            data = Arrays.copyOf(data, rows * width);
        }
        r = size++;
        int p = r * width;
        data[p] = (int) key;
        data[p + 1] = (int) (key >>> 32);
        if (initial != 0) {
            Arrays.fill(data, p + 2, p + width, initial);
        }
        if (index != null && size * 3 + 3 <= index.length * 2) {
            insert(r, key);
        } else if (size > SCAN) {
            reindex();
        }
        return r;
    }

    public long keyAt(int row) {
        int p = row * width;
        return (data[p] & 0xffffffffL) | (long) data[p + 1] << 32;
    }

    public int get(int row, int field) {
        return data[row * width + 2 + field];
    }

    public void set(int row, int field, int value) {
        data[row * width + 2 + field] = value;
    }

    public void add(int row, int field, int delta) {
        data[row * width + 2 + field] += delta;
    }

    /** Decides, for each row, whether it stays. */
    public interface Keep {
        boolean keep(PseudonymRows rows, int row);
    }

    /** Drops the rows {@code keep} says no to; the others keep their order. */
    public void retain(Keep keep) {
        int kept = 0;
        for (int r = 0; r < size; r++) {
            if (!keep.keep(this, r)) {
                continue;
            }
            if (kept != r) {
                System.arraycopy(data, r * width, data, kept * width, width);
            }
            kept++;
        }
        if (kept == size) {
            return;
        }
        size = kept;
        // A table that shrank a lot gives its room back.
        if (size == 0) {
            data = EMPTY;
        } else if (size * width * 2 < data.length) {
            data = Arrays.copyOf(data, size * width);
        } else {
            Arrays.fill(data, size * width, data.length, 0);
        }
        index = null;
        if (size > SCAN) {
            reindex();
        }
    }

    /**
     * Gives back the room beyond the rows held, and the index: for a table that is done growing (a finished week's).
     * Such a table is read row by row (reports, snapshots) and looked up only when an edit or a deletion takes
     * something back, for which a scan of its rows is cheap; its index cost 6 to 12 bytes a row for every week of
     * every person. A row added later builds the index again.
     */
    public void trimToSize() {
        if (size * width < data.length) {
            data = size == 0 ? EMPTY : Arrays.copyOf(data, size * width);
        }
        index = null;
    }

    private void reindex() {
        // At most two thirds full: linear probing stays short, and the index costs 6 to 12 bytes a row.
        int capacity = 16;
        while (capacity * 2 < size * 3 + 3) {
            capacity <<= 1;
        }
        index = new int[capacity];
        for (int r = 0; r < size; r++) {
            insert(r, keyAt(r));
        }
    }

    private void insert(int row, long key) {
        int mask = index.length - 1;
        int i = hash(key) & mask;
        while (index[i] != 0) {
            i = (i + 1) & mask;
        }
        index[i] = row + 1;
    }

    private static int hash(long key) {
        int h = (int) (key ^ (key >>> 32)) * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
