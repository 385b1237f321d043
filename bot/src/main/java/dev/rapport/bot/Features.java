package dev.rapport.bot;

import dev.rapport.bot.coach.ChatPlatform;
import dev.rapport.bot.coach.CoachAccounts;
import dev.rapport.bot.coach.CoachService;
import dev.rapport.bot.coach.CommunityAdmin;
import dev.rapport.bot.coach.EffectiveSettings;
import dev.rapport.bot.coach.SettingsRefresh;
import dev.rapport.bot.coach.ContentNotices;
import dev.rapport.bot.coach.DailyRetention;
import dev.rapport.bot.coach.WeeklyDigests;
import dev.rapport.bot.coach.CoachingSettings;
import dev.rapport.bot.coach.OptInLookup;
import dev.rapport.bot.coach.Routine;
import dev.rapport.bot.coach.RoutineScheduler;
import dev.rapport.bot.coach.TipOutbox;
import dev.rapport.bot.coach.TipRouting;
import dev.rapport.bot.coach.TipSender;
import dev.rapport.bot.coach.TipThrottle;
import dev.rapport.bot.coach.UndeliveredTips;
import dev.rapport.bot.catalogue.RulesCommand;
import dev.rapport.bot.config.ConfigLoader;
import dev.rapport.bot.config.RapportConfig;
import dev.rapport.bot.config.RoomNormsConfig;
import dev.rapport.bot.discord.DiscordBot;
import dev.rapport.bot.discord.EventRouter;
import dev.rapport.bot.discord.ShardAccess;
import dev.rapport.bot.discord.FaultLog;
import dev.rapport.bot.discord.DiscordWork;
import dev.rapport.bot.discord.admin.AdminCommand;
import dev.rapport.bot.discord.coach.CoachButtons;
import dev.rapport.bot.discord.coach.CoachCommand;
import dev.rapport.bot.discord.coach.DmTextCommands;
import dev.rapport.bot.discord.coach.PrivateReplies;
import dev.rapport.bot.discord.coach.ReportEmbeds;
import dev.rapport.bot.discord.ingest.MessageIngest;
import dev.rapport.bot.discord.ingest.MessageTranslator;
import dev.rapport.bot.discord.tips.JdaChatPlatform;
import dev.rapport.bot.discord.tips.TipEmbeds;
import dev.rapport.bot.discord.tips.TipFeedbackButtons;
import dev.rapport.bot.eval.EvalCommand;
import dev.rapport.bot.eval.EvalPromoCommand;
import dev.rapport.bot.eval.EvalRepliesCommand;
import dev.rapport.bot.eval.EvalTipsCommand;
import dev.rapport.bot.importer.EventReaders;
import dev.rapport.bot.coach.DigestViews;
import dev.rapport.bot.digest.DigestFolder;
import dev.rapport.bot.digest.DigestHtml;
import dev.rapport.bot.digest.DigestMarkdown;
import dev.rapport.bot.digest.ReplayDigests;
import dev.rapport.bot.digest.ScoreChart;
import dev.rapport.bot.replay.DemoExport;
import dev.rapport.bot.replay.OfflineCoach;
import dev.rapport.bot.replay.ReplayCommand;
import dev.rapport.bot.run.CoachBot;
import dev.rapport.bot.run.RunCommand;
import dev.rapport.bot.run.RunEnvironment;
import dev.rapport.bot.run.RunSettings;
import dev.rapport.bot.run.RunSettingsReader;
import dev.rapport.bot.run.TokenSource;
import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.StorageFactory;
import dev.rapport.bot.storage.config.StorageConfigReader;
import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.promo.PromoDetector;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.bot.storage.cli.DataCommand;
import dev.rapport.bot.ops.ChangePropagation;
import dev.rapport.bot.ops.CoachMeters;
import dev.rapport.bot.ops.ConfigCheckCommand;
import dev.rapport.bot.ops.Management;
import dev.rapport.bot.ops.ManagementServer;
import dev.rapport.bot.ops.OpsSettings;
import dev.rapport.bot.ops.OpsSettingsReader;
import dev.rapport.bot.ops.Readiness;
import dev.rapport.bot.ops.ReadinessCheck;
import dev.rapport.bot.ops.ServiceMeters;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import picocli.CommandLine;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;

/**
 * The composition root: builds every shared part once and wires each feature by constructor injection.
 * Nothing else in the process calls {@code new} on a feature or reaches for a static instance.
 */
public final class Features implements CommandLine.IFactory {
    /**
     * How many channels' recent authors the live bot knows by name ("Morning! Ana: ..."): the channels heard from
     * most lately, each with its 64 latest authors.
     */
    private static final int NAMED_CHANNELS = 4_096;
    private final RuleCatalogue catalogue = RuleCatalogue.standard();
    private final PromoDetector promoDetector = new SelfPromotionDetector();
    private final ConfigLoader configLoader = new ConfigLoader(catalogue);
    private final EventReaders readers = EventReaders.forCoaching();
    private final DemoExport demo = new DemoExport();
    private final SecureRandom random = new SecureRandom();
    private final OfflineCoach offlineCoach = new OfflineCoach(catalogue, promoDetector, random);
    private final StorageConfigReader storageConfig = new StorageConfigReader();
    private final RunEnvironment environment;
    private final StorageFactory storageFactory;

