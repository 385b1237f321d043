package dev.rapport.rules.finding;

import dev.rapport.rules.rule.Principle;

import java.util.Objects;

/**
 * What the coach says: what was seen (counts, times, places; never anyone's words), why it matters (one line of
 * the principle behind it) and one next step.
 */
public record Tip(String seen, Principle principle, String next) {
    public Tip {
        Objects.requireNonNull(seen, "seen");
        Objects.requireNonNull(principle, "principle");
        Objects.requireNonNull(next, "next");
    }

    public String why() {
        return principle.why();
    }

    /** The tip as one short paragraph. */
    public String text() {
        return seen + " " + principle.why() + " Next step: " + next;
    }
}
