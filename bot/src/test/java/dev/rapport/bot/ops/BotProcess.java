package dev.rapport.bot.ops;

import dev.rapport.bot.Features;
import dev.rapport.bot.config.RapportConfig;
import dev.rapport.bot.discord.DiscordToken;
import dev.rapport.bot.discord.loopback.BotObserver;
import dev.rapport.bot.discord.loopback.LoopbackDiscord;
import dev.rapport.bot.run.CoachBot;
import dev.rapport.bot.run.RunEnvironment;
import dev.rapport.bot.run.RunSettingsReader;
import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.StorageFactory;
import dev.rapport.bot.storage.config.StorageConfigReader;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyStats;
import net.dv8tion.jda.api.utils.TimeUtil;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One {@code rapport run} in this JVM against a loopback Discord: its own composition root, JDA client and storage
 * pool, on a clock the test moves, with the routines (saves, digests, engine clock) left to the test. What the tests
 * that run a bot beside another process share ({@code TwoProcessesTest}, {@code ForgetFromTheCommandLineTest},
 * {@code FeedGapTest}).
 */
final class BotProcess implements AutoCloseable {
    /**
     * How long a test waits for something the bot does within milliseconds when it works: generous, for a CI machine
     * of two loaded cores; every wait ends at the event, so a passing test never waits it out.
     */
    static final Duration WAIT = Duration.ofSeconds(60);
    /** Bounds wide enough to take in every week a test's messages can fall in, whatever the clocks say. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 3);
    private static final LocalDate LATEST = LocalDate.of(2100, 1, 4);
    /** Routines the test runs itself, at the moments it chooses; a generous gateway wait (it ends at READY). */
    private static final String SETTINGS = """
            rapport.coaching.digest-interval = 1d
            rapport.coaching.save-interval = 1d
            rapport.coaching.tick-interval = 1d
            rapport.coaching.send-interval = 20ms
            rapport.discord.ready-timeout = 120s
            rapport.management.port = 0
            """;

    final Features features;
    final Storage storage;
    final CoachBot bot;
    final Endpoint endpoint;
    private final Clock clock;

    private BotProcess(Features features, Storage storage, CoachBot bot, Clock clock) {
        this.features = features;
        this.storage = storage;
        this.bot = bot;
        this.endpoint = new Endpoint(bot.management().port());
        this.clock = clock;
    }

    /** Starts a bot with {@code config} (storage, shards, data folder) on {@code discord}; returns once it runs. */
    static BotProcess start(LoopbackDiscord discord, Clock clock, String config) throws Exception {
        return start(discord, clock, config, UnaryOperator.identity());
    }

    /** As {@link #start(LoopbackDiscord, Clock, String)}, the bot's storage seen through {@code around}. */
    static BotProcess start(LoopbackDiscord discord, Clock clock, String config, UnaryOperator<Storage> around)
            throws Exception {
        Features features = new Features(new RunEnvironment(Map.of(), discord::pointAt, stop -> { }, clock));
        RapportConfig parsed = features.configLoader().parse(config + SETTINGS, "test.conf");
        Storage storage = around.apply(new StorageFactory(new StorageConfigReader(), new SecureRandom(), clock)
                .open(parsed));
        CoachBot bot;
        try {
            bot = features.coachBot(parsed, new RunSettingsReader().read(parsed.raw()), storage);
            bot.start(new DiscordToken(discord.token()));
        } catch (Exception | Error e) {
            storage.close();
            throw e;
        }
        return new BotProcess(features, storage, bot, clock);
    }

    /** Waits until every event this process has seen so far has been through its engine. */
    void settle(double seen) {
        endpoint.awaitMetrics(m -> m.value("rapport_events_seen_total") >= seen, WAIT);
        bot.coach().duplicatesIgnored().join();
    }

    double metric(String name) {
        return endpoint.scrape().value(name);
    }

    void run(String routine) {
        bot.routine(routine).orElseThrow(() -> new AssertionError("no routine " + routine)).run();
    }

    private IsoWeek thisWeek() {
        return IsoWeek.of(clock.instant(), ZoneOffset.UTC);
    }

    /** The person's messages this week in this process's memory (its communities only); -1 when none is kept. */
    int messagesThisWeek(String user) {
        return bot.coach().report(UserId.of(user), thisWeek()).join().map(r -> r.stats().messages()).orElse(-1);
    }

    /**
     * The person's messages in the week message {@code messageId} was sent in, by its snowflake: the loopback stamps
     * messages with its own time, not the bot's shifted clock, so near a week's end the two weeks differ. -1 when none.
     */
    int messagesInTheWeekOf(String user, String messageId) {
        IsoWeek week = IsoWeek.of(TimeUtil.getTimeCreated(Long.parseLong(messageId)).toInstant(), ZoneOffset.UTC);
        return bot.coach().report(UserId.of(user), week).join().map(r -> r.stats().messages()).orElse(-1);
    }

    /**
     * Whether this process's engine keeps any week of the person in memory. Any week, not the bot clock's: the loopback
     * stamps messages with its own time, so a check that the bot let go of someone must not pass merely because it
     * asked for a week the person's messages never fell in.
     */
    boolean coaches(String user) {
        return !keptWeeks(user).isEmpty();
    }

    /** The pseudonyms among the person's top counterparts in every week this process keeps (same reason as above). */
    List<String> counterparts(String user) {
        return keptWeeks(user).values().stream()
                .flatMap(stats -> stats.topCounterparts().stream().map(c -> c.pseudonym())).distinct().toList();
    }

    private Map<IsoWeek, WeeklyStats> keptWeeks(String user) {
        return bot.coach().weeks(UserId.of(user), IsoWeek.of(EARLIEST), IsoWeek.of(LATEST)).join();
    }

    /**
     * Waits until this bot records in storage, by the clock as it is now, that it applied change {@code seq} (what
     * {@code forget} waits for); {@code asker} is the process asking, whom the record leaves out. A record from before
     * the clock moved on does not count: the bot must have read the feed since.
     */
    void awaitTakenUp(long seq, String asker) {
        // The bot's record in storage is the event; there is nothing to be woken by from outside the process.
        BotObserver.until(WAIT, "the bot took up change " + seq, () -> {
            Instant recently = clock.instant().minusSeconds(15);
            boolean alive = !storage.changes().behind(Long.MAX_VALUE, recently, asker).isEmpty();
            return alive && storage.changes().behind(seq, recently, asker).isEmpty();
        });
    }

    @Override
    public void close() {
        try {
            bot.close();
        } finally {
            storage.close();
        }
    }
}
