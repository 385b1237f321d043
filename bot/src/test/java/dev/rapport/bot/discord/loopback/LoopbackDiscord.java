package dev.rapport.bot.discord.loopback;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;

/**
 * A Discord-compatible server on 127.0.0.1 that a real, unmodified JDA logs into: REST on the JDK's HTTP server,
 * the gateway on Java-WebSocket, both on ephemeral ports, plain {@code http}/{@code ws}.
 *
 * <pre>{@code
 * try (LoopbackDiscord discord = LoopbackDiscord.start()) {
 *     discord.guild("1", "Makers").channel("10", "general").member("7", "ana");
 *     JDA jda = discord.jdaBuilder(discord.token()).build().awaitReady();
 *     discord.messageCreate(MessageDraft.inChannel("10", "7", "hello"));
 *     RecordedRequest reply = discord.awaitRequest(r -> r.is("POST", "channels/10/messages"), Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * Declare guilds and users before JDA connects: they are sent in READY and GUILD_CREATE.
 */
public final class LoopbackDiscord implements AutoCloseable {

    public static final String DEFAULT_TOKEN = "loopback-bot-token";
    public static final String DEFAULT_BOT_ID = "1000";
    private static final int HEARTBEAT_INTERVAL_MILLIS = 41_250;

    private final String token;
    private final Snowflakes snowflakes = new Snowflakes();
    private final Directory directory;
    private final Payloads payloads;
    private final InteractionPayloads interactionPayloads;
    private final MessageStore messages = new MessageStore();
    private final CommandRegistry commands;
    private final LoopbackGateway gateway;
    private final LoopbackRest rest;
    private final LoopbackClock clock = new LoopbackClock();
    private final DiscordRoutes.Limits limits = new DiscordRoutes.Limits();

    private LoopbackDiscord(String token) throws IOException {
        this.token = token;
        this.directory = new Directory(snowflakes, new DeclaredUser(DEFAULT_BOT_ID, "rapport", true));
        this.payloads = new Payloads(directory);
        this.interactionPayloads = new InteractionPayloads(directory, payloads);
        this.commands = new CommandRegistry(snowflakes);
        this.gateway = new LoopbackGateway(token, directory, payloads, HEARTBEAT_INTERVAL_MILLIS);
        DiscordRoutes routes = new DiscordRoutes(directory, payloads, snowflakes, messages, commands, gateway::url,
                clock, limits);
        this.rest = new LoopbackRest(token, routes.routes());
    }

    /** Starts a server that accepts {@link #DEFAULT_TOKEN}. */
    public static LoopbackDiscord start() throws IOException {
        return start(DEFAULT_TOKEN);
    }

    public static LoopbackDiscord start(String acceptedToken) throws IOException {
        LoopbackDiscord discord = new LoopbackDiscord(acceptedToken);
        discord.rest.start();
        discord.gateway.startAndWait();
        return discord;
    }

    // --- declaring the world -------------------------------------------------------------------------------

    public String token() {
        return token;
    }

    public LoopbackDiscord bot(String userId, String username) {
        directory.setBot(new DeclaredUser(userId, username, true));
        return this;
    }

    public String botId() {
        return directory.bot().id();
    }

    /** The application id READY announces (defaults to the bot's user id, as for most bots). */
    public LoopbackDiscord application(String applicationId) {
        directory.setApplicationId(applicationId);
        return this;
    }

    public String applicationId() {
        return directory.applicationId();
    }

    public GuildDeclaration guild(String guildId, String name) {
        return directory.declareGuild(guildId, name);
    }

    /** A guild declared earlier, to add roles or members to it before the client connects. */
    public GuildDeclaration declaredGuild(String guildId) {
        return directory.declaredGuild(guildId);
    }

    /** A user who shares no declared guild with the bot but can DM it. */
    public LoopbackDiscord user(String userId, String username) {
        directory.declareUser(new DeclaredUser(userId, username, false));
        return this;
    }

