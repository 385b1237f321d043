package dev.rapport.bot.eval;

import java.util.Objects;

/** The score of one annotated log, named as the user will recognise it. */
public record ReplyFileScore(String file, ReplyScore score) {
    public ReplyFileScore {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(score, "score");
    }
}
