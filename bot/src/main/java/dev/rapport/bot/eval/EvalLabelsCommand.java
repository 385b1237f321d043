package dev.rapport.bot.eval;

import dev.rapport.bot.cli.RapportCommand;
import dev.rapport.bot.importer.ImportException;
import dev.rapport.rules.rule.RuleId;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code rapport eval labels FIRST SECOND}: how far two labellers, each labelling the same scenes alone, agree. It
 * runs no coach: it reads two label files of {@code eval tips}, so a tip-precision figure can be read against the
 * labels' own reliability.
 */
@Command(name = "labels",
        mixinStandardHelpOptions = true,
        description = {
                "Compares two label files of the same scenes (as for rapport eval tips), written by two labellers "
                        + "alone: per rule and overall, the tips both would give, either alone, neither; the share of "
                        + "verdicts that agree, Cohen's kappa and the positive agreement (2*both / (first + second)).",
                "A tip only one file labels counts as should-not for the other, as eval tips counts an unlabelled "
                        + "tip as wrong."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:compared",
                "1:a label file could not be read",
                "2:usage error"})
public final class EvalLabelsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FIRST", description = "The first labeller's file.")
    Path first;

    @Parameters(index = "1", paramLabel = "SECOND", description = "The second labeller's file.")
    Path second;

    @Option(names = "--show-differences", description = "Also list every tip the two judge differently, with both notes.")
    boolean showDifferences;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final TipLabelsReader reader = new TipLabelsReader();
    private final LabelAgreement agreement = new LabelAgreement();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<TipLabel> firstLabels;
        List<TipLabel> secondLabels;
        try {
            firstLabels = reader.read(first);
            secondLabels = reader.read(second);
        } catch (ImportException e) {
            err.println("rapport eval labels: " + e.getMessage());
            err.flush();
            return RapportCommand.FAILED;
        }
        LabelAgreement.Result result = agreement.compare(firstLabels, secondLabels);
        out.println("Two labellers on the same scenes (BOTH: both give the tip; FIRST, SECOND: only that one; NEITHER)");
        String format = "%-20s %5s %6s %7s %8s %8s %6s %9s%n";
        out.printf(Locale.ROOT, format, "RULE", "BOTH", "FIRST", "SECOND", "NEITHER", "AGREE", "KAPPA", "POSITIVE");
        for (Map.Entry<RuleId, LabelAgreement.Counts> e : result.byRule().entrySet()) {
            row(out, format, e.getKey().id(), e.getValue());
        }
        row(out, format, "ALL", result.total());
        if (showDifferences && !result.disagreements().isEmpty()) {
            out.println();
            for (LabelAgreement.Pair p : result.disagreements()) {
                out.println((p.firstSays() ? "first only: " : "second only: ") + p.person() + " " + p.week() + " "
                        + p.rule().id());
                out.println("  first:  " + says(p.first()));
                out.println("  second: " + says(p.second()));
            }
        }
        out.flush();
        return RapportCommand.OK;
    }

    private static String says(Optional<TipLabel> label) {
        return label.map(l -> (l.should() ? "should" : "should-not") + (l.note().isEmpty() ? "" : " (" + l.note() + ")"))
                .orElse("not labelled");
    }

    private static void row(PrintWriter out, String format, String name, LabelAgreement.Counts c) {
        out.printf(Locale.ROOT, format, name, c.both(), c.firstOnly(), c.secondOnly(), c.neither(),
                figure(c.observed()), figure(c.kappa()), figure(c.positive()));
    }

    private static String figure(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
