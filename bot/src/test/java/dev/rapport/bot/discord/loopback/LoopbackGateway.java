package dev.rapport.bot.discord.loopback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway half of the loopback server: HELLO, IDENTIFY to READY plus one GUILD_CREATE per guild, heartbeat ACKs,
 * sequence numbers, and RESUME replaying what the client missed. One session at a time, like one bot shard.
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
    private final CountDownLatch started = new CountDownLatch(1);

    private String sessionId;
    private int seq;
    private final List<RecordedDispatch> sessionLog = new ArrayList<>();
    private final Set<Integer> redeliverOnResume = new LinkedHashSet<>();
    private WebSocket live;
    /** Privileged intents the application may use (the developer portal's switches); all of them unless a test says. */
    private volatile int granted = PRIVILEGED;
    /** The intents the client identified with. */
    private int intents;

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
        intents = asked;
        sessionId = UUID.randomUUID().toString().replace("-", "");
        seq = 0;
        sessionLog.clear();
        live = connection;
        dispatch("READY", payloads.ready(sessionId, url()));
        directory.guilds().forEach(guild -> dispatch("GUILD_CREATE", payloads.guildCreate(guild)));
    }

    private synchronized void resume(WebSocket connection, JsonNode data) {
        boolean known = sessionId != null && sessionId.equals(data.path("session_id").asText())
                && isAcceptedToken(data.path("token").asText());
        if (!known) {
            ObjectNode invalid = frame(INVALID_SESSION);
            invalid.put("d", false);
            sendTo(connection, invalid);
            return;
        }
        live = connection;
        int lastSeen = data.path("seq").asInt();
        for (RecordedDispatch missed : List.copyOf(sessionLog)) {
            if (missed.seq() > lastSeen) {
                sendLive(missed);
            }
        }
        for (RecordedDispatch again : List.copyOf(sessionLog)) {
            if (redeliverOnResume.contains(again.seq())) {
                sendLive(again);
            }
        }
        redeliverOnResume.clear();
        dispatch("RESUMED", Payloads.object());
    }

    /** Sends (or, while the client is away, only logs for RESUME) a dispatch with the next sequence number. */
    synchronized RecordedDispatch dispatch(String type, JsonNode data) {
        if (sessionId == null) {
            throw new IllegalStateException("No gateway session yet: let the client reach READY before dispatching "
                    + type);
        }
        if (!subscribed(type, data)) {
            // Discord sends nothing the session did not ask for; the test sees it as never dispatched.
            return null;
        }
        RecordedDispatch dispatch = new RecordedDispatch(++seq, type, withoutUnreadableContent(type, data.deepCopy()));
        sessionLog.add(dispatch);
        dispatches.add(dispatch);
        sendLive(dispatch);
        return dispatch;
    }

    private boolean subscribed(String type, JsonNode data) {
        if (type.startsWith("MESSAGE_REACTION_")) {
            int needed = data.has("guild_id") ? GUILD_MESSAGE_REACTIONS : DIRECT_MESSAGE_REACTIONS;
            return (intents & needed) != 0;
        }
        return true;
    }

    /**
     * Without the Message Content intent a guild message arrives without content, embeds, attachments and components,
     * unless it mentions the bot or the bot wrote it; direct messages keep theirs.
     */
    private JsonNode withoutUnreadableContent(String type, JsonNode data) {
        boolean message = type.equals("MESSAGE_CREATE") || type.equals("MESSAGE_UPDATE");
        if (!message || (intents & MESSAGE_CONTENT) != 0 || !(data instanceof ObjectNode object)
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

    /** Cuts the TCP connection without a close handshake, as a network failure would; the session survives. */
    synchronized void dropConnection() {
        if (live != null) {
            live.closeConnection(1006, "dropped by the test");
            live = null;
        }
    }

    /** Drops the connection and runs {@code outage} before any RESUME can be answered. */
    synchronized void duringOutage(Runnable outage) {
        dropConnection();
        outage.run();
    }

    /** Sends dispatch {@code dispatchSeq} again, after the missed ones, when the client next resumes. */
    synchronized void redeliverOnNextResume(int dispatchSeq) {
        if (sessionLog.stream().noneMatch(dispatch -> dispatch.seq() == dispatchSeq)) {
            throw new IllegalArgumentException("No dispatch #" + dispatchSeq + " in this session");
        }
        redeliverOnResume.add(dispatchSeq);
    }

    @Override
    public synchronized void onClose(WebSocket connection, int code, String reason, boolean remote) {
        if (connection == live) {
            live = null;
        }
    }

    @Override
    public void onError(WebSocket connection, Exception error) {
        // Socket errors surface to the client as a disconnect; the test sees their effect, nothing to do here.
    }

    private void sendLive(RecordedDispatch dispatch) {
        if (live == null) {
            return;
        }
        ObjectNode frame = Payloads.object().put("op", DISPATCH).put("s", dispatch.seq()).put("t", dispatch.type());
        frame.set("d", dispatch.data());
        if (!sendTo(live, frame)) {
            live = null;
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
