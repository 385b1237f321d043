package dev.rapport.bot.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.bot.Features;
import dev.rapport.bot.config.RapportConfig;
import dev.rapport.bot.discord.DiscordToken;
import dev.rapport.bot.discord.loopback.BotObserver;
import dev.rapport.bot.discord.loopback.InteractionDraft;
import dev.rapport.bot.discord.loopback.InteractionIds;
import dev.rapport.bot.discord.loopback.LoopbackConnectProxy;
import dev.rapport.bot.discord.loopback.LoopbackDiscord;
import dev.rapport.bot.discord.loopback.MessageDraft;
import dev.rapport.bot.discord.loopback.RecordedRequest;
import dev.rapport.bot.discord.loopback.TestCertificate;
import dev.rapport.bot.run.CoachBot;
import dev.rapport.bot.run.RunEnvironment;
import dev.rapport.bot.run.RunSettings;
import dev.rapport.bot.run.RunSettingsReader;
import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.StorageFactory;
import dev.rapport.bot.storage.config.StorageConfigReader;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import org.javacord.core.util.gateway.DiscordWebSocketAdapter;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The live bot as {@code rapport run} wires it, with {@code rapport.platform} set to the adapter under test, against a
 * loopback Discord: JDA reaches it directly; Javacord, whose REST host is fixed, through the HTTPS proxy front. Real
 * SQLite in a temporary directory. One guild with three channels and three members (CLEO moderates).
 */
final class ContractBot implements AutoCloseable {
    /**
     * Each test's overall deadline (its class's {@code @Timeout}). Every wait returns as soon as what it waits for
     * happens, so the deadline costs a passing run nothing; it is there for a test that hangs. On the shared 2-core
     * machine at load 25 and more a test runs several times slower than quiet, and the former 40 s and 60 s were met
     * only narrowly.
     */
    static final long DEADLINE_SECONDS = 240;
    /**
     * The longest one wait for one event (a request, a dispatch, a state change, the gateway ready at start): generous,
     * within the deadline, not a budget (10 s per step was missed under load while the bot was only slow).
     */
    static final Duration WAIT = Duration.ofSeconds(120);
    static final String GUILD = "1";
    static final String GENERAL = "10";
    static final String SHOWCASE = "11";
    static final String HELP = "12";
    static final String ANA = "7";
    static final String BEN = "8";
    static final String CLEO = "9";
    static final String MODS = "30";
    static final long MANAGE_SERVER = 1L << 5;
    /** A second guild where CLEO cross-posts to make a marker tip. */
    static final String MARKER_GUILD = "99";
    static final List<String> MARKER_CHANNELS = List.of("990", "991", "992");

    final LoopbackDiscord discord;
    private final BotObserver observer;
    final LoopbackConnectProxy proxy;
    final Storage storage;
    final CoachBot bot;

    private ContractBot(String platform, LoopbackDiscord discord, LoopbackConnectProxy proxy, Path dataDir,
                        String extraConfig, Clock clock) throws Exception {
        this.discord = discord;
        this.observer = new BotObserver(discord, WAIT);
        this.proxy = proxy;
        Features features = new Features(new RunEnvironment(Map.of(), discord::pointAt, stop -> { }, clock,
                builder -> {
                    // Javacord keeps its gateway address process-wide; the fixed-shard path would otherwise ask
                    // Discord's GET gateway for it.
                    DiscordWebSocketAdapter.setGateway(discord.gatewayUrl());
                    return builder.setProxy(proxy.proxy()).setTrustAllCertificates(true);
                }));
        RapportConfig config = features.configLoader().parse("""
                rapport.platform = %s
                rapport.storage.data-dir = "%s"
                rapport.coaching.send-interval = 20ms
                rapport.coaching.together-window = 300ms
                rapport.coaching.retry-backoff = 50ms
                rapport.discord.ready-timeout = %ds
                %s
                """.formatted(platform, dataDir.toString().replace("\\", "/"), WAIT.toSeconds(), extraConfig),
                "contract.conf");
        RunSettings settings = new RunSettingsReader().read(config.raw());
        this.storage = new StorageFactory(new StorageConfigReader(), new SecureRandom(), clock).open(config);
        this.bot = features.coachBot(config, settings, storage);
        bot.start(new DiscordToken(discord.token()));
    }

    static ContractBot start(String platform, TestCertificate certificate, Path dataDir,
                             Consumer<LoopbackDiscord> beforeConnect) throws Exception {
        return start(platform, certificate, dataDir, beforeConnect, "");
    }

    /** As {@link #start(String, TestCertificate, Path, Consumer)}, with extra configuration (HOCON). */
    static ContractBot start(String platform, TestCertificate certificate, Path dataDir,
                             Consumer<LoopbackDiscord> beforeConnect, String extraConfig) throws Exception {
        return start(platform, certificate, dataDir, beforeConnect, extraConfig, Clock.systemUTC());
    }