    /** Sending a DM to {@code userId} answers 403 with Discord's code 50007. */
    public LoopbackDiscord dmsClosedFor(String userId) {
        directory.closeDmsFor(userId);
        return this;
    }

    /**
     * The next call to {@code route} (method and template, e.g. {@code "POST channels/{channel}/messages"}) answers
     * one 429 with {@code retry_after}; later calls are served normally. Note that JDA waits whole seconds: it
     * rounds {@code retry_after} up.
     */
    public LoopbackDiscord rateLimitNext(String route, double retryAfterSeconds) {
        rest.rateLimitNext(route, retryAfterSeconds);
        return this;
    }

    /**
     * The application has not enabled the Message Content intent in the developer portal: a client that asks for it
     * is closed with 4014 (disallowed intents), as Discord does; a client that does not gets guild messages without
     * their text.
     */
    public LoopbackDiscord withoutMessageContentIntent() {
        gateway.grantPrivilegedIntents(LoopbackGateway.PRIVILEGED & ~LoopbackGateway.MESSAGE_CONTENT);
        return this;
    }

    /**
     * The application needs {@code shards} gateway shards, as Discord says of a bot in many guilds: {@code GET
     * gateway/bot} recommends that many, and a session that identifies with fewer is closed with 4011 (sharding
     * required). Each shard is a session of its own; a guild's events go to the session of shard
     * {@code (guild_id >> 22) % shards}, direct messages to shard 0's.
     */
    public LoopbackDiscord requireShards(int shards) {
        if (shards < 1) {
            throw new IllegalArgumentException("at least one shard, was " + shards);
        }
        limits.shards = shards;
        gateway.requireShards(shards);
        return this;
    }

    /** The next {@code count} direct messages the bot sends fail with HTTP {@code status} (e.g. 500, 400). */
    public LoopbackDiscord failNextDirectMessages(int count, int status) {
        for (int i = 0; i < count; i++) {
            limits.failNextDirectMessages.add(status);
        }
        return this;
    }

    /**
     * The next {@code count} direct messages the bot sends are created and shown to the person, but the bot is
     * answered HTTP {@code status}: the answer was lost, so a retry must not show the message twice.
     */
    public LoopbackDiscord loseAnswerOfNextDirectMessages(int count, int status) {
        for (int i = 0; i < count; i++) {
            limits.loseAnswerOfNextDirectMessages.add(status);
        }
        return this;
    }

    /** What the person sees in {@code channelId}: the messages that exist there, newest first. */
    public List<com.fasterxml.jackson.databind.JsonNode> messagesIn(String channelId) {
        return List.copyOf(messages.inChannelNewestFirst(channelId));
    }

    /** How long the bot has to acknowledge an interaction (Discord: 3 s); shorter makes a slow handler fail fast. */
    public LoopbackDiscord acknowledgeWithin(Duration deadline) {
        limits.acknowledge = deadline;
        return this;
    }

    /** Moves the server's clock on, as if {@code by} had passed (interaction tokens expire after 15 minutes). */
    public void advanceClock(Duration by) {
        clock.advance(by);
    }

    /** The next {@code count} calls to {@code route} (e.g. {@code "PUT applications/{app}/commands"}) fail. */
    public LoopbackDiscord failNext(String route, int status, int count) {
        rest.failNext(route, status, count);
        return this;
    }

    /** The DM channel id between the bot and {@code userId}, the same one {@code POST users/@me/channels} returns. */
    public String dmChannelIdFor(String userId) {
        directory.requireUser(userId);
        return directory.dmChannelOf(userId);
    }

    // --- pointing JDA here -----------------------------------------------------------------------------------

