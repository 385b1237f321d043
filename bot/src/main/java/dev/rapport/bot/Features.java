package dev.rapport.bot;

import dev.rapport.bot.config.ConfigLoader;
import dev.rapport.bot.eval.EvalCommand;
import dev.rapport.bot.eval.EvalPromoCommand;
import dev.rapport.bot.eval.EvalRepliesCommand;
import dev.rapport.bot.importer.EventReaders;
import dev.rapport.bot.importer.irc.IrcLogReader;
import dev.rapport.bot.replay.DemoExport;
import dev.rapport.bot.replay.ReplayCommand;
import dev.rapport.rules.promo.PromoDetector;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.RuleCatalogue;
import picocli.CommandLine;

/**
 * The composition root: builds every shared part once and wires each feature by constructor injection.
 * Nothing else in the process calls {@code new} on a feature or reaches for a static instance.
 */
public final class Features implements CommandLine.IFactory {
    private final RuleCatalogue catalogue = RuleCatalogue.standard();
    private final PromoDetector promoDetector = new SelfPromotionDetector();
    private final ConfigLoader configLoader = new ConfigLoader(catalogue);
    private final EventReaders readers = new EventReaders(IrcLogReader::new);
    private final DemoExport demo = new DemoExport();

    /** picocli asks here for each command; commands with dependencies get them through their constructor. */
    @Override
    public <K> K create(Class<K> type) throws Exception {
        Object made;
        if (type == ReplayCommand.class) made = new ReplayCommand(catalogue, promoDetector, configLoader, readers, demo);
        else if (type == EvalPromoCommand.class) made = new EvalPromoCommand(promoDetector);
        else if (type == EvalRepliesCommand.class) made = new EvalRepliesCommand();
        else if (type == EvalCommand.class) made = new EvalCommand();
        else return CommandLine.defaultFactory().create(type);
        return type.cast(made);
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }
}
