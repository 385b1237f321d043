package dev.rapport.bot.importer;

/** Counts in words a person reads: "1 message", "2 messages". */
public final class Plural {
    private Plural() {
    }

    /** {@code count} and the noun, with an "s" unless the count is one. */
    public static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