    /** As above, with the bot living by {@code clock} (the server and the client library keep real time). */
    static ContractBot start(String platform, TestCertificate certificate, Path dataDir,
                             Consumer<LoopbackDiscord> beforeConnect, String extraConfig, Clock clock) throws Exception {
        // A bot of its own per test, as Discord counts them: Discord lets one bot identify once per 5 seconds, and
        // Javacord keeps that limit per token for the whole process, so one shared token made every Javacord test wait
        // out the last one's login (about 3.5 of its 5 seconds).
        LoopbackDiscord discord = LoopbackDiscord.start("contract-bot-" + UUID.randomUUID());
        discord.guild(GUILD, "Makers")
                .channel(GENERAL, "general").channel(SHOWCASE, "showcase").channel(HELP, "help")
                .role(MODS, "mods", MANAGE_SERVER)
                .member(ANA, "ana").member(BEN, "ben").member(CLEO, "cleo", MODS);
        discord.guild(MARKER_GUILD, "Marker").channel(MARKER_CHANNELS.get(0), "m0").channel(MARKER_CHANNELS.get(1), "m1")
                .channel(MARKER_CHANNELS.get(2), "m2").member(CLEO, "cleo");
        beforeConnect.accept(discord);
        LoopbackConnectProxy proxy = LoopbackConnectProxy.start(discord, certificate);
        try {
            return new ContractBot(platform, discord, proxy, dataDir, extraConfig, clock);
        } catch (Exception | Error e) {
            proxy.close();
            discord.close();
            throw e;
        }
    }

    String post(String channel, String author, String text) {
        return discord.messageCreate(MessageDraft.inChannel(channel, author, text));
    }

    InteractionIds coach(String user, String sub, Object... options) {
        InteractionDraft draft = InteractionDraft.slashCommand("coach").subcommand(sub).by(user).inChannel(GENERAL);
        for (int i = 0; i < options.length; i += 2) {
            Object value = options[i + 1];
            draft = value instanceof Number n ? draft.option((String) options[i], n.longValue())
                    : draft.option((String) options[i], String.valueOf(value));
        }
        return discord.interaction(draft);
    }

    InteractionIds admin(String user, java.util.function.UnaryOperator<InteractionDraft> command) {
        return discord.interaction(command.apply(InteractionDraft.slashCommand("coachadmin").inChannel(GENERAL).by(user)));
    }

    InteractionIds press(String customId, String user) {
        return discord.interaction(InteractionDraft.button(customId).inChannel(GENERAL).by(user));
    }

    void optIn(String user) {
        JsonNode consent = answer(coach(user, "start", "zone", "UTC"));
        answer(press(consentButton(consent), user));
        if (storage.optIns().find("discord", UserId.of(user), CommunityId.of(GUILD)).isEmpty()) {
            throw new AssertionError("consent was not recorded for " + user);
        }
    }

    /**
     * A later event that proves earlier ones were handled: CLEO, coached in the marker guild, cross-posts there and
     * her tip arrives. Tips leave in the order they became due and one engine thread handles events in arrival order,
     * so a tip caused by anything before this call would have been sent before the marker. Once per test.
     */
    RecordedRequest awaitMarker() {
        InteractionDraft start = InteractionDraft.slashCommand("coach").subcommand("start").option("zone", "UTC")
                .inChannel(MARKER_CHANNELS.get(0)).by(CLEO);
        JsonNode consent = answer(discord.interaction(start));
        answer(discord.interaction(InteractionDraft.button(consentButton(consent)).inChannel(MARKER_CHANNELS.get(0)).by(CLEO)));
        for (String channel : MARKER_CHANNELS) {
            post(channel, CLEO, "Some notes from yesterday's meetup are here https://example.com/marker for anyone curious");
        }
        return awaitTipTo(CLEO);
    }

    static String consentButton(JsonNode consent) {
        return consent.path("components").get(0).path("components").get(0).path("custom_id").asText();
    }

    RecordedRequest callback(InteractionIds ids) {
        return observer.callback(ids);
    }

    /** The final ephemeral answer: the edit of a deferred reply, or the callback's own message. */
    JsonNode answer(InteractionIds ids) {
        return observer.answer(ids);
    }

    String webhook(InteractionIds ids) {
        return observer.webhook(ids);
    }

    List<RecordedRequest> dmsTo(String user) {
        return observer.dmsTo(user);
    }

    List<RecordedRequest> tipsTo(String user) {
        return observer.tipsTo(user);
    }

    RecordedRequest awaitTipTo(String user) {
        return observer.awaitTipTo(user);
    }

    RecordedRequest awaitDmTo(String user, java.util.function.Predicate<RecordedRequest> what) {
        return observer.awaitDmTo(user, what);
    }

    /** Waits (boundedly, {@link #WAIT}) until {@code condition} holds: {@link BotObserver#until}. */
    static void until(String what, java.util.function.BooleanSupplier condition) {
        BotObserver.until(WAIT, what, condition);
    }

    @Override
    public void close() {
        try {
            bot.close();
        } finally {
            storage.close();
            proxy.close();
            discord.close();
        }
    }
}