    public Features() {
        this(RunEnvironment.production());
    }

    /** @param environment what the live bot takes from outside the process (tests point it at a loopback Discord) */
    public Features(RunEnvironment environment) {
        this.environment = environment;
        this.storageFactory = new StorageFactory(storageConfig, random, environment.clock());
    }

    /** picocli asks here for each command; commands with dependencies get them through their constructor. */
    @Override
    public <K> K create(Class<K> type) throws Exception {
        Object made;
        if (type == ReplayCommand.class) {
            made = new ReplayCommand(offlineCoach, configLoader, readers, demo, storageFactory,
                    new ReplayDigests(new DigestFolder(new ScoreChart(), new DigestMarkdown(), new DigestHtml())));
        } else if (type == DataCommand.class) {
            made = new DataCommand(configLoader, storageFactory);
        } else if (type == EvalPromoCommand.class) {
            made = new EvalPromoCommand(promoDetector);
        } else if (type == EvalRepliesCommand.class) {
            made = new EvalRepliesCommand();
        } else if (type == EvalTipsCommand.class) {
            made = new EvalTipsCommand(offlineCoach, configLoader, readers, demo);
        } else if (type == EvalCommand.class) {
            made = new EvalCommand();
        } else if (type == RulesCommand.class) {
            made = new RulesCommand(catalogue, configLoader);
        } else if (type == ConfigCheckCommand.class) {
            made = new ConfigCheckCommand(configLoader, storageConfig, environment.variables());
        } else if (type == RunCommand.class) {
            made = new RunCommand(configLoader, new RunSettingsReader(), new TokenSource(), storageFactory,
                    this::coachBot, environment);
        } else {
            return CommandLine.defaultFactory().create(type);
        }
        return type.cast(made);
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }

    public ConfigLoader configLoader() {
        return configLoader;
    }