    /**
     * A light JDA builder wired to this server: message intents plus GUILD_MEMBERS so declared members are cached,
     * no chunking, no compression, JSON encoding, no shutdown hook.
     */
    public JDABuilder jdaBuilder(String botToken) {
        JDABuilder builder = JDABuilder.createLight(botToken, GatewayIntent.GUILD_MESSAGES,
                        GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT, GatewayIntent.GUILD_MEMBERS)
                .setMemberCachePolicy(MemberCachePolicy.ALL)
                .setChunkingFilter(ChunkingFilter.NONE)
                .setEnableShutdownHook(false);
        return pointAt(builder);
    }

    /** Points any builder at this server (for code under test that builds its own JDA). */
    public JDABuilder pointAt(JDABuilder builder) {
        return builder
                .setRestConfig(new RestConfig().setBaseUrl(rest.baseUrl()))
                .setSessionController(new LoopbackSessionController(gateway.url()))
                .setCompression(Compression.NONE)
                .setGatewayEncoding(GatewayEncoding.JSON);
    }

    /** Points a shard manager at this server: {@code GET gateway/bot} answers one shard at the loopback gateway. */
    public DefaultShardManagerBuilder pointAt(DefaultShardManagerBuilder builder) {
        return builder
                .setRestConfig(new RestConfig().setBaseUrl(rest.baseUrl()))
                .setSessionController(new LoopbackSessionController(gateway.url()))
                .setCompression(Compression.NONE)
                .setGatewayEncoding(GatewayEncoding.JSON);
    }

    public String restBaseUrl() {
        return rest.baseUrl();
    }

    public String gatewayUrl() {
        return gateway.url();
    }

    // --- gateway dispatches ----------------------------------------------------------------------------------

    /** Dispatches MESSAGE_CREATE; returns the new message's id. */
    public String messageCreate(MessageDraft draft) {
        String channelId = channelOf(draft.isDirect(), draft.channelId(), draft.authorId());
        ObjectNode message = payloads.message(snowflakes.next(), channelId, draft.authorId(), draft.content(),
                draft.mentionedUserIds(), draft.replyToMessageId());
        if (draft.forwardOfMessageId() != null) {
            ObjectNode original = requireMessage(draft.forwardOfMessageId());
            payloads.forward(message, original);
        } else if (draft.replyToMessageId() != null) {
            messages.find(draft.replyToMessageId()).ifPresent(original -> message.set("referenced_message", original));
        }
        messages.put(message);
        gateway.dispatch("MESSAGE_CREATE", message);
        return message.path("id").asText();
    }

    /** Dispatches MESSAGE_UPDATE with new content for a message the server knows. */
    public void messageUpdate(String messageId, String newContent) {
        ObjectNode message = requireMessage(messageId);
        message.put("content", newContent).put("edited_timestamp", Payloads.now());
        gateway.dispatch("MESSAGE_UPDATE", message);
    }

    /** Dispatches MESSAGE_DELETE for a message the server knows. */
    public void messageDelete(String messageId) {
        ObjectNode message = requireMessage(messageId);
        messages.remove(messageId);
        ObjectNode deleted = Payloads.object().put("id", messageId).put("channel_id", message.path("channel_id").asText());
        if (message.has("guild_id")) {
            deleted.put("guild_id", message.path("guild_id").asText());
        }
        gateway.dispatch("MESSAGE_DELETE", deleted);
    }

    /**
     * Dispatches MESSAGE_REACTION_ADD: {@code userId} reacted with {@code emoji} to a message the server knows. Sent
     * only to a session that asked for the reactions intent, as Discord does.
     */
    public void reactionAdd(String messageId, String userId, String emoji) {
        ObjectNode message = requireMessage(messageId);
        directory.requireUser(userId);
        ObjectNode reaction = Payloads.object()
                .put("user_id", userId)
                .put("channel_id", message.path("channel_id").asText())
                .put("message_id", messageId)
                .put("message_author_id", message.path("author").path("id").asText())
                .put("burst", false)
                .put("type", 0);
        reaction.putObject("emoji").putNull("id").put("name", emoji);
        reaction.putArray("burst_colors");
        if (message.has("guild_id")) {
            String guildId = message.path("guild_id").asText();
            reaction.put("guild_id", guildId);
            directory.guilds().stream().filter(g -> g.id().equals(guildId)).findFirst()
                    .ifPresent(guild -> reaction.set("member", payloads.member(guild, userId, true)));
        }
        gateway.dispatch("MESSAGE_REACTION_ADD", reaction);
    }

