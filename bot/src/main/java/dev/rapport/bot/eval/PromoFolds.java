package dev.rapport.bot.eval;

import dev.rapport.rules.promo.PromoDetector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Leave-one-file-out evaluation: for each labelled file, a detector is made from the other files alone and scored
 * on that one, so no figure comes from a file the detector was made from. The mean of the per-file figures is the
 * honest estimate of how the detector does on comments it has never seen.
 *
 * <p>How a detector is made from the training files is the {@link Trainer}'s business. The shipped detector has no
 * trainable part (its cues are fixed), so its trainer ignores the training files: the folds then score the fixed
 * cues on each file, and say so ({@link Trainer#learns()}).
 */
public final class PromoFolds {

    /** Makes a detector from labelled files. */
    public interface Trainer {
        PromoDetector train(List<List<LabelledComment>> trainingFiles);

        /** Whether {@link #train} learns anything from the files; false for fixed cues. */
        boolean learns();

        /** The fixed detector: nothing to learn, every fold scores the same cues. */
        static Trainer fixed(PromoDetector detector) {
            Objects.requireNonNull(detector, "detector");
            return new Trainer() {
                @Override
                public PromoDetector train(List<List<LabelledComment>> trainingFiles) {
                    return detector;
                }

                @Override
                public boolean learns() {
                    return false;
                }
            };
        }
    }

    /** One labelled file, by the name it was given. */
    public record LabelledFile(String source, List<LabelledComment> comments) {
        public LabelledFile {
            Objects.requireNonNull(source, "source");
            comments = List.copyOf(comments);
        }
    }

    /**
     * The folds' figures.
     *
     * @param heldOut each file's result when it was the one held out, in the order given
     */
    public record Result(List<PromoFileResult> heldOut) {
        public Result {
            heldOut = List.copyOf(heldOut);
        }

        public double meanPrecision() {
            return heldOut.stream().mapToDouble(r -> r.confusion().precision()).average().orElse(0.0);
        }

        public double meanRecall() {
            return heldOut.stream().mapToDouble(r -> r.confusion().recall()).average().orElse(0.0);
        }

        public double meanF1() {
            return heldOut.stream().mapToDouble(r -> r.confusion().f1()).average().orElse(0.0);
        }

        /** All held-out counts together (each comment is held out exactly once). */
        public PromoConfusion pooled() {
            return PromoEvaluation.total(heldOut);
        }
    }

    private final Trainer trainer;

    public PromoFolds(Trainer trainer) {
        this.trainer = Objects.requireNonNull(trainer, "trainer");
    }

    /** Leave-one-file-out over {@code files}; needs at least two. */
    public Result run(List<LabelledFile> files) {
        if (files.size() < 2) {
            throw new IllegalArgumentException("leave-one-file-out needs at least two files, found " + files.size());
        }
        List<PromoFileResult> heldOut = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            List<List<LabelledComment>> training = new ArrayList<>(files.size() - 1);
            for (int j = 0; j < files.size(); j++) {
                if (j != i) {
                    training.add(files.get(j).comments());
                }
            }
            PromoDetector detector = trainer.train(training);
            LabelledFile test = files.get(i);
            heldOut.add(new PromoEvaluation(detector).evaluate(test.source(), test.comments()));
        }
        return new Result(heldOut);
    }
}