    /** The live coach on Discord, for one run with open storage. */
    public CoachBot coachBot(RapportConfig config, RunSettings settings, Storage storage) {
        Clock clock = environment.clock();
        OpsSettings ops = new OpsSettingsReader().read(config.raw());
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        CoachMeters telemetry = new CoachMeters(registry);
        CoachingSettings coaching = settings.coaching();
        String platform = ChatPlatform.DISCORD;
        OptInLookup optIns = new OptInLookup(storage.optIns(), platform);
        EffectiveSettings effective = new EffectiveSettings(config.coach(), storage.communitySettings());
        CoachSettings startSettings = effective.current();
        CoachEngine engine = CoachEngine.builder()
                .rules(catalogue.rules())
                .settings(startSettings)
                .enrollment(optIns)
                .promoDetector(promoDetector)
                .pseudonyms(storage.pseudonyms())
                .clock(clock)
                .roomNorms(RoomNormsConfig.read(config.raw()))
                .build();
        TipOutbox outbox = new TipOutbox(coaching.outboxCapacity());
        TipRouting routing = new TipRouting(optIns, new TipThrottle(coaching, storage.tips(), clock), storage.tips(),
                coaching.togetherWindow(), clock, telemetry);
        CoachService coach = new CoachService(engine, startSettings, optIns, storage.engineState(),
                storage.personalData(), routing, telemetry, community -> ownsCommunity(settings, community),
                coaching.engineQueue());
        CommunityAdmin admin = new CommunityAdmin(effective, coach, catalogue, optIns);
        String processId = processId();
        ChangePropagation changes = new ChangePropagation(storage.changes(), storage.optIns(), coach, admin, processId,
                clock);
        UndeliveredTips undelivered = new UndeliveredTips(storage.tips(), user -> coach.findingsOf(user).join());
        CoachAccounts accounts = new CoachAccounts(platform, coach, storage.optIns(), optIns, storage.tips(),
                storage.personalData(), undelivered, coaching, config.zone(), clock, changes, storage.communityNames());

        // Charts are drawn on a thread of their own: never on the engine's, nor on JDA's.
        DigestViews views = new DigestViews(coach, storage.engineState(), storage.communityNames(), new ScoreChart(),
                java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rapport-charts");
            t.setDaemon(true);
            return t;
        }), clock);
        ShardAccess shards = new ShardAccess();
        FaultLog faults = new FaultLog(10_000);
        TipEmbeds tipEmbeds = new TipEmbeds();
        ReportEmbeds reports = new ReportEmbeds();
        JdaChatPlatform jdaChat = new JdaChatPlatform(shards, tipEmbeds, reports);
        ContentNotices notices = new ContentNotices(optIns);
        DiscordWork work = new DiscordWork(2, 1_000);
        PrivateReplies replies = new PrivateReplies(accounts, tipEmbeds, notices, work);
        // What /coach, its buttons, the DM words and /coachadmin do: the same for both adapters.
        dev.rapport.bot.coach.CoachActions coachActions = new dev.rapport.bot.coach.CoachActions(accounts, catalogue,
                new dev.rapport.bot.coach.ReportCards(), views);
        dev.rapport.bot.coach.AdminActions adminActions = new dev.rapport.bot.coach.AdminActions(admin,
                new dev.rapport.bot.coach.AdminCards());
        dev.rapport.bot.coach.TipFeedback tipFeedback = new dev.rapport.bot.coach.TipFeedback(storage.tips(),
                storage.optIns(), optIns, clock);
        // Each channel's recent authors by name ("Morning! Ana: ..." speaks to Ana), whichever adapter runs.
        dev.rapport.bot.coach.NamedTurns namedTurns = new dev.rapport.bot.coach.NamedTurns(
                new dev.rapport.rules.addressing.AddressingInference(),
                dev.rapport.bot.coach.NamedTurns.SPEAKERS_PER_CHANNEL, NAMED_CHANNELS);
        EventRouter router = new EventRouter(
                List.of(new CoachCommand(accounts, coachActions, replies),
                        new AdminCommand(adminActions, replies, settings.discord().adminRole())),
                List.of(new CoachButtons(coachActions, jdaChat, replies),
                        new TipFeedbackButtons(tipFeedback, replies)),
                List.of(new MessageIngest(coach, new MessageTranslator(namedTurns), notices, clock),
                        new DmTextCommands(coachActions, work)),
                faults);
        dev.rapport.bot.coach.ChatPlatform chat;
        dev.rapport.bot.run.PlatformConnection discord;
        if (new RunSettingsReader().platform(config.raw()) == dev.rapport.bot.run.ChatAdapter.JAVACORD) {
            // The same coach behind the same port; only the client library differs (README: Platforms).
            dev.rapport.bot.javacord.JavacordAdapter javacord = dev.rapport.bot.javacord.JavacordAdapter.wire(
                    new dev.rapport.bot.javacord.JavacordAdapter.Parts(coach, accounts,
                            coachActions, adminActions, tipFeedback,
                            notices, work, settings.discord(), environment.javacord(), clock, namedTurns));
            chat = javacord.platform();
            discord = javacord.bot();
        } else {
            chat = jdaChat;
            discord = new DiscordBot(settings.discord(), environment.gateway(), shards, router, faults, notices);
        }

        List<Routine> routines = new ArrayList<>(coach.routines(coaching.tickInterval(), coaching.saveInterval()));
        routines.add(new SettingsRefresh(admin, coaching.settingsInterval()));
        routines.add(new WeeklyDigests(storage.optIns(), platform, storage.digests(), views, outbox, processId,
                coaching.digestInterval(), clock, telemetry));
        routines.add(new DailyRetention(storage.retention(), storageConfig.read(config.raw()).retentionWeeks(),
                coaching.tickInterval(), clock, community -> ownsCommunity(settings, community)));
        routines.add(new TipSender(outbox, storage.tips(), storage.digests(), processId,
                community -> ownsCommunity(settings, community), chat,
                user -> coach.findingsOf(user).join(), coaching, clock, telemetry));
        return new CoachBot(coach, discord, new RoutineScheduler(), routines,
                management(ops, registry, outbox, coach, discord, storage), changes, List.of(work));
    }

    /** Health, readiness and metrics of one run: readiness is this process's shards, commands and database. */
    private static Management management(OpsSettings ops, PrometheusMeterRegistry registry, TipOutbox outbox,
                                         CoachService coach, dev.rapport.bot.run.PlatformConnection discord, Storage storage) {
        ServiceMeters meters = new ServiceMeters(registry, new ServiceMeters.Sources(outbox::size, outbox::dropped,
                coach::queueDepth, discord::shardsOwned, discord::shardsConnected, discord::gatewayLatencyMillis));
        Readiness readiness = new Readiness(List.of(
                new ReadinessCheck("shards", () -> discord.allShardsConnected() ? Optional.empty()
                        : Optional.of(discord.shardsConnected() + " of " + discord.shardsOwned() + " connected")),
                new ReadinessCheck("commands", () -> discord.commandsRegistered() ? Optional.empty()
                        : Optional.of("slash commands not registered")),
                new ReadinessCheck("database", () -> storage.reachable() ? Optional.empty()
                        : Optional.of(storage.describe() + " does not answer"))),
                Duration.ofSeconds(3));
        return new Management(new ManagementServer(ops.management(), registry, readiness), meters);
    }

    /**
     * Whether a community's coaching state is this process's to keep: a guild on one of its shards, or a community
     * that is no guild (direct messages), whose events arrive on shard 0.
     */
    private static boolean ownsCommunity(RunSettings settings, dev.rapport.rules.model.CommunityId community) {
        return settings.discord().shards().ownsCommunity(community.value());
    }

    /** Names this process in the digest ledger: which process claimed a digest, for operators reading the database. */
    private String processId() {
        byte[] nonce = new byte[4];
        random.nextBytes(nonce);
        return ProcessHandle.current().pid() + "-" + java.util.HexFormat.of().formatHex(nonce);
    }
}
