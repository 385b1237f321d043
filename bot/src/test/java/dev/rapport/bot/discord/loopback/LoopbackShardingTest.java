package dev.rapport.bot.discord.loopback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One loopback server, several gateway sessions at once, one per shard, as Discord runs a sharded bot: each shard's
 * session gets its own guilds (guild {@code id} on shard {@code (id >> 22) % count}) and their events, direct messages
 * go to shard 0, and impossible or too few shards are refused with Discord's close codes.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LoopbackShardingTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** (1 >> 22) % 2 == 0. */
    private static final String GUILD_ON_0 = "1";
    /** (4194304 >> 22) % 2 == 1. */
    private static final String GUILD_ON_1 = "4194304";
    private static final String ANA = "7";

    private LoopbackDiscord discord;
    private final List<JDA> clients = new ArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        discord = LoopbackDiscord.start();
        discord.guild(GUILD_ON_0, "Garden Club").channel("10", "general").member(ANA, "ana");
        discord.guild(GUILD_ON_1, "Makers Guild").channel("20", "general").member(ANA, "ana");
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (JDA jda : clients) {
            jda.shutdown();
            if (!jda.awaitShutdown(Duration.ofSeconds(5))) {
                jda.shutdownNow();
            }
        }
        discord.close();
    }

    private JDA shard(int id, CollectedEvents events) throws InterruptedException {
        JDA jda = discord.jdaBuilder(discord.token()).useSharding(id, 2).addEventListeners(events).build();
        clients.add(jda);
        return jda.awaitReady();
    }

    @Test
    void eachShardsSessionHoldsItsOwnGuildsAndGetsOnlyTheirEvents() throws Exception {
        CollectedEvents zero = new CollectedEvents();
        CollectedEvents one = new CollectedEvents();
        JDA shard0 = shard(0, zero);
        JDA shard1 = shard(1, one);

        assertThat(shard0.getGuilds()).extracting(Guild::getId).containsExactly(GUILD_ON_0);
        assertThat(shard1.getGuilds()).extracting(Guild::getId).containsExactly(GUILD_ON_1);

        discord.messageCreate(MessageDraft.inChannel("20", ANA, "first on shard one"));
        discord.messageCreate(MessageDraft.direct(ANA, "a direct message"));
        discord.messageCreate(MessageDraft.inChannel("10", ANA, "on shard zero"));
        discord.messageCreate(MessageDraft.inChannel("20", ANA, "last on shard one"));

        // Each session's last message came after the others sent to it: by then everything for it has arrived.
        zero.await(MessageReceivedEvent.class, e -> e.getMessage().getContentRaw().equals("on shard zero"), WAIT);
        one.await(MessageReceivedEvent.class, e -> e.getMessage().getContentRaw().equals("last on shard one"), WAIT);
        assertThat(zero.all(MessageReceivedEvent.class)).extracting(e -> e.getMessage().getContentRaw())
                .containsExactly("a direct message", "on shard zero");
        assertThat(one.all(MessageReceivedEvent.class)).extracting(e -> e.getMessage().getContentRaw())
                .containsExactly("first on shard one", "last on shard one");
        assertThat(discord.dispatches()).filteredOn(d -> d.type().equals("READY"))
                .extracting(d -> d.data().path("shard").toString()).containsExactlyInAnyOrder("[0,2]", "[1,2]");
    }

    @Test
    void aShardOutsideTheCountIsRefusedWith4010() throws Exception {
        assertThat(identify("[2, 2]")).isEqualTo(4010);
        assertThat(identify("[-1, 2]")).isEqualTo(4010);
    }

    @Test
    void tooFewShardsForABigBotAreRefusedWith4011() throws Exception {
        discord.requireShards(2);
        assertThat(identify("[0, 1]")).isEqualTo(4011);
        assertThat(identify(null)).isEqualTo(4011);
    }

    /**
     * Identifies over a plain WebSocket with {@code shard} (JSON, or none) and returns the close code it gets. The
     * client is Java-WebSocket's, the server's own library: the JDK's {@code java.net.http} client now and then
     * reported neither the close nor an error in a full suite (never alone), which a server that flushes its close
     * frame and then ends the TCP connection at once, as this one does, may race. A timeout says which frames the
     * gateway received and which socket errors it met.
     */
    private int identify(String shard) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode identify = mapper.createObjectNode().put("op", 2);
        ObjectNode d = identify.putObject("d").put("token", discord.token()).put("intents", 1 << 9);
        d.putObject("properties").put("os", "linux").put("browser", "test").put("device", "test");
        if (shard != null) {
            d.set("shard", mapper.readTree(shard));
        }
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocketClient socket = new WebSocketClient(URI.create(discord.gatewayUrl())) {
            @Override
            public void onOpen(ServerHandshake handshake) {
                send(identify.toString());
            }

            @Override
            public void onMessage(String message) {
                // HELLO: nothing to answer before the close this test waits for
            }

            @Override
            public void onClose(int code, String reason, boolean remote) {
                closed.complete(code);
            }

            @Override
            public void onError(Exception error) {
                closed.completeExceptionally(error);
            }
        };
        try {
            // Not connectBlocking: IDENTIFY goes out in onOpen and the refusal may close the socket before it returns.
            socket.connect();
            return closed.get(10, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no close within 10 s of IDENTIFY; the gateway received ops "
                    + discord.receivedFrames().stream().map(GatewayFrame::op).toList() + " and met errors "
                    + discord.gatewayErrors(), e);
        } finally {
            socket.close();
        }
    }
}
