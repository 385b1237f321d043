package dev.rapport.bot.eval;

import dev.rapport.bot.importer.ImportException;
import dev.rapport.rules.addressing.ReplyWeights;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code rapport eval replies DIR}: how well Rapport infers who replies to whom, scored against the human
 * annotations of the Ubuntu IRC disentanglement corpus (Kummerfeld et al., "A Large-Scale Corpus for
 * Conversation Disentanglement", ACL 2019, CC BY 4.0).
 */
@Command(name = "replies",
        mixinStandardHelpOptions = true,
        description = {
                "Scores Rapport's inferred reply links against annotated IRC logs.",
                "Reads each NAME.raw.txt with the IRC importer and compares its reply links with NAME.annotation.txt "
                        + "(lines 'a b -': messages at lines a and b are linked; 'a a -' starts a conversation), "
                        + "on annotated lines only.",
                "With --graph-eval, also scores every link from the first annotated line on, self-links of messages "
                        + "that start a conversation included, as the corpus authors' tools/evaluation/graph-eval.py "
                        + "does; their feed-forward model scores precision 0.742, recall 0.712, F 0.726 that way on "
                        + "the ten dev files.",
                "Data format: Kummerfeld et al., \"A Large-Scale Corpus for Conversation Disentanglement\", ACL 2019."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scores printed", "1:nothing could be read, or a file broke part-way", "2:usage error"})
public final class EvalRepliesCommand implements Callable<Integer> {
    private static final String RAW_SUFFIX = ".raw.txt";
    private static final String ANNOTATION_SUFFIX = ".annotation.txt";

    @Parameters(arity = "1..*", paramLabel = "DIR",
            description = "Directories of NAME.raw.txt + NAME.annotation.txt pairs, or NAME.raw.txt files.")
    List<Path> inputs;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
            converter = ReplyReportFormat.Converter.class, description = "text (default) or json.")
    ReplyReportFormat output;

    @Option(names = "--graph-eval",
            description = "Also score like the corpus authors' graph-eval.py (every link, self-links included), "
                    + "printed first. JSON output always carries both scorings.")
    boolean graphEval;

    @Option(names = "--folds",
            description = "Leave-one-file-out: score each file with weights trained on the other files only "
                    + "(the figures for files the weights never saw).")
    boolean folds;

    @Option(names = "--train", paramLabel = "FILE",
            description = "Train the inference's weights on all the given files and write them to FILE (the shipped "
                    + "weights are rules/src/main/resources/dev/rapport/rules/addressing/reply-weights.txt).")
    Path trainTo;

    @Option(names = "--weights", paramLabel = "FILE",
            description = "Score with the weights in FILE (as written by --train) instead of the shipped ones.")
    Path weightsFile;

    @Option(names = "--hidden-units", paramLabel = "N", defaultValue = "0",
            description = "Experimental: with --train or --folds, fit N hidden ReLU units on top of the linear ranker "
                    + "(default 0: the linear ranker alone, as shipped).")
    int hiddenUnits;

    @Option(names = "--hidden-rate", paramLabel = "RATE", defaultValue = "0.002",
            description = "The hidden units' learning rate (default 0.002).")
    double hiddenRate;

    @Option(names = "--hidden-l2", paramLabel = "L2", defaultValue = "0.01",
            description = "The hidden units' shrinkage per epoch (default 0.01).")
    double hiddenL2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final ReplyEvaluator evaluator;
    private final AnnotationReader annotations;

    public EvalRepliesCommand() {
        this(new ReplyEvaluator(), new AnnotationReader());
    }

    public EvalRepliesCommand(ReplyEvaluator evaluator, AnnotationReader annotations) {
        this.evaluator = evaluator;
        this.annotations = annotations;
    }

    private ReplyTrainer trainer() {
        return new ReplyTrainer(hiddenUnits, hiddenRate, hiddenL2);
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (folds && trainTo != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--folds and --train do not go together: "
                    + "--folds trains one model per file and keeps none");
        }
        ReplyWeights weights = ReplyWeights.defaults();
        if (weightsFile != null) {
            try {
                weights = ReplyWeights.parse(Files.readString(weightsFile));
            } catch (IOException e) {
                err.println("rapport eval replies: " + weightsFile + ": cannot read it: " + e.getMessage());
                return 1;
            } catch (IllegalArgumentException e) {
                err.println("rapport eval replies: " + weightsFile + ": not a weights file: " + e.getMessage());
                return 1;
            }
        }
        List<ReplyTrainer.LabelledLog> logs = labelledLogs(err);
        if (logs.isEmpty()) {
            err.println("rapport eval replies: nothing to score: give a directory of NAME.raw.txt files with "
                    + "NAME.annotation.txt beside them");
            err.flush();
            return 1;
        }
        if (folds && logs.size() < 2) {
            err.println("rapport eval replies: --folds needs at least two annotated files (it trains on all but one)");
            err.flush();
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (trainTo != null) {
                weights = trainer().train(logs);
                Files.writeString(trainTo, "# Reply inference weights: rapport eval replies --train, on "
                        + logs.stream().map(ReplyTrainer.LabelledLog::name).toList() + "\n" + weights.format());
                out.println("Weights trained on " + logs.size() + " files written to " + trainTo
                        + ". Scores below are on those same files (see --folds for files left out of training).");
            }
            List<ReplyFileScore> scores = new ArrayList<>();
            ReplyScore total = ReplyScore.ZERO;
            for (ReplyTrainer.LabelledLog log : logs) {
                ReplyEvaluator scorer = evaluator;
                if (folds) {
                    scorer = ReplyEvaluator.withWeights(trainer().train(othersThan(logs, log)));
                } else if (trainTo != null || weightsFile != null) {
                    scorer = ReplyEvaluator.withWeights(weights);
                }
                try {
                    ReplyScore score = scorer.score(log.raw(), log.gold());
                    scores.add(new ReplyFileScore(log.name(), score));
                    total = total.plus(score);
                } catch (ImportException e) {
                    err.println("rapport eval replies: " + e.getMessage());
                } catch (IOException e) {
                    err.println("rapport eval replies: " + log.raw() + ": cannot read it: " + e.getMessage());
                }
            }
            if (scores.isEmpty()) {
                err.println("rapport eval replies: nothing could be scored");
                err.flush();
                return 1;
            }
            if (folds && output == ReplyReportFormat.TEXT) {
                out.println("Leave-one-file-out: each file is scored with weights trained on the other "
                        + (logs.size() - 1) + " files only.");
            }
            new ReplyReportWriter().write(scores, total, output, graphEval, out);
        } catch (ImportException e) {
            err.println("rapport eval replies: cannot train: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("rapport eval replies: " + e.getMessage());
            return 1;
        }
        err.flush();
        return 0;
    }

    /** Every readable raw log with readable annotations beside it; what is not is named on stderr and skipped. */
    private List<ReplyTrainer.LabelledLog> labelledLogs(PrintWriter err) {
        List<Path> rawLogs = new ArrayList<>();
        for (Path input : inputs) {
            rawLogs.addAll(rawLogsIn(input, err));
        }
        List<ReplyTrainer.LabelledLog> logs = new ArrayList<>();
        for (Path raw : rawLogs) {
            String name = stem(raw);
            Path annotationFile = raw.resolveSibling(name + ANNOTATION_SUFFIX);
            if (!Files.isRegularFile(annotationFile)) {
                err.println("rapport eval replies: " + raw + ": no annotations beside it (expected " + annotationFile + ")");
                continue;
            }
            try {
                logs.add(new ReplyTrainer.LabelledLog(name, raw, annotations.read(annotationFile)));
            } catch (AnnotationException e) {
                err.println("rapport eval replies: " + e.getMessage());
            }
        }
        return logs;
    }

    private static List<ReplyTrainer.LabelledLog> othersThan(List<ReplyTrainer.LabelledLog> logs,
                                                             ReplyTrainer.LabelledLog left) {
        List<ReplyTrainer.LabelledLog> others = new ArrayList<>(logs);
        others.remove(left);
        return others;
    }

    private static List<Path> rawLogsIn(Path input, PrintWriter err) {
        if (Files.isRegularFile(input)) {
            if (input.getFileName().toString().endsWith(RAW_SUFFIX)) {
                return List.of(input);
            }
            err.println("rapport eval replies: " + input + ": not a NAME" + RAW_SUFFIX + " file");
            return List.of();
        }
        if (!Files.isDirectory(input)) {
            err.println("rapport eval replies: " + input + ": no such file or directory");
            return List.of();
        }
        try (Stream<Path> files = Files.list(input)) {
            List<Path> raws = files.filter(p -> p.getFileName().toString().endsWith(RAW_SUFFIX))
                    .filter(Files::isRegularFile).sorted().toList();
            if (raws.isEmpty()) {
                err.println("rapport eval replies: " + input + ": no NAME" + RAW_SUFFIX + " files in it");
            }
            return raws;
        } catch (IOException e) {
            err.println("rapport eval replies: " + input + ": cannot list it: " + e.getMessage());
            return List.of();
        }
    }

    private static String stem(Path raw) {
        String fileName = raw.getFileName().toString();
        return fileName.substring(0, fileName.length() - RAW_SUFFIX.length());
    }
}
