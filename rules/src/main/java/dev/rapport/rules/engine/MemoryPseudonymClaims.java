package dev.rapport.rules.engine;

import dev.rapport.rules.stats.PseudonymCode;

/**
 * {@link PseudonymClaims} in memory: each number claimed, with eight more bytes of its digest to tell whose it is
 * (two digests alike in those 104 bits are beyond any installation's size). Two {@code long}s a slot, open addressing
 * on the number at most half full: 32 to 64 bytes a person. Numbers are never given back, so a digest's number is
 * found by walking from the number its digest names up to the first free one, as it was claimed.
 */
final class MemoryPseudonymClaims implements PseudonymClaims {
    /** The claimed number plus one in each slot, 0 when empty. */
    private long[] numbers = new long[1024];
    /** The claimant's bytes 5 to 12 of the digest, beside its number. */
    private long[] whose = new long[1024];
    private int size;

    @Override
    public synchronized long claim(byte[] digest) {
        long mark = mark(digest);
        for (long code = PseudonymCode.of(digest); ; code = PseudonymCode.next(code)) {
            int i = slot(code);
            if (numbers[i] == 0) {
                if ((size + 1) * 2 > numbers.length) {
                    grow();
                    i = slot(code);
                }
                numbers[i] = code + 1;
                whose[i] = mark;
                size++;
                return code;
            }
            if (whose[i] == mark) {
                return code;
            }
        }
    }

    /** The slot of {@code code}: where it is, or the empty slot where it would go. */
    private int slot(long code) {
        int mask = numbers.length - 1;
        long h = code * 0x9E3779B97F4A7C15L;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (numbers[i] != 0 && numbers[i] != code + 1) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldNumbers = numbers;
        long[] oldWhose = whose;
        numbers = new long[oldNumbers.length * 2];
        whose = new long[oldNumbers.length * 2];
        for (int j = 0; j < oldNumbers.length; j++) {
            if (oldNumbers[j] != 0) {
                int i = slot(oldNumbers[j] - 1);
                numbers[i] = oldNumbers[j];
                whose[i] = oldWhose[j];
            }
        }
    }

    private static long mark(byte[] digest) {
        long m = 0;
        for (int i = 5; i < 13; i++) {
            m = m << 8 | (digest[i] & 0xff);
        }
        return m;
    }
}
