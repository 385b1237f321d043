package dev.rapport.rules.stats;

/**
 * A pseudonym as the number it writes out: {@code p-} and ten lower-case hex digits are 40 bits, so a structure can
 * key other people by a {@code long} and write the pseudonym out only when it is shown or stored. The text is the
 * pseudonym; the number is only how memory holds it.
 */
public final class PseudonymCode {
    private static final int DIGITS = 10;
    /** Every pseudonym number is within these 40 bits. */
    private static final long ALL = (1L << 4 * DIGITS) - 1;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PseudonymCode() {
    }

    /** The number of a pseudonym of the engine's form ({@code p-3f9a1c0b2e}), or -1 for any other text. */
    public static long of(String pseudonym) {
        if (pseudonym.length() != DIGITS + 2 || pseudonym.charAt(0) != 'p' || pseudonym.charAt(1) != '-') {
            return -1;
        }
        long code = 0;
        for (int i = 2; i < DIGITS + 2; i++) {
            char c = pseudonym.charAt(i);
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c >= 'a' && c <= 'f') {
                d = c - 'a' + 10;
            } else {
                return -1;
            }
            code = code << 4 | d;
        }
        return code;
    }

    /** The pseudonym a number stands for, written out; {@code code} must come from {@link #of} or {@link #of(byte[])}. */
    public static String text(long code) {
        char[] out = new char[DIGITS + 2];
        out[0] = 'p';
        out[1] = '-';
        for (int i = DIGITS + 1; i >= 2; i--) {
            out[i] = HEX[(int) (code & 0xf)];
            code >>>= 4;
        }
        return new String(out);
    }

    /**
     * The number after {@code code}, wrapping from the last to 0: where a person's pseudonym goes when the one their
     * digest names is already someone else's (see {@code PseudonymClaims}), so every installation resolves a clash
     * by the same rule.
     */
    public static long next(long code) {
        return (code + 1) & ALL;
    }

    /** The number of the pseudonym whose digits are the first five bytes of {@code digest}. */
    public static long of(byte[] digest) {
        long code = 0;
        for (int i = 0; i < DIGITS / 2; i++) {
            code = code << 8 | (digest[i] & 0xff);
        }
        return code;
    }
}
