package dev.rapport.bot.ops;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One condition of readiness: {@code problem} says what is wrong, in words an operator can act on, or is empty
 * when all is well.
 *
 * @param name    short and stable, e.g. {@code shards}
 * @param problem asked on every readiness request; may take a moment (a database round trip), never throws
 */
public record ReadinessCheck(String name, Supplier<Optional<String>> problem) {
    public ReadinessCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(problem, "problem");
    }
}
