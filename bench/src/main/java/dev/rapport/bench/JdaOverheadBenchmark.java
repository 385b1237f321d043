package dev.rapport.bench;

import dev.rapport.bot.Features;
import dev.rapport.bot.config.RapportConfig;
import dev.rapport.bot.discord.DiscordToken;
import dev.rapport.bot.discord.loopback.GuildDeclaration;
import dev.rapport.bot.discord.loopback.LoopbackDiscord;
import dev.rapport.bot.discord.loopback.MessageDraft;
import dev.rapport.bot.run.CoachBot;
import dev.rapport.bot.run.RunEnvironment;
import dev.rapport.bot.run.RunSettings;
import dev.rapport.bot.run.RunSettingsReader;
import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.StorageFactory;
import dev.rapport.bot.storage.config.StorageConfigReader;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.TipFrequency;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Issue 12, row 3: what coaching adds to JDA's own handling of MESSAGE_CREATE. A real, unmodified JDA client is
 * connected to the loopback Discord server (bot's test jar) either bare ({@code client=jda}: JDA with the bot's
 * intents and cache settings and a listener that only counts) or as the live bot (the composition root of
 * {@code rapport run} with real SQLite, everyone opted in, Rapport's listener and coach attached, the same counting
 * listener after Rapport's). Each invocation sends the same {@value #EVENTS} messages (links, replies, questions,
 * mentions) as fast as the client takes them: they are made while the client is disconnected, and delivered in one
 * burst when it resumes, so the server only writes ready frames. The time runs from the first message the client
 * handles; events per second are {@code 1e9 / (ns per op)}.
 *
 * <p>The gateway thread hands each message to the coach's queue and goes on, so JDA can finish a burst long before
 * the coach has read it. Two figures therefore: {@code client=coached} stops the clock when JDA has handled the last
 * message (what the gateway sees, with the engine working beside it), {@code client=coached-drained} when the coach
 * has also analysed every message of the burst (the whole job). Before each burst, untimed, the coach finishes the
 * previous one, so no invocation pays for an earlier one's backlog and no event is shed. At the end of a coached trial
 * the tips sent as DMs and the events shed are printed, to show the coach did coach, and the CPU time per message of
 * JDA's gateway reading thread and of the coach's engine thread over the measured bursts: on a loaded machine the
 * figures above swing with the scheduler, while thread CPU time is the work itself.
 *
 * <p>One row: {@code java -Djmh.ignoreLock=true -jar bench/target/benchmarks.jar JdaOverheadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class JdaOverheadBenchmark {
    static final int EVENTS = 20_000;
    private static final String GUILD = "1";
    private static final int CHANNELS = 8;
    private static final int MEMBERS = 300;
    /** JDA's gateway reading thread (one per connection) and the coach's one engine thread, by name. */
    private static final String GATEWAY_THREAD = "MainWS-ReadThread";
    private static final String ENGINE_THREAD = "rapport-engine";
    private static final String[] TEXTS = {
            "good morning everyone, how is the market going this week",
            "shipped the new batch of candles today, very happy with the scent",
            "does anyone know a good supplier for glass jars in bulk?",
            "how do you price custom orders without scaring people off?",
            "see https://docs.example/pricing for the details",
            "I think your packaging looks great, the labels are really clean",
            "my new collection is out, check out my shop and use my code MAKER10",
            "thanks, that helped a lot!",
            "agreed, the spring fair was busier than last year",
            "we wrote about it here: https://blog.example/2026/01/jars/",
    };

    @Param({"jda", "coached", "coached-drained"})
    String client;

    private final Arrivals arrivals = new Arrivals();
    private LoopbackDiscord discord;
    private ShardManager bare;
    private CoachBot bot;
    private Storage storage;
    private Path dir;
    private final SplittableRandom random = new SplittableRandom(42);
    private final List<String> recent = new ArrayList<>();
    private boolean measuring;
    private Map<Long, Long> gatewayCpuAtStart = Map.of();
    private Map<Long, Long> engineCpuAtStart = Map.of();
    private long gatewayCpu;
    private long engineCpu;
    private long measuredEvents;

    @Setup(Level.Trial)
    public void connect() throws Exception {
        discord = LoopbackDiscord.start();
        GuildDeclaration guild = discord.guild(GUILD, "Makers");
        for (int c = 0; c < CHANNELS; c++) {
            guild.channel(channel(c), "channel-" + c);
        }
        for (int m = 0; m < MEMBERS; m++) {
            guild.member(member(m), "member" + m);
        }
        dir = Files.createTempDirectory("rapport-jda-bench");
        if (client.equals("jda")) {
            EnumSet<GatewayIntent> intents = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES,
                    GatewayIntent.GUILD_MESSAGE_REACTIONS, GatewayIntent.MESSAGE_CONTENT);
            // As the bot builds its client (DiscordBot.connect), with only the counting listener.
            bare = discord.pointAt(DefaultShardManagerBuilder.createLight(discord.token(), intents)
                    .setMemberCachePolicy(MemberCachePolicy.NONE).setChunkingFilter(ChunkingFilter.NONE)
                    .disableCache(EnumSet.allOf(CacheFlag.class)).setEnableShutdownHook(false)
                    .addEventListeners(arrivals)).build();
            bare.getShards().get(0).awaitReady();
        } else if (client.equals("coached") || client.equals("coached-drained")) {
            startBot();
        } else {
            throw new IllegalArgumentException("client is jda, coached or coached-drained, not " + client);
        }
    }

    private void startBot() throws Exception {
        Features features = new Features(new RunEnvironment(Map.of(),
                builder -> discord.pointAt(builder).addEventListeners(arrivals), JdaOverheadBenchmark::closedByTearDown,
                Clock.systemUTC()));
        RapportConfig config = features.configLoader().parse("""
                rapport.storage.data-dir = "%s"
                rapport.management.enabled = false
                """.formatted(dir.toString().replace("\\", "/")), "bench.conf");
        RunSettings settings = new RunSettingsReader().read(config.raw());
        storage = new StorageFactory(new StorageConfigReader(), new SecureRandom(), Clock.systemUTC()).open(config);
        // Everyone coached, with tips as they happen (what /coach start gives by default; a bare consent would mean
        // the weekly digest only, and no tip would be routed, entered in the ledger or sent): the most work the coach
        // can be given per message.
        Instant consent = Instant.now().minusSeconds(3600);
        for (int m = 0; m < MEMBERS; m++) {
            storage.optIns().save(OptIn.consent("discord", UserId.of(member(m)), CommunityId.of(GUILD), consent,
                    ZoneOffset.UTC).withFrequency(TipFrequency.REALTIME));
        }
        bot = features.coachBot(config, settings, storage);
        bot.start(new DiscordToken(discord.token()));
    }

    /**
     * The burst, made while the client is away; waits until the client handles its first message. First, untimed, the
     * coach finishes the previous burst.
     */
    @Setup(Level.Invocation)
    public void burst() throws Exception {
        coachIdle();
        arrivals.expect(EVENTS);
        // Time spent waiting for a core is not CPU time, so these count JDA's and the coach's work whatever the load.
        gatewayCpuAtStart = cpuTimes(GATEWAY_THREAD);
        engineCpuAtStart = cpuTimes(ENGINE_THREAD);
        discord.duringOutage(this::makeMessages);
        arrivals.awaitFirst();
    }

    @Setup(Level.Iteration)
    public void iteration(IterationParams params) {
        measuring = params.getType() == IterationType.MEASUREMENT;
    }

    /** After the timed part: the CPU each thread spent on the burst, the coach's until it has analysed it all. */
    @TearDown(Level.Invocation)
    public void spent() throws Exception {
        coachIdle();
        if (!measuring) {
            return;
        }
        gatewayCpu += cpuSince(GATEWAY_THREAD, gatewayCpuAtStart);
        engineCpu += cpuSince(ENGINE_THREAD, engineCpuAtStart);
        measuredEvents += EVENTS;
    }

    /** CPU time so far of each live thread whose name contains {@code part}, by thread id. */
    private static Map<Long, Long> cpuTimes(String part) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> times = new HashMap<>();
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && t.getThreadName().contains(part)) {
                times.put(t.getThreadId(), Math.max(0, threads.getThreadCpuTime(t.getThreadId())));
            }
        }
        return times;
    }

    /**
     * CPU time spent since {@code start} by the threads whose name contains {@code part}; a thread started since
     * (JDA reads each connection on a new thread, and the burst comes on a resumed one) counts from zero.
     */
    private static long cpuSince(String part, Map<Long, Long> start) {
        long spent = 0;
        for (Map.Entry<Long, Long> now : cpuTimes(part).entrySet()) {
            spent += now.getValue() - start.getOrDefault(now.getKey(), 0L);
        }
        return spent;
    }

    private void makeMessages() {
        for (int i = 0; i < EVENTS; i++) {
            int author = (int) (Math.pow(random.nextDouble(), 2) * MEMBERS);
            MessageDraft draft = MessageDraft.inChannel(channel(random.nextInt(CHANNELS)), member(author),
                    TEXTS[random.nextInt(TEXTS.length)]);
            int relation = random.nextInt(100);
            if (relation < 30 && !recent.isEmpty()) {
                draft = draft.replyingTo(recent.get(random.nextInt(recent.size())));
            } else if (relation < 35) {
                draft = draft.mentioning(member(random.nextInt(MEMBERS)));
            }
            recent.add(discord.messageCreate(draft));
            if (recent.size() > 50) {
                recent.remove(0);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long receive() throws Exception {
        long handled = arrivals.awaitAll();
        if (client.equals("coached-drained")) {
            coachIdle();
        }
        return handled;
    }

    /**
     * Waits until the coach has analysed everything handed to it so far: its one engine thread runs tasks in the
     * order they came, so a task queued now completes after every message queued before it.
     */
    private void coachIdle() throws Exception {
        if (bot != null) {
            bot.coach().duplicatesIgnored().get(10, TimeUnit.MINUTES);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        if (bot != null) {
            // Proof that the coached client coached: tips went out as DMs (the throttle lets few through) and nothing
            // was shed for want of time.
            long dms = discord.requests().stream()
                    .filter(r -> r.method().equals("POST") && r.route().startsWith("channels/")
                            && r.route().endsWith("/messages") && !guildChannels().contains(r.route().split("/")[1]))
                    .count();
            System.out.printf("%n%s: %d tips sent as DMs, %d chat events shed%n", client, dms, bot.coach().shedEvents());
        }
        if (measuredEvents > 0) {
            System.out.printf("%s: CPU per message over the measured bursts: JDA's gateway thread %.1f µs, the coach's"
                    + " engine thread %.1f µs%n", client, gatewayCpu / 1e3 / measuredEvents, engineCpu / 1e3 / measuredEvents);
        }
        if (bare != null) {
            bare.shutdown();
        }
        if (bot != null) {
            bot.close();
        }
        if (storage != null) {
            storage.close();
        }
        discord.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The bot's shutdown signal here: no JVM hook, the tear-down closes the bot. */
    private static void closedByTearDown(Runnable stop) {
        // Deliberately not registered: close() stops the bot at the end of the trial.
    }

    private static Set<String> guildChannels() {
        Set<String> channels = new HashSet<>();
        for (int c = 0; c < CHANNELS; c++) {
            channels.add(channel(c));
        }
        return channels;
    }

    private static String channel(int c) {
        return Integer.toString(10 + c);
    }

    private static String member(int m) {
        return Long.toString(500_000_000_000_000_000L + m);
    }

    /** Counts the messages JDA hands to its listeners; waits (never polls) for the first and the last of a burst. */
    static final class Arrivals extends ListenerAdapter {
        private long count;
        private long expected = Long.MAX_VALUE;

        @Override
        public void onMessageReceived(MessageReceivedEvent event) {
            synchronized (this) {
                count++;
                if (count == 1 || count == expected) {
                    notifyAll();
                }
            }
        }

        synchronized void expect(long events) {
            count = 0;
            expected = events;
        }

        synchronized void awaitFirst() throws InterruptedException {
            while (count == 0) {
                wait();
            }
        }

        synchronized long awaitAll() throws InterruptedException {
            while (count < expected) {
                wait();
            }
            return count;
        }
    }
}
