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
import dev.rapport.bot.storage.StorageFactory;
import dev.rapport.bot.storage.cli.DataCommand;
import dev.rapport.bot.storage.config.StorageConfigReader;
import picocli.CommandLine;

import java.security.SecureRandom;
import java.time.Clock;

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
    private final SecureRandom random = new SecureRandom();
    private final StorageConfigReader storageConfig = new StorageConfigReader();
    private final StorageFactory storageFactory = new StorageFactory(storageConfig, random, Clock.systemUTC());

    /** picocli asks here for each command; commands with dependencies get them through their constructor. */
    @Override
    public <K> K create(Class<K> type) throws Exception {
        Object made;
        if (type == ReplayCommand.class) {
            made = new ReplayCommand(catalogue, promoDetector, configLoader, readers, demo, storageFactory,
                    storageConfig, random);
        } else if (type == DataCommand.class) made = new DataCommand(configLoader, storageFactory);
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
