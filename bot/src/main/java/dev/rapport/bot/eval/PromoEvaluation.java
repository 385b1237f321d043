package dev.rapport.bot.eval;

import dev.rapport.rules.promo.PromoDetector;
import dev.rapport.rules.promo.PromoVerdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores a {@link PromoDetector} against labelled comments. A comment counts as flagged when the detector calls
 * it self-promotion or a sales pitch ({@link PromoVerdict#promotional()}). Engagement bait ("like this comment
 * if...") counts through the detector, which calls it self-promotion; other engagement asks alone do not.
 */
public final class PromoEvaluation {
    private final PromoDetector detector;

    public PromoEvaluation(PromoDetector detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    public PromoFileResult evaluate(String source, List<LabelledComment> comments) {
        PromoConfusion confusion = PromoConfusion.EMPTY;
        List<LabelledComment> falsePositives = new ArrayList<>();
        List<LabelledComment> falseNegatives = new ArrayList<>();
        for (LabelledComment comment : comments) {
            boolean flagged = detector.analyse(comment.text()).promotional();
            confusion = confusion.count(flagged, comment.spam());
            if (flagged && !comment.spam()) {
                falsePositives.add(comment);
            }
            if (!flagged && comment.spam()) {
                falseNegatives.add(comment);
            }
        }
        return new PromoFileResult(source, confusion, falsePositives, falseNegatives);
    }

    /** The counts of several files together. */
    public static PromoConfusion total(List<PromoFileResult> results) {
        PromoConfusion total = PromoConfusion.EMPTY;
        for (PromoFileResult result : results) {
            total = total.plus(result.confusion());
        }
        return total;
    }
}
