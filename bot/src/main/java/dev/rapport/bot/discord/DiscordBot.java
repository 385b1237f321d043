package dev.rapport.bot.discord;

import dev.rapport.bot.coach.ContentNotices;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bot's connection to Discord: a JDA {@link ShardManager} running this process's shards with the message and
 * reaction intents, a small member cache and no member chunking, and the slash commands registered once it is ready
 * (retried with backoff until Discord accepts them).
 */
public final class DiscordBot implements dev.rapport.bot.run.PlatformConnection {
    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

    /**
     * Guild messages and DMs (the coach reads the first and answers text commands in the second) and guild reactions
     * (a reaction is a small act of giving, counted by the give-and-take rules). None of these is privileged.
     */
    static final EnumSet<GatewayIntent> BASE_INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES,
            GatewayIntent.DIRECT_MESSAGES, GatewayIntent.GUILD_MESSAGE_REACTIONS);

    static final String ENABLE_CONTENT = "Discord developer portal > your application > Bot > Privileged Gateway "
            + "Intents > Message Content Intent";
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofMinutes(5);

    private final DiscordSettings settings;
    private final GatewayTarget target;
    private final ShardAccess access;
    private final EventRouter router;
    private final FaultLog faults;
    private final ContentNotices notices;
    private final AtomicBoolean commandsRegistered = new AtomicBoolean();
    private final AtomicBoolean registering = new AtomicBoolean();
    private final AtomicInteger registrationAttempts = new AtomicInteger();
    private final AtomicReference<String> registrationProblem = new AtomicReference<>();
    private final AtomicBoolean intentsRefused = new AtomicBoolean();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rapport-command-registration");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean readsContent;
    private volatile boolean closing;
    private volatile ShardManager shards;

    public DiscordBot(DiscordSettings settings, GatewayTarget target, ShardAccess access, EventRouter router,
                      FaultLog faults, ContentNotices notices) {
        this.faults = faults;
        this.settings = settings;
        this.target = target;
        this.access = access;
        this.router = router;
        this.notices = notices;
    }

    /**
     * Connects and waits until every shard of this process is ready and the slash commands were registered or
     * their first registration failed (it is then retried in the background; see {@link #commandsRegistered()}).
     *
     * @throws net.dv8tion.jda.api.exceptions.InvalidTokenException when Discord rejects the token
     * @throws IllegalStateException when the gateway is not ready within the configured time, or Discord refuses
     *                               the Message Content intent while {@code message-content = on}
     */
    @Override
    public void start(DiscordToken token) throws InterruptedException {
        connect(token, settings.messageContent() != MessageContentMode.OFF);
        awaitReady(token, settings.readyTimeout());
    }

    private void connect(DiscordToken token, boolean withContent) {
        EnumSet<GatewayIntent> intents = EnumSet.copyOf(BASE_INTENTS);
        if (withContent) {
            intents.add(GatewayIntent.MESSAGE_CONTENT);
        }
        readsContent = withContent;
        notices.contentUnavailableEverywhere(!withContent);
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(token.reveal(), intents)
                .setMemberCachePolicy(MemberCachePolicy.NONE)
                .setChunkingFilter(ChunkingFilter.NONE)
                .disableCache(EnumSet.allOf(CacheFlag.class))
                .setEnableShutdownHook(false)
                .addEventListeners(router, new Lifecycle());
        ShardRange range = settings.shards();
        if (!range.isAutomatic()) {
            builder.setShardsTotal(range.total()).setShards(range.first(), range.last());
        }
        shards = target.pointAt(builder).build();
        access.set(shards);
    }

    private void awaitReady(DiscordToken token, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (intentsRefused.getAndSet(false)) {
                contentRefused(token);
            }
            List<JDA> all = new ArrayList<>(shards.getShards());
            boolean ready = !all.isEmpty() && shards.getShardsQueued() == 0
                    && all.stream().allMatch(j -> j.getStatus() == JDA.Status.CONNECTED);
            if (ready && (commandsRegistered.get() || registrationAttempts.get() > 0 && !registering.get())) {
                return;
            }
            for (JDA j : all) {
                if (j.getStatus() == JDA.Status.FAILED_TO_LOGIN) {
                    throw new net.dv8tion.jda.api.exceptions.InvalidTokenException();
                }
            }
            if (System.nanoTime() > deadline) {
                // Say where it stands: a person can tell a slow gateway from a command registration that never ended.
                String states = all.stream().map(j -> j.getStatus().name()).distinct().reduce((a, b) -> a + ", " + b)
                        .orElse("no shard started");
                throw new IllegalStateException("the Discord gateway was not ready within " + timeout.toSeconds()
                        + " s (shards: " + states + (commandsRegistered.get() ? "" : "; slash commands not registered yet")
                        + ")");
            }
            Thread.sleep(50);
        }
    }

    /** Discord closed the gateway with 4014: a privileged intent (Message Content) is not enabled for the app. */
    private void contentRefused(DiscordToken token) {
        if (!readsContent || settings.messageContent() == MessageContentMode.ON) {
            throw new IllegalStateException("Discord refused the Message Content intent (close code 4014, disallowed "
                    + "intents). Enable it in the " + ENABLE_CONTENT + ", or set rapport.discord.message-content = auto "
                    + "to run without it.");
        }
        log.warn("Discord refused the Message Content intent (close code 4014): it is not enabled for this "
                + "application. Running without it: slash commands, counts, replies, mentions and reactions work, but "
                + "the rules that read what people write are quiet, and coached members are told why. To enable it: "
                + "{}, then restart.", ENABLE_CONTENT);
        ShardManager refused = shards;
        refused.shutdown();
        connect(token, false);
    }

    /** Whether Discord sends this bot the text of guild messages (the Message Content intent is in use). */
    @Override
    public boolean readsMessageContent() {
        return readsContent;
    }

    /** Whether the slash commands are registered: until they are, nobody can opt in. */
    @Override
    public boolean commandsRegistered() {
        return commandsRegistered.get();
    }

    /** Why the last registration attempt failed, while the commands are not registered. */
    @Override
    public java.util.Optional<String> registrationProblem() {
        return commandsRegistered.get() ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(registrationProblem.get());
    }

    /** Shards this process runs (its range, or all of them when Discord chose), once started; 0 before. */
    @Override
    public int shardsOwned() {
        ShardManager s = shards;
        return s == null ? 0 : s.getShards().size() + s.getShardsQueued();
    }

    /** Shards of this process connected to the gateway right now. */
    @Override
    public int shardsConnected() {
        ShardManager s = shards;
        if (s == null) {
            return 0;
        }
        int n = 0;
        for (JDA j : s.getShards()) {
            if (j.getStatus() == JDA.Status.CONNECTED) {
                n++;
            }
        }
        return n;
    }

    /** Whether every shard of this process is connected (false before start, while reconnecting, after close). */
    @Override
    public boolean allShardsConnected() {
        int owned = shardsOwned();
        return owned > 0 && shardsConnected() == owned;
    }

    /** The average heartbeat round trip of the connected shards in milliseconds; -1 when none is connected. */
    @Override
    public double gatewayLatencyMillis() {
        ShardManager s = shards;
        if (s == null) {
            return -1;
        }
        long sum = 0;
        int n = 0;
        for (JDA j : s.getShards()) {
            if (j.getStatus() == JDA.Status.CONNECTED && j.getGatewayPing() >= 0) {
                sum += j.getGatewayPing();
                n++;
            }
        }
        return n == 0 ? -1 : (double) sum / n;
    }

    /** Stops taking events and disconnects every shard. */
    @Override
    public void close() {
        closing = true;
        retries.shutdownNow();
        ShardManager s = shards;
        if (s == null) {
            return;
        }
        s.shutdown();
        for (JDA j : s.getShards()) {
            try {
                if (!j.awaitShutdown(Duration.ofSeconds(5))) {
                    j.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void register(JDA jda, Duration nextDelay) {
        if (closing || commandsRegistered.get()) {
            return;
        }
        registering.set(true);
        List<CommandData> data = new ArrayList<>();
        for (SlashCommand c : router.commands()) {
            data.add(c.data());
        }
        int attempt = registrationAttempts.incrementAndGet();
        jda.updateCommands().addCommands(data).queue(
                ok -> {
                    commandsRegistered.set(true);
                    registering.set(false);
                    if (attempt > 1) {
                        log.info("slash commands registered (attempt {}): members can opt in now", attempt);
                    }
                },
                e -> {
                    registrationProblem.set(e.getMessage());
                    registering.set(false);
                    if (closing) {
                        return;
                    }
                    log.warn("registering the slash commands failed (attempt {}); nobody can opt in until it succeeds. "
                            + "Retrying in {} s", attempt, nextDelay.toSeconds(), e);
                    Duration after = nextDelay.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY
                            : nextDelay.multipliedBy(2);
                    try {
                        retries.schedule(() -> register(jda, after), nextDelay.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (java.util.concurrent.RejectedExecutionException stopping) {
                        log.debug("not retrying the command registration: stopping");
                    }
                });
    }

    /** Registers the commands when the first shard is ready; notes guilds the bot was removed from. */
    private final class Lifecycle extends ListenerAdapter {
        @Override
        public void onReady(ReadyEvent event) {
            if (commandsRegistered.get() || registrationAttempts.get() > 0) {
                return;
            }
            register(event.getJDA(), FIRST_RETRY);
        }

        @Override
        public void onShutdown(ShutdownEvent event) {
            if (event.getCloseCode() == CloseCode.DISALLOWED_INTENTS) {
                intentsRefused.set(true);
            }
        }

        @Override
        public void onGuildLeave(GuildLeaveEvent event) {
            // Once per guild: a flapping guild (outages, re-invites) should not fill the log.
            if (faults.first("removed", event.getGuild().getId())) {
                log.info("removed from guild {}; its members' coaching there has no new messages", event.getGuild().getId());
            }
        }
    }
}
