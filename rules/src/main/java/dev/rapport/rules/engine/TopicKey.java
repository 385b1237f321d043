package dev.rapport.rules.engine;

/**
 * Topic words ({@link dev.rapport.rules.text.TopicWords}: hashes of a question's content words) as they are stored:
 * each word's hash keyed with SipHash-2-4 under a key derived from the installation's pseudonym secret. A plain
 * word hash is read back with a dictionary; a keyed one means nothing without the secret, yet two questions that
 * share words still share keyed words, so "asked about the same thing" is answered in keyed form after a restart.
 * SipHash rather than an HMAC per word: it is a keyed function made for short inputs, and a snapshot keys a few
 * dozen words.
 */
final class TopicKey {
    private final long k0;
    private final long k1;

    /** @param key at least 16 bytes; the first 16 are the SipHash key */
    TopicKey(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("a topic key needs 16 bytes");
        }
        this.k0 = littleEndian(key, 0);
        this.k1 = littleEndian(key, 8);
    }

    /** The keyed form of each word, in the same order (sorted again: the order of keyed words says nothing). */
    int[] of(int[] words) {
        int[] keyed = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            keyed[i] = word(words[i]);
        }
        java.util.Arrays.sort(keyed);
        return keyed;
    }

    /** One word's keyed form: SipHash-2-4 of its four bytes, the low 32 bits. */
    int word(int word) {
        return (int) sipHash(word);
    }

    /** SipHash-2-4 of the four bytes of {@code word}, little-endian (as the reference implementation reads them). */
    long sipHash(int word) {
        long[] v = {k0 ^ 0x736f6d6570736575L, k1 ^ 0x646f72616e646f6dL, k0 ^ 0x6c7967656e657261L,
            k1 ^ 0x7465646279746573L};
        // The message is 4 bytes: one final block holding them and the length (4) in its top byte.
        long m = (word & 0xFFFFFFFFL) | (4L << 56);
        v[3] ^= m;
        sipRounds(v, 2);
        v[0] ^= m;
        v[2] ^= 0xFF;
        sipRounds(v, 4);
        return v[0] ^ v[1] ^ v[2] ^ v[3];
    }

    /** SipHash's round, {@code n} times: two after the message block (compression), four at the end (finalisation). */
    private static void sipRounds(long[] v, int n) {
        for (int r = 0; r < n; r++) {
            v[0] += v[1];
            v[1] = Long.rotateLeft(v[1], 13) ^ v[0];
            v[0] = Long.rotateLeft(v[0], 32);
            v[2] += v[3];
            v[3] = Long.rotateLeft(v[3], 16) ^ v[2];
            v[0] += v[3];
            v[3] = Long.rotateLeft(v[3], 21) ^ v[0];
            v[2] += v[1];
            v[1] = Long.rotateLeft(v[1], 17) ^ v[2];
            v[2] = Long.rotateLeft(v[2], 32);
        }
    }

    private static long littleEndian(byte[] b, int from) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[from + i] & 0xFFL);
        }
        return v;
    }
}