    /** Dispatches INTERACTION_CREATE; the returned token is what the bot's callback and follow-ups address. */
    public InteractionIds interaction(InteractionDraft draft) {
        if (draft.userId() == null) {
            throw new IllegalArgumentException("Say who triggers the interaction: draft.by(userId)");
        }
        String channelId = channelOf(draft.isDirect(), draft.channelId(), draft.userId());
        InteractionIds ids = new InteractionIds(snowflakes.next(), "token-" + snowflakes.next());
        ObjectNode componentMessage = null;
        if (draft.type() == InteractionDraft.MESSAGE_COMPONENT) {
            componentMessage = payloads.message(snowflakes.next(), channelId, directory.bot().id(), "", List.of(), null);
            messages.put(componentMessage);
        }
        String commandId = draft.commandName() == null ? null : commands.idOf(draft.commandName());
        messages.rememberInteraction(ids.token(), new MessageStore.PendingInteraction(ids.id(), draft.type(), channelId,
                draft.userId(), componentMessage == null ? null : componentMessage.path("id").asText(), null, false,
                clock.now()));
        gateway.dispatch("INTERACTION_CREATE",
                interactionPayloads.interaction(draft, ids, channelId, commandId, componentMessage));
        return ids;
    }

    private String channelOf(boolean direct, String channelId, String userId) {
        directory.requireUser(userId);
        if (direct) {
            return directory.dmChannelOf(userId);
        }
        if (!directory.isGuildChannel(channelId)) {
            throw new IllegalArgumentException("Undeclared channel " + channelId);
        }
        return channelId;
    }

    private ObjectNode requireMessage(String messageId) {
        return messages.find(messageId)
                .orElseThrow(() -> new IllegalArgumentException("The server knows no message " + messageId));
    }

    // --- connection faults -----------------------------------------------------------------------------------

    /** Cuts the gateway connection abruptly; the session stays resumable. */
    public void dropConnection() {
        gateway.dropConnection();
    }

    /** Cuts the connection and runs {@code whileAway} (e.g. dispatches) before the client can resume. */
    public void duringOutage(Runnable whileAway) {
        gateway.duringOutage(whileAway);
    }

    /** On the next RESUME, sends dispatch {@code seq} again even though the client already had it. */
    public void redeliverOnNextResume(int seq) {
        gateway.redeliverOnNextResume(seq);
    }

    // --- observing ---------------------------------------------------------------------------------------------

    public List<RecordedRequest> requests() {
        return rest.requests().snapshot();
    }

    /** Requests that matched no route (answered 404): what JDA asked for that this server does not implement. */
    public List<RecordedRequest> unhandledRequests() {
        return requests().stream().filter(request -> request.matchedRoute() == null).toList();
    }

    public RecordedRequest awaitRequest(Predicate<? super RecordedRequest> condition, Duration timeout) {
        return rest.requests().await(condition, timeout);
    }

    public List<RecordedDispatch> dispatches() {
        return gateway.dispatches().snapshot();
    }

    public RecordedDispatch awaitDispatch(Predicate<? super RecordedDispatch> condition, Duration timeout) {
        return gateway.dispatches().await(condition, timeout);
    }

    public List<GatewayFrame> receivedFrames() {
        return gateway.received().snapshot();
    }

    /** The socket errors the gateway met, oldest first (for a failing test's message). */
    public List<String> gatewayErrors() {
        return gateway.errors().snapshot();
    }

    public GatewayFrame awaitFrame(Predicate<? super GatewayFrame> condition, Duration timeout) {
        return gateway.received().await(condition, timeout);
    }

    @Override
    public void close() {
        rest.stop();
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
