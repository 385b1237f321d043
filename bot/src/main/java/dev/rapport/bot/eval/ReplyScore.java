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
 * @param graphGold         scored as the corpus authors' {@code graph-eval.py} does: every annotated link, the
 *                          self-links of messages that start a conversation included
 * @param graphPredicted    one link for every line from the first annotated one: to the inferred parent, or to
 *                          itself when none was inferred (the line starts a conversation, or is a logger line)
 * @param graphMatched      predicted links (self-links included) that are annotated too
 */
public record ReplyScore(long annotatedMessages, long goldLinks, long predictedLinks, long correctLinks,
                         long goldAddressees, long correctAddressees,
                         long graphGold, long graphPredicted, long graphMatched) {

    public static final ReplyScore ZERO = new ReplyScore(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Without the graph-eval counts. */
    public ReplyScore(long annotatedMessages, long goldLinks, long predictedLinks, long correctLinks,
                      long goldAddressees, long correctAddressees) {
        this(annotatedMessages, goldLinks, predictedLinks, correctLinks, goldAddressees, correctAddressees, 0, 0, 0);
    }

    public ReplyScore plus(ReplyScore other) {
        return new ReplyScore(annotatedMessages + other.annotatedMessages, goldLinks + other.goldLinks,
                predictedLinks + other.predictedLinks, correctLinks + other.correctLinks,
                goldAddressees + other.goldAddressees, correctAddressees + other.correctAddressees,
                graphGold + other.graphGold, graphPredicted + other.graphPredicted, graphMatched + other.graphMatched);
    }

    /** graph-eval precision: matched links among the predicted ones, self-links included. */
    public double graphPrecision() {
        return ratio(graphMatched, graphPredicted);
    }

    /** graph-eval recall: annotated links (self-links included) that were predicted. */
    public double graphRecall() {
        return ratio(graphMatched, graphGold);
    }

    public double graphF1() {
        double p = graphPrecision();
        double r = graphRecall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
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
