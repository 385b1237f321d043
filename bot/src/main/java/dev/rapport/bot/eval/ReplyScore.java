package dev.rapport.bot.eval;

/**
 * How well inferred reply links match annotated ones, as counts, and the rates derived from them.
 *
 * @param annotatedMessages messages with an annotation
 * @param goldLinks         annotated links between two different messages
 * @param predictedLinks    reply links the inference made for annotated messages
 * @param correctLinks      predicted links that are annotated too
 * @param goldAddressees    annotated messages with a parent written by someone (who they answer is known)
 * @param correctAddressees predictions whose parent's author wrote one of the annotated parents
 */
public record ReplyScore(long annotatedMessages, long goldLinks, long predictedLinks, long correctLinks,
                         long goldAddressees, long correctAddressees) {

    public static final ReplyScore ZERO = new ReplyScore(0, 0, 0, 0, 0, 0);

    public ReplyScore plus(ReplyScore other) {
        return new ReplyScore(annotatedMessages + other.annotatedMessages, goldLinks + other.goldLinks,
                predictedLinks + other.predictedLinks, correctLinks + other.correctLinks,
                goldAddressees + other.goldAddressees, correctAddressees + other.correctAddressees);
    }

    /** Correct links among the predicted ones; 0 when nothing was predicted. */
    public double precision() {
        return ratio(correctLinks, predictedLinks);
    }

    /** Annotated links that were predicted; 0 when nothing was annotated. */
    public double recall() {
        return ratio(correctLinks, goldLinks);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Predictions that picked the right person to answer, even if not the right message. */
    public double addresseePrecision() {
        return ratio(correctAddressees, predictedLinks);
    }

    /** Messages answering someone for which the right person was picked. */
    public double addresseeRecall() {
        return ratio(correctAddressees, goldAddressees);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
