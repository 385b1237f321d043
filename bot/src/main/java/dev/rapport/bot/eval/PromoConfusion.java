package dev.rapport.bot.eval;

/**
 * Confusion counts of a detector against labels, with the usual figures. "Positive" means flagged as promotion.
 * Precision (recall) is 0 when nothing was flagged (nothing was spam), rather than undefined.
 */
public record PromoConfusion(long truePositives, long falsePositives, long trueNegatives, long falseNegatives) {
    public static final PromoConfusion EMPTY = new PromoConfusion(0, 0, 0, 0);

    public PromoConfusion {
        if (truePositives < 0 || falsePositives < 0 || trueNegatives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** This plus one more message, flagged or not, spam or not. */
    public PromoConfusion count(boolean flagged, boolean spam) {
        if (flagged && spam) {
            return new PromoConfusion(truePositives + 1, falsePositives, trueNegatives, falseNegatives);
        }
        if (flagged) {
            return new PromoConfusion(truePositives, falsePositives + 1, trueNegatives, falseNegatives);
        }
        if (spam) {
            return new PromoConfusion(truePositives, falsePositives, trueNegatives, falseNegatives + 1);
        }
        return new PromoConfusion(truePositives, falsePositives, trueNegatives + 1, falseNegatives);
    }

    public PromoConfusion plus(PromoConfusion other) {
        return new PromoConfusion(truePositives + other.truePositives, falsePositives + other.falsePositives,
                trueNegatives + other.trueNegatives, falseNegatives + other.falseNegatives);
    }

    public long messages() {
        return truePositives + falsePositives + trueNegatives + falseNegatives;
    }

    /** Of the messages flagged, the share that were spam. */
    public double precision() {
        long flagged = truePositives + falsePositives;
        return flagged == 0 ? 0.0 : (double) truePositives / flagged;
    }

    /** Of the spam, the share that was flagged. */
    public double recall() {
        long spam = truePositives + falseNegatives;
        return spam == 0 ? 0.0 : (double) truePositives / spam;
    }

    /** The harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
