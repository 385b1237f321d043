package dev.rapport.bot.javacord;

import dev.rapport.bot.coach.ContentNotices;
import dev.rapport.bot.discord.DiscordSettings;
import dev.rapport.bot.discord.DiscordToken;
import dev.rapport.bot.discord.MessageContentMode;
import dev.rapport.bot.discord.ShardRange;
import dev.rapport.bot.run.PlatformConnection;
import org.javacord.api.DiscordApi;
import org.javacord.api.DiscordApiBuilder;
import org.javacord.api.entity.intent.Intent;
import org.javacord.api.listener.GloballyAttachableListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bot's connection to Discord through Javacord 3.8.0: this process's shards with the same intents as the JDA
 * adapter (guild messages, DMs, guild reactions, and Message Content unless it is off), no member chunking, the slash
 * commands registered once the first shard is ready (retried with backoff until Discord accepts them).
 */
public final class JavacordBot implements PlatformConnection {
    private static final Logger log = LoggerFactory.getLogger(JavacordBot.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofMinutes(5);
    private static final String ENABLE_CONTENT = "Discord developer portal > your application > Bot > Privileged "
            + "Gateway Intents > Message Content Intent";

    private final DiscordSettings settings;
    private final JavacordTarget target;
    private final JavacordShards shards;
    private final List<GloballyAttachableListener> listeners;
    private final ContentNotices notices;
    private final AtomicBoolean commandsRegistered = new AtomicBoolean();
    private final AtomicReference<String> registrationProblem = new AtomicReference<>();
    private final AtomicInteger registrationAttempts = new AtomicInteger();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rapport-javacord-command-registration");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean readsContent;
    private volatile boolean closing;
    private volatile int owned;

    public JavacordBot(DiscordSettings settings, JavacordTarget target, JavacordShards shards,
                       List<GloballyAttachableListener> listeners, ContentNotices notices) {
        this.settings = settings;
        this.target = target;
        this.shards = shards;
        this.listeners = List.copyOf(listeners);
        this.notices = notices;
    }

    /**
     * Logs in every shard of this process and waits (up to the ready timeout) for them and for the first command
     * registration. In {@code auto} mode a login refused with the Message Content intent is tried once more without it.
     *
     * @throws IllegalStateException when Discord refuses the login or it is not ready in time
     */
    @Override
    public void start(DiscordToken token) throws InterruptedException {
        long deadline = System.nanoTime() + settings.readyTimeout().toNanos();
        boolean withContent = settings.messageContent() != MessageContentMode.OFF;
        try {
            login(token, withContent, deadline);
        } catch (IllegalStateException refused) {
            if (!withContent || settings.messageContent() == MessageContentMode.ON) {
                throw refused;
            }
            log.warn("Discord refused the login with the Message Content intent; trying without it. If the bot then "
                    + "connects, the intent is not enabled for this application: the rules that read what people write "
                    + "are quiet, and coached members are told why. To enable it: {}, then restart.", ENABLE_CONTENT,
                    refused);
            login(token, false, deadline);
        }
        register(shards.all().get(0), FIRST_RETRY);
        awaitFirstRegistration(deadline);
    }

    private void login(DiscordToken token, boolean withContent, long deadline) throws InterruptedException {
        EnumSet<Intent> intents = EnumSet.of(Intent.GUILDS, Intent.GUILD_MESSAGES, Intent.DIRECT_MESSAGES,
                Intent.GUILD_MESSAGE_REACTIONS);
        if (withContent) {
            intents.add(Intent.MESSAGE_CONTENT);
        }
        readsContent = withContent;
        notices.contentUnavailableEverywhere(!withContent);
        DiscordApiBuilder builder = target.pointAt(new DiscordApiBuilder()
                .setToken(token.reveal())
                .setIntents(intents.toArray(Intent[]::new))
                .setWaitForUsersOnStartup(false));
        listeners.forEach(builder::addListener);
        ShardRange range = settings.shards();
        List<CompletableFuture<DiscordApi>> logins;
        if (range.isAutomatic()) {
            // Asks Discord (GET gateway/bot) for the shard count, which also tells Javacord the gateway address.
            await(builder.setRecommendedTotalShards(), deadline, "the shard count");
            logins = builder.loginAllShards();
        } else {
            builder.setTotalShards(range.total());
            logins = builder.loginShards(shard -> shard >= range.first() && shard <= range.last());
        }
        owned = logins.size();
        shards.clear();
        List<IllegalStateException> failures = new ArrayList<>();
        for (CompletableFuture<DiscordApi> login : logins) {
            try {
                shards.add(await(login, deadline, "the gateway"));
            } catch (IllegalStateException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            disconnectAll();
            throw failures.get(0);
        }
    }

    private <T> T await(CompletableFuture<T> future, long deadline, String what) throws InterruptedException {
        try {
            return future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Discord refused the login while waiting for " + what + ": "
                    + e.getCause().getMessage() + " (check the token and the privileged intents)", e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IllegalStateException(what + " was not ready within " + settings.readyTimeout().toSeconds()
                    + " s", e);
        }
    }

    private void awaitFirstRegistration(long deadline) throws InterruptedException {
        synchronized (commandsRegistered) {
            while (!commandsRegistered.get() && registrationProblem.get() == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("the slash commands were not registered within "
                            + settings.readyTimeout().toSeconds() + " s");
                }
                TimeUnit.NANOSECONDS.timedWait(commandsRegistered, left);
            }
        }
    }

    private void register(DiscordApi api, Duration nextDelay) {
        if (closing || commandsRegistered.get()) {
            return;
        }
        int attempt = registrationAttempts.incrementAndGet();
        api.bulkOverwriteGlobalApplicationCommands(JavacordCommands.all()).whenComplete((done, failed) -> {
            synchronized (commandsRegistered) {
                if (failed == null) {
                    commandsRegistered.set(true);
                    registrationProblem.set(null);
                    if (attempt > 1) {
                        log.info("slash commands registered (attempt {}): members can opt in now", attempt);
                    }
                } else {
                    registrationProblem.set(String.valueOf(failed.getMessage()));
                }
                commandsRegistered.notifyAll();
            }
            if (failed != null && !closing) {
                log.warn("registering the slash commands failed (attempt {}); nobody can opt in until it succeeds. "
                        + "Retrying in {} s", attempt, nextDelay.toSeconds(), failed);
                Duration after = nextDelay.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : nextDelay.multipliedBy(2);
                try {
                    retries.schedule(() -> register(api, after), nextDelay.toMillis(), TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException stopping) {
                    log.debug("not retrying the command registration: stopping");
                }
            }
        });
    }

    @Override
    public boolean readsMessageContent() {
        return readsContent;
    }

    @Override
    public boolean commandsRegistered() {
        return commandsRegistered.get();
    }

    @Override
    public Optional<String> registrationProblem() {
        return commandsRegistered.get() ? Optional.empty() : Optional.ofNullable(registrationProblem.get());
    }

    @Override
    public int shardsOwned() {
        return owned;
    }

    /** Shards logged in and not disconnected; Javacord reconnects and resumes on its own. */
    @Override
    public int shardsConnected() {
        return closing ? 0 : shards.all().size();
    }

    @Override
    public double gatewayLatencyMillis() {
        List<DiscordApi> all = shards.all();
        if (all.isEmpty()) {
            return -1;
        }
        return all.stream().mapToLong(api -> api.getLatestGatewayLatency().toMillis()).average().orElse(-1);
    }

    @Override
    public void close() {
        closing = true;
        retries.shutdownNow();
        disconnectAll();
    }

    private void disconnectAll() {
        for (DiscordApi api : shards.all()) {
            try {
                api.disconnect().get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                // Javacord may already have stopped its own threads (a shard that lost its connection for good).
                log.warn("shard {} did not disconnect cleanly", api.getCurrentShard(), e);
            }
        }
        shards.clear();
    }
}
