package dev.rapport.rules.addressing;

import java.time.Duration;
import java.util.Objects;

/**
 * How far back {@link ReplyInference} looks, and how it guesses when a message addresses no one.
 *
 * @param messages   how many recent messages of the channel are kept
 * @param age        how old a message may be and still be replied to
 * @param nicks      how many recently seen nicks are remembered
 * @param turnTaking whether messages are linked by the full ranking of {@link ReplyInference} (turn-taking,
 *                   continued thoughts, shared words...); off, only a message that addresses someone is linked,
 *                   to that person's latest message not aimed at someone else.
 */
public record ReplyWindow(int messages, Duration age, int nicks, boolean turnTaking) {
    public ReplyWindow {
        if (messages < 1) {
            throw new IllegalArgumentException("messages must be positive: " + messages);
        }
        Objects.requireNonNull(age, "age");
        if (age.isNegative() || age.isZero()) {
            throw new IllegalArgumentException("age must be positive: " + age);
        }
        if (nicks < 1) {
            throw new IllegalArgumentException("nicks must be positive: " + nicks);
        }
    }

    /** The last 100 messages within the hour, 2,000 nicks, with turn-taking. */
    public static ReplyWindow defaults() {
        return new ReplyWindow(100, Duration.ofHours(1), 2_000, true);
    }

    public ReplyWindow withTurnTaking(boolean on) {
        return new ReplyWindow(messages, age, nicks, on);
    }
}
