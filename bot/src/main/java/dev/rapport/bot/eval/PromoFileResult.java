package dev.rapport.bot.eval;

import java.util.List;
import java.util.Objects;

/**
 * How the detector did on one file: the counts, and the comments it got wrong (in file order).
 *
 * @param source         the file as given
 * @param confusion      the counts
 * @param falsePositives legitimate comments it flagged
 * @param falseNegatives spam it let through
 */
public record PromoFileResult(String source, PromoConfusion confusion, List<LabelledComment> falsePositives,
                              List<LabelledComment> falseNegatives) {
    public PromoFileResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(confusion, "confusion");
        falsePositives = List.copyOf(falsePositives);
        falseNegatives = List.copyOf(falseNegatives);
    }
}
