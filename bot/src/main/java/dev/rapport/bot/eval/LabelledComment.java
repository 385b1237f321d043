package dev.rapport.bot.eval;

import java.util.Objects;

/**
 * One comment of a labelled data set.
 *
 * @param source the file it came from, as given
 * @param line   the line its record starts on (1-based; the header is line 1)
 * @param text   the comment, HTML entities and line-break tags already turned into plain text
 * @param spam   the label: {@code true} for spam (CLASS 1), {@code false} for a legitimate comment (CLASS 0)
 */
public record LabelledComment(String source, long line, String text, boolean spam) {
    public LabelledComment {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }
}
