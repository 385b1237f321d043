package dev.rapport.bot.discord.loopback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway half of the loopback server: HELLO, IDENTIFY to READY plus one GUILD_CREATE per guild, heartbeat ACKs,
 * sequence numbers, and RESUME replaying what the client missed. Several sessions at once, one per shard, as Discord
 * runs them: IDENTIFY says {@code shard: [id, count]} (none: {@code [0, 1]}), a guild lives on shard
 * {@code (guild_id >> 22) % count} and its events go to that shard's session only, direct messages to shard 0; an
 * impossible shard closes with 4010, too few shards for {@link #requireShards} with 4011. READY comes
 * {@link #READY_LATENCY} after IDENTIFY, not at once (see there).
 *
 * <p>Session state is guarded by {@code this}: the socket threads (IDENTIFY, RESUME, close) and the test thread
 * (dispatch, drop) must never interleave half-way, or a dispatch could be both missed and not replayed.
 */
final class LoopbackGateway extends WebSocketServer {

    private static final int DISPATCH = 0;
    private static final int INVALID_SESSION = 9;
    private static final int HELLO = 10;
    private static final int HEARTBEAT_ACK = 11;
    private static final int AUTHENTICATION_FAILED = 4004;
    private static final int DISALLOWED_INTENTS = 4014;
    private static final int INVALID_SHARD = 4010;
    private static final int SHARDING_REQUIRED = 4011;

    /**
     * How long the loopback takes to answer IDENTIFY with READY. Discord never answers at once (it authenticates and
     * builds the session first, and the answer crosses the internet), and JDA relies on that: its {@code login} stores
     * the new WebSocketClient only after the session controller's thread has started connecting, so a READY and
     * GUILD_CREATE read before that store fail on a null client (JDA 6.5.0 {@code JDAImpl.getClient()}) and the shard
     * stays in LOADING_SUBSYSTEMS for good. A loopback answering within microseconds on a loaded machine met that race
     * about once in a few hundred starts; a tenth of a second is still far quicker than Discord.
     */
    static final Duration READY_LATENCY = Duration.ofMillis(100);

    /** Gateway intent bits (API v10). */
    static final int GUILD_MEMBERS = 1 << 1;
    static final int GUILD_PRESENCES = 1 << 8;
    static final int GUILD_MESSAGE_REACTIONS = 1 << 10;
    static final int DIRECT_MESSAGE_REACTIONS = 1 << 13;
    static final int MESSAGE_CONTENT = 1 << 15;
    static final int PRIVILEGED = GUILD_MEMBERS | GUILD_PRESENCES | MESSAGE_CONTENT;

    private final ObjectMapper mapper = new ObjectMapper();
    private final String acceptedToken;
    private final Directory directory;
    private final Payloads payloads;
    private final int heartbeatIntervalMillis;
    private final Recorder<RecordedDispatch> dispatches = new Recorder<>("gateway dispatch");
    private final Recorder<GatewayFrame> received = new Recorder<>("gateway frame from the client");
    private final Recorder<String> errors = new Recorder<>("gateway socket error");
    private final CountDownLatch started = new CountDownLatch(1);
    private final ScheduledExecutorService readyLater = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "loopback-gateway-ready");
        thread.setDaemon(true);
        return thread;
    });

    /** One shard's session: its own sequence numbers, log for RESUME, connection and intents. */
    private static final class Session {
        final String id = UUID.randomUUID().toString().replace("-", "");
        final int shard;
        final int shards;
        final int intents;
        int seq;
        final List<RecordedDispatch> log = new ArrayList<>();
        final Set<Integer> redeliverOnResume = new LinkedHashSet<>();
        WebSocket live;

        Session(int shard, int shards, int intents, WebSocket live) {
            this.shard = shard;
            this.shards = shards;
            this.intents = intents;
            this.live = live;
        }

        /** Whether a guild's events belong to this session: Discord's {@code (guild_id >> 22) % shard_count}. */
        boolean carries(String guildId) {
            return guildId == null ? shard == 0 : (Long.parseLong(guildId) >> 22) % shards == shard;
        }
    }

    /** The sessions by shard id; a new IDENTIFY for a shard replaces its session. */
    private final java.util.TreeMap<Integer, Session> sessions = new java.util.TreeMap<>();
    /** The fewest shards the application may identify with (Discord's "sharding required"); 1 unless a test says. */
    private volatile int requiredShards = 1;
    /** Privileged intents the application may use (the developer portal's switches); all of them unless a test says. */
    private volatile int granted = PRIVILEGED;

    LoopbackGateway(String acceptedToken, Directory directory, Payloads payloads, int heartbeatIntervalMillis) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.acceptedToken = acceptedToken;
        this.directory = directory;
        this.payloads = payloads;
        this.heartbeatIntervalMillis = heartbeatIntervalMillis;
        setReuseAddr(true);
        setDaemon(true);
    }

    void startAndWait() {
        start();
        try {
            if (!started.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Loopback gateway did not start within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the loopback gateway", e);
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/";
    }

    Recorder<RecordedDispatch> dispatches() {
        return dispatches;
    }

    Recorder<GatewayFrame> received() {
        return received;
    }

    Recorder<String> errors() {
        return errors;
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        ObjectNode hello = frame(HELLO);
        hello.putObject("d").put("heartbeat_interval", heartbeatIntervalMillis);
        sendTo(connection, hello);
    }

    @Override
    public void onMessage(WebSocket connection, String text) {
        JsonNode payload = parse(text);
        int op = payload.path("op").asInt(-1);
        JsonNode data = payload.path("d");
        received.add(new GatewayFrame(op, masked(data)));
        switch (op) {
            case GatewayFrame.HEARTBEAT -> sendTo(connection, frame(HEARTBEAT_ACK));
            case GatewayFrame.IDENTIFY -> identify(connection, data);
            case GatewayFrame.RESUME -> resume(connection, data);
            default -> { /* presence updates, member requests: recorded above, nothing to answer */ }
        }
    }

    /** Refuses (4011) sessions that identify with fewer than {@code shards} shards, as Discord does for big bots. */
    void requireShards(int shards) {
        requiredShards = shards;
    }

    int requiredShards() {
        return requiredShards;
    }

    /** The bot token, bare or with the {@code Bot } prefix REST uses (Javacord identifies with it; Discord takes both). */
    private boolean isAcceptedToken(String token) {
        return acceptedToken.equals(token) || ("Bot " + acceptedToken).equals(token);
    }

    /** Which privileged intents the application has enabled in the (imagined) developer portal. */
    void grantPrivilegedIntents(int bits) {
        granted = bits & PRIVILEGED;
    }

    private synchronized void identify(WebSocket connection, JsonNode data) {
        if (!isAcceptedToken(data.path("token").asText())) {
            connection.close(AUTHENTICATION_FAILED, "Authentication failed.");
            return;
        }
        int asked = data.path("intents").asInt();
        if ((asked & PRIVILEGED & ~granted) != 0) {
            // What Discord does when a privileged intent is not enabled for the application: close, no session.
            connection.close(DISALLOWED_INTENTS, "Disallowed intent(s).");
            return;
        }
        JsonNode shard = data.path("shard");
        int id = shard.isArray() ? shard.path(0).asInt(-1) : 0;
        int count = shard.isArray() ? shard.path(1).asInt(0) : 1;
        if (shard.isArray() && shard.size() != 2 || count < 1 || id < 0 || id >= count) {
            connection.close(INVALID_SHARD, "Invalid shard.");
            return;
        }
        if (count < requiredShards) {
            connection.close(SHARDING_REQUIRED, "Sharding required.");
            return;
        }
        Session session = new Session(id, count, asked, connection);
        readyLater.schedule(() -> ready(session), READY_LATENCY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Opens an identified session: READY, then one GUILD_CREATE per guild of its shard; none if the client left. */
    private synchronized void ready(Session session) {
        try {
            if (!session.live.isOpen()) {
                return;
            }
            sessions.put(session.shard, session);
            List<GuildDeclaration> own = directory.guilds().stream().filter(g -> session.carries(g.id())).toList();
            ObjectNode ready = payloads.ready(session.id, url(), own);
            ready.putArray("shard").add(session.shard).add(session.shards);
            send(session, "READY", ready);
            own.forEach(guild -> send(session, "GUILD_CREATE", payloads.guildCreate(guild)));
        } catch (RuntimeException e) {
            // Not on a socket thread, so nothing would report it: kept for the waiting test's message, as onError does.
            errors.add(e.toString());
        }
    }

    @Override
    public void stop(int timeout) throws InterruptedException {
        readyLater.shutdownNow();
        super.stop(timeout);
    }

    private synchronized void resume(WebSocket connection, JsonNode data) {
        Session session = null;
        for (Session candidate : sessions.values()) {
            if (candidate.id.equals(data.path("session_id").asText())) {
                session = candidate;
            }
        }
        if (session == null || !isAcceptedToken(data.path("token").asText())) {
            ObjectNode invalid = frame(INVALID_SESSION);
            invalid.put("d", false);
            sendTo(connection, invalid);
            return;
        }
        session.live = connection;
        int lastSeen = data.path("seq").asInt();
        for (RecordedDispatch missed : List.copyOf(session.log)) {
            if (missed.seq() > lastSeen) {
                sendLive(session, missed);
            }
        }
        for (RecordedDispatch again : List.copyOf(session.log)) {
            if (session.redeliverOnResume.contains(again.seq())) {
                sendLive(session, again);
            }
        }
        session.redeliverOnResume.clear();
        send(session, "RESUMED", Payloads.object());
    }

    /**
     * Sends (or, while the client is away, only logs for RESUME) a dispatch with the next sequence number to the
     * session of the shard it belongs to: the guild's ({@code guild_id} in the data), else shard 0's.
     */
    synchronized RecordedDispatch dispatch(String type, JsonNode data) {
        String guildId = data.hasNonNull("guild_id") ? data.path("guild_id").asText() : null;
        Session session = null;
        for (Session candidate : sessions.values()) {
            if (candidate.carries(guildId)) {
                session = candidate;
            }
        }
        if (session == null) {
            throw new IllegalStateException("No gateway session " + (guildId == null ? "on shard 0" : "for guild " + guildId)
                    + " yet: let the client reach READY before dispatching " + type);
        }
        return send(session, type, data);
    }

    private RecordedDispatch send(Session session, String type, JsonNode data) {
        if (!subscribed(session, type, data)) {
            // Discord sends nothing the session did not ask for; the test sees it as never dispatched.
            return null;
        }
        RecordedDispatch dispatch = new RecordedDispatch(++session.seq, type,
                withoutUnreadableContent(session, type, data.deepCopy()));
        session.log.add(dispatch);
        dispatches.add(dispatch);
        sendLive(session, dispatch);
        return dispatch;
    }

    private static boolean subscribed(Session session, String type, JsonNode data) {
        if (type.startsWith("MESSAGE_REACTION_")) {
            int needed = data.has("guild_id") ? GUILD_MESSAGE_REACTIONS : DIRECT_MESSAGE_REACTIONS;
            return (session.intents & needed) != 0;
        }
        return true;
    }

    /**
     * Without the Message Content intent a guild message arrives without content, embeds, attachments and components,
     * unless it mentions the bot or the bot wrote it; direct messages keep theirs.
     */
    private JsonNode withoutUnreadableContent(Session session, String type, JsonNode data) {
        boolean message = type.equals("MESSAGE_CREATE") || type.equals("MESSAGE_UPDATE");
        if (!message || (session.intents & MESSAGE_CONTENT) != 0 || !(data instanceof ObjectNode object)
                || !object.has("guild_id")) {
            return data;
        }
        String botId = directory.bot().id();
        if (botId.equals(object.path("author").path("id").asText())) {
            return data;
        }
        for (JsonNode mentioned : object.path("mentions")) {
            if (botId.equals(mentioned.path("id").asText())) {
                return data;
            }
        }
        object.put("content", "");
        object.putArray("embeds");
        object.putArray("attachments");
        object.putArray("components");
        if (object.has("message_snapshots")) {
            for (JsonNode snapshot : object.path("message_snapshots")) {
                if (snapshot.path("message") instanceof ObjectNode forwarded) {
                    forwarded.put("content", "");
                    forwarded.putArray("embeds");
                    forwarded.putArray("attachments");
                }
            }
        }
        return object;
    }

    /** Cuts every session's TCP connection without a close handshake, as a network failure would; sessions survive. */
    synchronized void dropConnection() {
        for (Session session : sessions.values()) {
            if (session.live != null) {
                session.live.closeConnection(1006, "dropped by the test");
                session.live = null;
            }
        }
    }

    /** Drops the connection and runs {@code outage} before any RESUME can be answered. */
    synchronized void duringOutage(Runnable outage) {
        dropConnection();
        outage.run();
    }

    /** Sends dispatch {@code dispatchSeq} again, after the missed ones, when the client next resumes. */
    synchronized void redeliverOnNextResume(int dispatchSeq) {
        // Sequence numbers are per session: this is for tests of one session (shard 0, or the only one).
        Session session = sessions.isEmpty() ? null : sessions.firstEntry().getValue();
        if (session == null || session.log.stream().noneMatch(dispatch -> dispatch.seq() == dispatchSeq)) {
            throw new IllegalArgumentException("No dispatch #" + dispatchSeq + " in this session");
        }
        session.redeliverOnResume.add(dispatchSeq);
    }

    @Override
    public synchronized void onClose(WebSocket connection, int code, String reason, boolean remote) {
        for (Session session : sessions.values()) {
            if (connection == session.live) {
                session.live = null;
            }
        }
    }

    @Override
    public void onError(WebSocket connection, Exception error) {
        // Socket errors surface to the client as a disconnect, which the test sees; they are kept so a test that waits
        // in vain can say what the server met (an exception in a handler also lands here, and no frame is sent).
        errors.add(error.toString());
    }

    private void sendLive(Session session, RecordedDispatch dispatch) {
        if (session.live == null) {
            return;
        }
        ObjectNode frame = Payloads.object().put("op", DISPATCH).put("s", dispatch.seq()).put("t", dispatch.type());
        frame.set("d", dispatch.data());
        if (!sendTo(session.live, frame)) {
            session.live = null;
        }
    }

    private boolean sendTo(WebSocket connection, ObjectNode frame) {
        try {
            connection.send(mapper.writeValueAsString(frame));
            return true;
        } catch (WebsocketNotConnectedException e) {
            return false;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise gateway frame", e);
        }
    }

    private static ObjectNode frame(int op) {
        ObjectNode frame = Payloads.object().put("op", op);
        frame.putNull("s");
        frame.putNull("t");
        return frame;
    }

    private JsonNode parse(String text) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Client sent a gateway frame that is not JSON: " + text, e);
        }
    }

    private static JsonNode masked(JsonNode data) {
        if (data instanceof ObjectNode object && object.has("token")) {
            ObjectNode copy = object.deepCopy();
            copy.put("token", "***");
            return copy;
        }
        return data;
    }
}
