package dev.rapport.bot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
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
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The bot's connection to Discord: a JDA {@link ShardManager} running this process's shards with the message
 * intents, a small member cache and no member chunking, and the slash commands registered once it is ready.
 */
public final class DiscordBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

    /** Message content is privileged: enable it in the developer portal, or message rules see empty text. */
    static final EnumSet<GatewayIntent> INTENTS =
            EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT);

    private final DiscordSettings settings;
    private final GatewayTarget target;
    private final ShardAccess access;
    private final EventRouter router;
    private final FaultLog faults;
    private final AtomicBoolean commandsRegistered = new AtomicBoolean();
    /** Registration answered with success (readiness), unlike {@link #commandsRegistered}, which means answered. */
    private final AtomicBoolean commandsAccepted = new AtomicBoolean();
    private volatile ShardManager shards;

    public DiscordBot(DiscordSettings settings, GatewayTarget target, ShardAccess access, EventRouter router,
                      FaultLog faults) {
        this.faults = faults;
        this.settings = settings;
        this.target = target;
        this.access = access;
        this.router = router;
    }

    /**
     * Connects and waits until every shard of this process is ready.
     *
     * @throws net.dv8tion.jda.api.exceptions.InvalidTokenException when Discord rejects the token
     * @throws IllegalStateException when the gateway is not ready within the configured time
     */
    public void start(DiscordToken token) throws InterruptedException {
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(token.reveal(), INTENTS)
                .setMemberCachePolicy(MemberCachePolicy.NONE)
                .setChunkingFilter(ChunkingFilter.NONE)
                .disableCache(EnumSet.allOf(CacheFlag.class))
                .setEnableShutdownHook(false)
                .addEventListeners(router, new Lifecycle());
        ShardRange range = settings.shards();
        if (!range.isAutomatic()) builder.setShardsTotal(range.total()).setShards(range.first(), range.last());
        shards = target.pointAt(builder).build();
        access.set(shards);
        awaitReady(settings.readyTimeout());
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<JDA> all = new ArrayList<>(shards.getShards());
            boolean ready = !all.isEmpty() && shards.getShardsQueued() == 0
                    && all.stream().allMatch(j -> j.getStatus() == JDA.Status.CONNECTED);
            if (ready && commandsRegistered.get()) return;
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

    /** Shards this process runs (its range, or all of them when Discord chose), once started; 0 before. */
    public int shardsOwned() {
        ShardManager s = shards;
        return s == null ? 0 : s.getShards().size() + s.getShardsQueued();
    }

    /** Shards of this process connected to the gateway right now. */
    public int shardsConnected() {
        ShardManager s = shards;
        if (s == null) return 0;
        int n = 0;
        for (JDA j : s.getShards()) {
            if (j.getStatus() == JDA.Status.CONNECTED) n++;
        }
        return n;
    }

    /** Whether every shard of this process is connected (false before start, while reconnecting, after close). */
    public boolean allShardsConnected() {
        int owned = shardsOwned();
        return owned > 0 && shardsConnected() == owned;
    }

    /** Whether Discord accepted the slash commands. */
    public boolean commandsRegistered() {
        return commandsAccepted.get();
    }

    /** The average heartbeat round trip of the connected shards in milliseconds; -1 when none is connected. */
    public double gatewayLatencyMillis() {
        ShardManager s = shards;
        if (s == null) return -1;
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
        if (shards == null) return;
        shards.shutdown();
        for (JDA j : shards.getShards()) {
            try {
                if (!j.awaitShutdown(Duration.ofSeconds(5))) j.shutdownNow();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Registers the commands when the first shard is ready; notes guilds the bot was removed from. */
    private final class Lifecycle extends ListenerAdapter {
        @Override
        public void onReady(ReadyEvent event) {
            if (commandsRegistered.get()) return;
            List<CommandData> data = new ArrayList<>();
            for (SlashCommand c : router.commands()) data.add(c.data());
            event.getJDA().updateCommands().addCommands(data).queue(
                    ok -> {
                        commandsAccepted.set(true);
                        commandsRegistered.set(true);
                    },
                    e -> {
                        log.warn("registering slash commands failed: {}", e.toString());
                        commandsRegistered.set(true);
                    });
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
