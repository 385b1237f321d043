package dev.rapport.bot.eval;

import dev.rapport.bot.importer.EventReader;
import dev.rapport.bot.importer.ImportException;
import dev.rapport.bot.importer.irc.IrcLogReader;
import dev.rapport.rules.addressing.AddressingInference;
import dev.rapport.rules.addressing.ReplyInference;
import dev.rapport.rules.addressing.ReplyWeights;
import dev.rapport.rules.addressing.ReplyWindow;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.MessageId;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * Fits the weights of the reply inference to annotated IRC logs. Each annotated message is one example: the
 * options {@link ReplyInference} scored for it ("none" and each recent message), described by their features,
 * and which of them the annotation names. A softmax ranker (the probability of an option grows with the
 * exponential of its score) is fitted by stochastic gradient ascent with a little L2 shrinkage, in a fixed order
 * (a seeded shuffle), so the same logs always give the same weights.
 *
 * <p>Some features depend on earlier inferred links (who answered whom, which conversation a message belongs to),
 * so examples are read three times: first with the hand-set {@link ReplyWeights#startingPoint()}, then again with
 * the weights of each fit (a third reading lets the conversations settle; a fourth measured no better). The
 * weights of the logs being scored never take part: leave-one-file-out folds start from the same hand-set point.
 */
public final class ReplyTrainer {

    /** A raw log and its annotations. */
    public record LabelledLog(String name, Path raw, AnnotationLinks gold) {
        public LabelledLog {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(gold, "gold");
        }
    }

    /** One option's features, only the non-zero ones (most are zero): fitting touches a few per option. */
    private record Sparse(int[] index, double[] value) {
        static Sparse of(double[] dense) {
            int n = 0;
            for (double v : dense) {
                if (v != 0) {
                    n++;
                }
            }
            int[] index = new int[n];
            double[] value = new double[n];
            int j = 0;
            for (int k = 0; k < dense.length; k++) {
                if (dense[k] != 0) {
                    index[j] = k;
                    value[j++] = dense[k];
                }
            }
            return new Sparse(index, value);
        }
    }

    private record Example(Sparse[] options, int[] gold) {
    }

    private static final int ROUNDS = 3;
    private static final int EPOCHS = 15;
    private static final double RATE = 0.05;
    private static final double RATE_DECAY = 0.85;
    private static final double L2 = 0.001;
    private static final long SEED = 7;

    /** Weights fitted to {@code logs}. */
    public ReplyWeights train(List<LabelledLog> logs) throws ImportException, IOException {
        ReplyWeights weights = ReplyWeights.startingPoint();
        for (int round = 0; round < ROUNDS; round++) {
            List<Example> examples = new ArrayList<>();
            for (LabelledLog log : logs) {
                examples.addAll(examples(log, weights));
            }
            weights = fit(examples);
        }
        return weights;
    }

    private static List<Example> examples(LabelledLog log, ReplyWeights weights) throws ImportException, IOException {
        List<Example> examples = new ArrayList<>();
        ReplyInference inference = new ReplyInference(new AddressingInference(), ReplyWindow.defaults(), weights);
        try (EventReader reader = IrcLogReader.keepingBots(log.raw(), inference)) {
            for (ChatEvent event = reader.next(); event != null; event = reader.next()) {
                if (!(event instanceof ChatMessage message)) {
                    continue;
                }
                long line = ReplyEvaluator.lineOf(message.id());
                int count = inference.optionCount();
                if (line < 0 || count == 0 || !log.gold().isAnnotated(line)) {
                    continue;
                }
                Sparse[] options = new Sparse[count];
                List<Integer> gold = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    options[i] = Sparse.of(inference.features(i));
                    Optional<MessageId> parent = inference.option(i);
                    boolean right = parent.isEmpty()
                            ? log.gold().startsConversation(line)
                            : log.gold().parentsOf(line).contains(ReplyEvaluator.lineOf(parent.get()));
                    if (right) {
                        gold.add(i);
                    }
                }
                // A message whose annotated parent is out of reach (too far back, or a logger line) teaches nothing.
                if (!gold.isEmpty()) {
                    examples.add(new Example(options, gold.stream().mapToInt(Integer::intValue).toArray()));
                }
            }
        }
        return examples;
    }

    private static ReplyWeights fit(List<Example> examples) {
        int features = ReplyWeights.FEATURES;
        double[] w = new double[features];
        double[] gradient = new double[features];
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(SEED);
        double rate = RATE;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (Example example : order) {
                double[] p = probabilities(w, example.options());
                double goldMass = 0;
                for (int g : example.gold()) {
                    goldMass += p[g];
                }
                java.util.Arrays.fill(gradient, 0);
                for (int i = 0; i < p.length; i++) {
                    addScaled(gradient, example.options()[i], -p[i]);
                }
                // Any annotated option is right: the gradient of log P(some gold option).
                for (int g : example.gold()) {
                    addScaled(gradient, example.options()[g], p[g] / goldMass);
                }
                for (int k = 0; k < features; k++) {
                    w[k] += rate * (gradient[k] - L2 * w[k]);
                }
            }
            rate *= RATE_DECAY;
        }
        return ReplyWeights.of(w);
    }

    private static double[] probabilities(double[] w, Sparse[] options) {
        double[] p = new double[options.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < options.length; i++) {
            p[i] = dot(w, options[i]);
            max = Math.max(max, p[i]);
        }
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(p[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    private static double dot(double[] w, Sparse f) {
        double sum = 0;
        for (int j = 0; j < f.index().length; j++) {
            sum += w[f.index()[j]] * f.value()[j];
        }
        return sum;
    }

    private static void addScaled(double[] into, Sparse f, double scale) {
        for (int j = 0; j < f.index().length; j++) {
            into[f.index()[j]] += scale * f.value()[j];
        }
    }
}
