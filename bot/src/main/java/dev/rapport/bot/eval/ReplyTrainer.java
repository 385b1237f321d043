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
 * exponential of its score) is fitted by stochastic gradient ascent with a little L2 shrinkage, in five fixed
 * orders (seeded shuffles) whose weights are averaged, so the same logs always give the same weights.
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
    /**
     * How many shuffled orders are fitted and their weights averaged. One order's weights score files left out of
     * training within about 10 links of another's (of 2,607: seeds 7, 1, 2, 3 gave 1,833, 1,823, 1,816, 1,825), so a
     * single order made every comparison of features a draw; the average of five is steadier.
     */
    private static final int ORDERS = 5;
    private static final int NET_EPOCHS = 15;

    /** Hidden ReLU units on top of the linear ranker; 0: the linear ranker alone (what ships). */
    private final int units;
    /** The hidden layer's learning rate (it decays as the linear fit's does). */
    private final double netRate;
    /** The hidden layer's shrinkage, applied once an epoch. */
    private final double netL2;

    /** The linear ranker's trainer. */
    public ReplyTrainer() {
        this(0, 0.002, 0.01);
    }

    /** With a hidden layer of {@code units} ReLU units fitted after the linear ranker (see {@link #fitNetwork}). */
    public ReplyTrainer(int units, double netRate, double netL2) {
        if (units < 0 || !(netRate > 0) || !(netL2 >= 0 && netL2 < 1)) {
            throw new IllegalArgumentException("units >= 0, rate > 0, 0 <= l2 < 1");
        }
        this.units = units;
        this.netRate = netRate;
        this.netL2 = netL2;
    }

    /** Weights fitted to {@code logs}. */
    public ReplyWeights train(List<LabelledLog> logs) throws ImportException, IOException {
        ReplyWeights weights = ReplyWeights.startingPoint();
        for (int round = 0; round < ROUNDS; round++) {
            List<Example> examples = new ArrayList<>();
            for (LabelledLog log : logs) {
                examples.addAll(examples(log, weights));
            }
            weights = fit(examples);
            if (round == ROUNDS - 1 && units > 0) {
                weights = fitNetwork(examples, weights);
            }
        }
        return weights;
    }

    /**
     * Adds a hidden layer of ReLU units to the fitted linear weights and fits both together on the same examples by
     * the same softmax objective: the linear part starts where the linear fit ended, the units start small (seeded),
     * so the network begins as the linear ranker and only moves where combining facts helps.
     */
    private ReplyWeights fitNetwork(List<Example> examples, ReplyWeights linear) {
        int features = ReplyWeights.FEATURES;
        double[] w = linear.toArray();
        double[][] hidden = new double[features][units];
        double[] bias = new double[units];
        double[] out = new double[units];
        Random random = new Random(SEED);
        double scale = 1.0 / Math.sqrt(8);
        for (int k = 0; k < features; k++) {
            for (int j = 0; j < units; j++) {
                hidden[k][j] = random.nextGaussian() * scale;
            }
        }
        for (int j = 0; j < units; j++) {
            bias[j] = 0.1;
            out[j] = random.nextGaussian() * 0.01;
        }
        List<Example> order = new ArrayList<>(examples);
        double rate = netRate;
        int maxOptions = 1;
        for (Example e : examples) {
            maxOptions = Math.max(maxOptions, e.options().length);
        }
        double[][] h = new double[maxOptions][units];
        double[] s = new double[maxOptions];
        for (int epoch = 0; epoch < NET_EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (Example example : order) {
                Sparse[] options = example.options();
                int n = options.length;
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    Sparse f = options[i];
                    System.arraycopy(bias, 0, h[i], 0, units);
                    for (int q = 0; q < f.index().length; q++) {
                        double[] row = hidden[f.index()[q]];
                        double x = f.value()[q];
                        for (int j = 0; j < units; j++) {
                            h[i][j] += row[j] * x;
                        }
                    }
                    double score = dot(w, f);
                    for (int j = 0; j < units; j++) {
                        if (h[i][j] > 0) {
                            score += out[j] * h[i][j];
                        } else {
                            h[i][j] = 0;
                        }
                    }
                    s[i] = score;
                    max = Math.max(max, score);
                }
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    s[i] = Math.exp(s[i] - max);
                    sum += s[i];
                }
                double goldMass = 0;
                for (int g : example.gold()) {
                    goldMass += s[g] / sum;
                }
                for (int i = 0; i < n; i++) {
                    s[i] = -s[i] / sum;
                }
                for (int g : example.gold()) {
                    s[g] += (-s[g]) / goldMass;
                }
                // s[i] is now d log P(gold) / d score_i; step every parameter along it.
                for (int i = 0; i < n; i++) {
                    double g = s[i];
                    if (g == 0) {
                        continue;
                    }
                    Sparse f = options[i];
                    for (int q = 0; q < f.index().length; q++) {
                        w[f.index()[q]] += rate * g * f.value()[q];
                    }
                    for (int j = 0; j < units; j++) {
                        if (h[i][j] > 0) {
                            double back = rate * g * out[j];
                            out[j] += rate * g * h[i][j];
                            bias[j] += back;
                            for (int q = 0; q < f.index().length; q++) {
                                hidden[f.index()[q]][j] += back * f.value()[q];
                            }
                        }
                    }
                }
            }
            // Shrinkage once an epoch (per example it would cost a pass over every weight).
            double keep = 1 - netL2;
            for (int k = 0; k < features; k++) {
                for (int j = 0; j < units; j++) {
                    hidden[k][j] *= keep;
                }
            }
            for (int j = 0; j < units; j++) {
                out[j] *= keep;
            }
            rate *= RATE_DECAY;
        }
        return ReplyWeights.of(w, hidden, bias, out);
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

    /** The mean of the weights fitted in {@value #ORDERS} seeded orders of the examples. */
    private static ReplyWeights fit(List<Example> examples) {
        double[] mean = new double[ReplyWeights.FEATURES];
        for (int k = 0; k < ORDERS; k++) {
            double[] w = fit(examples, SEED + k).toArray();
            for (int j = 0; j < w.length; j++) {
                mean[j] += w[j] / ORDERS;
            }
        }
        return ReplyWeights.of(mean);
    }

    private static ReplyWeights fit(List<Example> examples, long seed) {
        int features = ReplyWeights.FEATURES;
        double[] w = new double[features];
        double[] gradient = new double[features];
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
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
