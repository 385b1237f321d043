package dev.rapport.rules.addressing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How much each fact counts when {@link ReplyInference} picks the message a new message answers, or "none" (the
 * message starts a conversation). Every option, "none" included, is described by the same {@value #FEATURES}
 * features (see the constants); its score is the dot product with these weights, and the best score wins.
 *
 * <p>The shipped weights ({@link #defaults()}) are the resource {@code reply-weights.txt} beside this class, one
 * {@code name value} a line, written by {@code rapport eval replies --train FILE} (a softmax ranker fitted on
 * the annotated Ubuntu IRC dev logs). {@link #startingPoint()} holds hand-set weights that encode plain
 * turn-taking rules; training starts from them, so no fold ever sees weights fitted on the file it scores.
 * Immutable.
 */
public final class ReplyWeights {

    /** Set for "none" only. */
    public static final int NONE = 0;
    /** "none", and the message addresses someone. */
    public static final int NONE_ADDRESSED = 1;
    /** "none", and the author has not spoken in the window (a newcomer, or back after a while). */
    public static final int NONE_NEWCOMER = 2;
    /** "none": tenths of an hour since the author last spoke, up to half an hour. */
    public static final int NONE_SILENCE = 3;
    /** "none", and the message is an unaddressed question. */
    public static final int NONE_QUESTION = 4;
    /** "none", and the first words speak to the room ("anyone know...", "hi all"). */
    public static final int NONE_OPENER = 5;
    /** "none", and the message is long (a new question tends to explain itself). */
    public static final int NONE_LONG = 6;
    /** "none", and the message is short (an "ok", "thanks", "yes" answers something). */
    public static final int NONE_SHORT = 7;
    /** The log of how many messages back the candidate is. */
    public static final int LOG_DISTANCE = 8;
    /** Tenths of an hour between the two messages, up to an hour. */
    public static final int GAP = 9;
    /** The candidate is the message just before. */
    public static final int ADJACENT = 10;
    /** The message addresses the candidate's author. */
    public static final int ADDRESSES_AUTHOR = 11;
    /** ... and the candidate is that person's latest message. */
    public static final int ADDRESSEES_LATEST = 12;
    /** ... and the candidate was not aimed at a third person. */
    public static final int ADDRESSEE_FREE = 13;
    /** The message addresses people, but not the candidate's author. */
    public static final int ADDRESSES_OTHER = 14;
    /** The candidate is the author's own earlier message (a continued thought). */
    public static final int OWN = 15;
    /** ... and the author's latest. */
    public static final int OWN_LATEST = 16;
    /** The candidate addressed (or answered) the new message's author: turn-taking. */
    public static final int AIMED_AT_AUTHOR = 17;
    /** ... and it is the latest such since the author last spoke. */
    public static final int AIMED_AT_AUTHOR_LATEST = 18;
    /** The candidate, by someone else, was aimed at a third person. */
    public static final int AIMED_AT_OTHER = 19;
    /** The candidate's author and the new message's author have been talking to each other. */
    public static final int PARTNER = 20;
    /** The candidate, by someone else, asks a question. */
    public static final int QUESTION = 21;
    /** The author has spoken since the candidate (by someone else) was written. */
    public static final int AUTHOR_SPOKE_SINCE = 22;
    /** Content words the two messages share, up to 3. */
    public static final int SHARED_WORDS = 23;
    /** The candidate opens a run of its author's messages (the message before it is someone else's). */
    public static final int RUN_START = 24;
    /** The candidate, by someone else, is not its author's latest message. */
    public static final int SUPERSEDED = 25;
    /** The candidate is the author's own message, and it was aimed at someone else. */
    public static final int OWN_AIMED = 26;
    /** The message is a short acknowledgement and the candidate was aimed at its author. */
    public static final int SHORT_TO_AIMED = 27;
    /** Neither message addresses anyone, and the candidate is the one just before. */
    public static final int UNADDRESSED_ADJACENT = 28;
    /** The candidate is a partner's latest message. */
    public static final int PARTNERS_LATEST = 29;
    /** The candidate is the author's own question, and the message is unaddressed. */
    public static final int OWN_QUESTION = 30;
    /** The candidate, by someone else, addresses no one. */
    public static final int UNADDRESSED = 31;

    /** The message addresses the candidate's author, and the candidate asks a question. */
    public static final int ADDRESSEES_QUESTION = 32;
    /** The message addresses the candidate's author, and the candidate is long (a problem explained). */
    public static final int ADDRESSEES_LONG = 33;
    /** The message addresses the candidate's author: content words shared, up to 3. */
    public static final int ADDRESSEES_SHARED_WORDS = 34;
    /** The message addresses the candidate's author, and the candidate opens that person's run of messages. */
    public static final int ADDRESSEES_RUN_START = 35;
    /** The candidate is the author's own message to the same person the message addresses. */
    public static final int OWN_SAME_ADDRESSEE = 36;
    /** The candidate is the author's own question, and the message asks the room again ("anyone?"). */
    public static final int OWN_QUESTION_BUMPED = 37;
    /** The candidate was aimed at the author and asks a question. */
    public static final int AIMED_QUESTION = 38;
    /** The candidate is the author's own message just before. */
    public static final int OWN_ADJACENT = 39;
    /** The candidate is the author's own message: tenths of an hour between them, up to an hour. */
    public static final int OWN_GAP = 40;
    /** The candidate was aimed at the author: tenths of an hour between them, up to an hour. */
    public static final int AIMED_GAP = 41;
    /** The candidate is the author's own message, and the message begins with a connective ("and", "but"). */
    public static final int OWN_CONNECTIVE = 42;
    /** The candidate, by someone else and aimed at no one, is long. */
    public static final int UNADDRESSED_LONG = 43;
    /** The candidate, by someone else and aimed at no one, asks a question, and the message is unaddressed. */
    public static final int UNADDRESSED_QUESTION = 44;

    /**
     * How far back the candidate is, by relation: {@value #RELATIONS} relations (the message addresses its author;
     * it is the author's own; it was aimed at the author; any other) times {@value #DISTANCE_BUCKETS} distance
     * buckets (1, 2, 3, 4-6, 7-12, 13 or more messages back), one indicator each.
     */
    public static final int RELATION_DISTANCE = 45;
    public static final int RELATIONS = 4;
    public static final int DISTANCE_BUCKETS = 6;

    /** The message begins with an answer word ("yes", "no", "yeah") and the candidate, by someone else, asks. */
    public static final int ANSWERS_QUESTION = RELATION_DISTANCE + RELATIONS * DISTANCE_BUCKETS;
    /** The message thanks, and the candidate was aimed at its author or is by someone they talk with. */
    public static final int THANKS_HELPER = ANSWERS_QUESTION + 1;
    /** The message thanks, and the candidate is the author's own. */
    public static final int THANKS_OWN = ANSWERS_QUESTION + 2;
    /** "none", and the message thanks someone. */
    public static final int NONE_THANKS = ANSWERS_QUESTION + 3;

    /** The candidate, by someone else, is the message the author's previous message answered. */
    public static final int OWN_PREVIOUS_PARENT = ANSWERS_QUESTION + 4;
    /** The candidate's author is the person the author's previous message answered. */
    public static final int OWN_PREVIOUS_COUNTERPART = ANSWERS_QUESTION + 5;
    /** Long content words (6 letters or more) the two messages share, up to 3: rarer words say more. */
    public static final int SHARED_LONG_WORDS = ANSWERS_QUESTION + 6;
    /** The candidate, by someone else, already has an inferred reply (a question already taken up). */
    public static final int ANSWERED = ANSWERS_QUESTION + 7;
    /** The candidate, by someone else, asks a question nobody has been inferred to answer yet. */
    public static final int OPEN_QUESTION = ANSWERS_QUESTION + 8;
    /** The natural log of one plus the minutes between the two messages, up to an hour. */
    public static final int LOG_GAP = ANSWERS_QUESTION + 9;
    /** The candidate belongs to the conversation of the author's previous message (by the links inferred so far). */
    public static final int SAME_THREAD = ANSWERS_QUESTION + 10;
    /** The candidate is the latest message of its conversation (by the links inferred so far). */
    public static final int THREAD_LATEST = ANSWERS_QUESTION + 11;
    /** The candidate, by someone else, belongs to a conversation the author has written in (within the window). */
    public static final int AUTHORS_THREAD = ANSWERS_QUESTION + 12;
    /** "none", and someone else has written in the conversation of the author's previous message since it. */
    public static final int NONE_THREAD_GOING = ANSWERS_QUESTION + 13;

    /** The candidate, by someone else, addresses someone the message addresses too (the same target). */
    public static final int SAME_TARGET = ANSWERS_QUESTION + 14;
    /** Minutes between the two messages, by bucket: under 1, 1-2, 2-4, 4-8, 8-16, 16 or more; one indicator each. */
    public static final int MINUTES = ANSWERS_QUESTION + 15;
    public static final int MINUTE_BUCKETS = 6;
    /** Content words the message shares with the candidate's own parent (by the links inferred so far), up to 3. */
    public static final int PARENT_SHARED_WORDS = MINUTES + MINUTE_BUCKETS;
    /** The message names the candidate's author without addressing them. */
    public static final int MENTIONS_AUTHOR = PARENT_SHARED_WORDS + 1;
    /** The candidate names the message's author without addressing them. */
    public static final int MENTIONED_BY_CANDIDATE = PARENT_SHARED_WORDS + 2;
    /** Since the candidate, the author has addressed its author: the exchange has moved on. */
    public static final int AUTHOR_TO_THEM_SINCE = PARENT_SHARED_WORDS + 3;
    /** The message addresses the candidate's author, whose latest message aimed at no third person it is. */
    public static final int ADDRESSEES_LATEST_FREE = PARENT_SHARED_WORDS + 4;
    /** The candidate, by someone else, is followed at once by another message of its author's. */
    public static final int RUN_CONTINUES = PARENT_SHARED_WORDS + 5;
    /** Both messages ask, the candidate by someone else. */
    public static final int BOTH_QUESTIONS = PARENT_SHARED_WORDS + 6;
    /** "none", and the author's previous message was aimed at someone. */
    public static final int NONE_OWN_PREVIOUS_AIMED = PARENT_SHARED_WORDS + 7;
    /** "none", and the author's previous message has been answered. */
    public static final int NONE_OWN_PREVIOUS_ANSWERED = PARENT_SHARED_WORDS + 8;
    /** The candidate is the author's own message, and someone has been inferred to answer it. */
    public static final int OWN_ANSWERED = PARENT_SHARED_WORDS + 9;
    /** The candidate, by someone else, answers the author's previous message (by the links inferred so far). */
    public static final int ANSWERS_OWN_PREVIOUS = PARENT_SHARED_WORDS + 10;

    public static final int FEATURES = PARENT_SHARED_WORDS + 11;

    private static final String RESOURCE = "reply-weights.txt";
    /** Feature names in order, as in the weights file. */
    private static final List<String> NAMES = List.of(
            "none", "none-addressed", "none-newcomer", "none-silence", "none-question", "none-opener", "none-long",
            "none-short", "log-distance", "gap", "adjacent", "addresses-author", "addressees-latest",
            "addressee-free", "addresses-other", "own", "own-latest", "aimed-at-author", "aimed-at-author-latest",
            "aimed-at-other", "partner", "question", "author-spoke-since", "shared-words", "run-start", "superseded",
            "own-aimed", "short-to-aimed", "unaddressed-adjacent", "partners-latest", "own-question", "unaddressed",
            "addressees-question", "addressees-long", "addressees-shared-words", "addressees-run-start",
            "own-same-addressee", "own-question-bumped", "aimed-question", "own-adjacent", "own-gap", "aimed-gap",
            "own-connective", "unaddressed-long", "unaddressed-question", "distance-addressee-1",
            "distance-addressee-2", "distance-addressee-3", "distance-addressee-4-6", "distance-addressee-7-12",
            "distance-addressee-13+", "distance-own-1", "distance-own-2", "distance-own-3", "distance-own-4-6",
            "distance-own-7-12", "distance-own-13+", "distance-aimed-at-author-1", "distance-aimed-at-author-2",
            "distance-aimed-at-author-3", "distance-aimed-at-author-4-6", "distance-aimed-at-author-7-12",
            "distance-aimed-at-author-13+", "distance-other-1", "distance-other-2", "distance-other-3",
            "distance-other-4-6", "distance-other-7-12", "distance-other-13+", "answers-question", "thanks-helper",
            "thanks-own", "none-thanks", "own-previous-parent", "own-previous-counterpart", "shared-long-words",
            "answered", "open-question", "log-gap", "same-thread",
            "thread-latest", "authors-thread", "none-thread-going", "same-target", "minutes-0-1", "minutes-1-2",
            "minutes-2-4", "minutes-4-8", "minutes-8-16", "minutes-16+", "parent-shared-words", "mentions-author",
            "mentioned-by-candidate", "author-to-them-since", "addressees-latest-free", "run-continues",
            "both-questions", "none-own-previous-aimed", "none-own-previous-answered", "own-answered",
            "answers-own-previous");
    private static final ReplyWeights SHIPPED = load();

    private final double[] weights;
    /**
     * The optional hidden layer: {@code hidden[k][j]} is input weight of feature k into unit j (feature-major, so
     * scoring skips the features that are zero), {@code bias[j]} and {@code out[j]} its bias and its weight in the
     * score. Empty arrays: the score is linear.
     */
    private final double[][] hidden;
    private final double[] bias;
    private final double[] out;

    private ReplyWeights(double[] weights) {
        this(weights, new double[FEATURES][0], new double[0], new double[0]);
    }

    private ReplyWeights(double[] weights, double[][] hidden, double[] bias, double[] out) {
        if (weights.length != FEATURES) {
            throw new IllegalArgumentException("expected " + FEATURES + " weights, got " + weights.length);
        }
        for (double w : weights) {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("weights must be finite numbers");
            }
        }
        this.weights = weights.clone();
        if (hidden.length != FEATURES || bias.length != out.length) {
            throw new IllegalArgumentException("hidden layer: expected " + FEATURES + " rows of " + out.length);
        }
        this.hidden = new double[FEATURES][];
        for (int k = 0; k < FEATURES; k++) {
            if (hidden[k].length != out.length) {
                throw new IllegalArgumentException("hidden layer: row " + k + " has " + hidden[k].length + " units");
            }
            for (double w : hidden[k]) {
                if (!Double.isFinite(w)) {
                    throw new IllegalArgumentException("weights must be finite numbers");
                }
            }
            this.hidden[k] = hidden[k].clone();
        }
        for (int j = 0; j < out.length; j++) {
            if (!Double.isFinite(bias[j]) || !Double.isFinite(out[j])) {
                throw new IllegalArgumentException("weights must be finite numbers");
            }
        }
        this.bias = bias.clone();
        this.out = out.clone();
    }

    /**
     * Linear weights plus a hidden layer of ReLU units: the score is {@code w.x + sum_j out[j] * max(0, bias[j] +
     * sum_k hidden[k][j] x[k])}. The units let facts combine (being addressed counts differently for a question than
     * for an "ok") without a hand-made cross for every pair.
     */
    public static ReplyWeights of(double[] weights, double[][] hidden, double[] bias, double[] out) {
        return new ReplyWeights(weights, hidden, bias, out);
    }

    /** How many hidden units; 0 for a linear scorer. */
    public int hiddenUnits() {
        return out.length;
    }

    /** A copy of the hidden layer's input weights, feature-major ({@code [feature][unit]}). */
    public double[][] hiddenArray() {
        double[][] copy = new double[FEATURES][];
        for (int k = 0; k < FEATURES; k++) {
            copy[k] = hidden[k].clone();
        }
        return copy;
    }

    public double[] biasArray() {
        return bias.clone();
    }

    public double[] outArray() {
        return out.clone();
    }

    /** Weights in feature order ({@link #name(int)}), {@value #FEATURES} of them. */
    public static ReplyWeights of(double[] weights) {
        return new ReplyWeights(weights);
    }

    /** The shipped weights, fitted on the Ubuntu IRC dev logs (see the class comment). */
    public static ReplyWeights defaults() {
        return SHIPPED;
    }

    /**
     * Hand-set weights that say: answer the person you address (their latest message not aimed at someone
     * else), else the latest message aimed at you, else continue your own previous message; a newcomer's first
     * words and an open question to the room start a conversation. Training starts here.
     */
    public static ReplyWeights startingPoint() {
        double[] w = new double[FEATURES];
        w[NONE_ADDRESSED] = -5;
        w[NONE_NEWCOMER] = 1;
        w[NONE_SILENCE] = 0.3;
        w[NONE_QUESTION] = 0.5;
        w[NONE_OPENER] = 1;
        w[LOG_DISTANCE] = -0.3;
        w[GAP] = -0.5;
        w[ADDRESSES_AUTHOR] = 10;
        w[ADDRESSEES_LATEST] = 2;
        w[ADDRESSEE_FREE] = 3;
        w[ADDRESSES_OTHER] = -5;
        w[OWN] = 1;
        w[OWN_LATEST] = 1;
        w[AIMED_AT_AUTHOR] = 1.5;
        w[AIMED_AT_AUTHOR_LATEST] = 1.5;
        w[AIMED_AT_OTHER] = -0.5;
        w[PARTNER] = 0.5;
        w[QUESTION] = 0.3;
        w[AUTHOR_SPOKE_SINCE] = -0.5;
        w[SHARED_WORDS] = 0.4;
        return new ReplyWeights(w);
    }

    /** The score of an option with these features (allocates a scratch array when there is a hidden layer). */
    public double score(double[] features) {
        return score(features, new double[out.length]);
    }

    /**
     * The score of an option with these features, using {@code scratch} (at least {@link #hiddenUnits()} long) for
     * the hidden units, so scoring allocates nothing. Weights are shared and immutable; the scratch is the caller's.
     */
    public double score(double[] features, double[] scratch) {
        double sum = 0;
        for (int i = 0; i < FEATURES; i++) {
            sum += weights[i] * features[i];
        }
        int units = out.length;
        if (units == 0) {
            return sum;
        }
        System.arraycopy(bias, 0, scratch, 0, units);
        for (int k = 0; k < FEATURES; k++) {
            double x = features[k];
            if (x != 0) {
                double[] row = hidden[k];
                for (int j = 0; j < units; j++) {
                    scratch[j] += row[j] * x;
                }
            }
        }
        for (int j = 0; j < units; j++) {
            if (scratch[j] > 0) {
                sum += out[j] * scratch[j];
            }
        }
        return sum;
    }

    public double[] toArray() {
        return weights.clone();
    }

    /** The name of feature {@code i}, as in the weights file: {@code addresses-author}, {@code none-opener}. */
    public static String name(int i) {
        return NAMES.get(i);
    }

    /** One {@code name value} a line, in feature order: the weights file. */
    public String format() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < FEATURES; i++) {
            text.append(NAMES.get(i)).append(' ').append(String.format(Locale.ROOT, "%.6f", weights[i])).append('\n');
        }
        for (int j = 0; j < out.length; j++) {
            text.append("unit").append(j).append(".bias ").append(String.format(Locale.ROOT, "%.6f", bias[j]))
                    .append('\n');
            text.append("unit").append(j).append(".out ").append(String.format(Locale.ROOT, "%.6f", out[j]))
                    .append('\n');
            for (int i = 0; i < FEATURES; i++) {
                if (hidden[i][j] != 0) {
                    text.append("unit").append(j).append('.').append(NAMES.get(i)).append(' ')
                            .append(String.format(Locale.ROOT, "%.6f", hidden[i][j])).append('\n');
                }
            }
        }
        return text.toString();
    }

    /**
     * Reads a weights file: {@code name value} lines; blank lines and lines starting with {@code #} are skipped.
     * Every feature must be given once.
     *
     * @throws IllegalArgumentException naming the line that is wrong
     */
    public static ReplyWeights parse(String text) {
        double[] w = new double[FEATURES];
        boolean[] seen = new boolean[FEATURES];
        // Hidden units' lines ("unit3.bias", "unit3.out", "unit3.FEATURE"): input weights not given are zero.
        java.util.TreeMap<Integer, double[]> unitInputs = new java.util.TreeMap<>();
        java.util.TreeMap<Integer, double[]> unitBiasOut = new java.util.TreeMap<>();
        int lineNumber = 0;
        for (String line : text.split("\\R")) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split("\\s+");
            double value;
            try {
                value = fields.length == 2 ? Double.parseDouble(fields[1]) : Double.NaN;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + lineNumber + ": '" + fields[1] + "' is not a number");
            }
            int unit = unitOf(fields[0]);
            if (unit >= 0 && fields.length == 2) {
                String rest = fields[0].substring(fields[0].indexOf('.') + 1);
                double[] biasOut = unitBiasOut.computeIfAbsent(unit, u -> new double[] {0, 0});
                if (rest.equals("bias")) {
                    biasOut[0] = value;
                } else if (rest.equals("out")) {
                    biasOut[1] = value;
                } else if (indexOf(rest) >= 0) {
                    unitInputs.computeIfAbsent(unit, u -> new double[FEATURES])[indexOf(rest)] = value;
                } else {
                    throw new IllegalArgumentException("line " + lineNumber + ": unknown feature in '" + trimmed + "'");
                }
                continue;
            }
            int index = indexOf(fields[0]);
            if (fields.length != 2 || index < 0) {
                throw new IllegalArgumentException("line " + lineNumber + ": expected 'FEATURE WEIGHT' with a known "
                        + "feature name, found '" + trimmed + "'");
            }
            if (seen[index]) {
                throw new IllegalArgumentException("line " + lineNumber + ": " + fields[0] + " given twice");
            }
            w[index] = value;
            seen[index] = true;
        }
        for (int i = 0; i < FEATURES; i++) {
            if (!seen[i]) {
                throw new IllegalArgumentException("no weight for " + NAMES.get(i));
            }
        }
        int units = unitBiasOut.isEmpty() && unitInputs.isEmpty() ? 0
                : 1 + Math.max(unitBiasOut.isEmpty() ? -1 : unitBiasOut.lastKey(),
                unitInputs.isEmpty() ? -1 : unitInputs.lastKey());
        double[][] hidden = new double[FEATURES][units];
        double[] bias = new double[units];
        double[] out = new double[units];
        for (int j = 0; j < units; j++) {
            double[] biasOut = unitBiasOut.getOrDefault(j, new double[] {0, 0});
            bias[j] = biasOut[0];
            out[j] = biasOut[1];
            double[] inputs = unitInputs.getOrDefault(j, new double[FEATURES]);
            for (int k = 0; k < FEATURES; k++) {
                hidden[k][j] = inputs[k];
            }
        }
        return new ReplyWeights(w, hidden, bias, out);
    }

    /** The unit number of a hidden unit's line ("unit12.out": 12), or -1. */
    private static int unitOf(String name) {
        int dot = name.indexOf('.');
        if (!name.startsWith("unit") || dot <= 4) {
            return -1;
        }
        for (int i = 4; i < dot; i++) {
            if (!Character.isDigit(name.charAt(i))) {
                return -1;
            }
        }
        return dot - 4 > 4 ? -1 : Integer.parseInt(name.substring(4, dot));
    }

    private static int indexOf(String name) {
        return NAMES.indexOf(name);
    }

    private static ReplyWeights load() {
        try (InputStream in = ReplyWeights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    @Override
    public String toString() {
        return Arrays.toString(weights);
    }
}
