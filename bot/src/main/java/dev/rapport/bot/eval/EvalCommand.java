package dev.rapport.bot.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rapport eval}: measures the coach's accuracy against labelled public data sets. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = "Measures the coach's detectors against labelled data: promo (self-promotion), replies (reply inference), tips (tips against hand-made verdicts) and labels (how far two labellers agree).",
        subcommands = {EvalPromoCommand.class, EvalRepliesCommand.class, EvalTipsCommand.class, EvalLabelsCommand.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
