package dev.rapport.bot.discord.loopback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The HTTPS proxy front: a plain JDK client that believes it talks to https://discord.com reaches the loopback REST
 * routes, over TLS it verifies (host name included) against the certificate made for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoopbackConnectProxyTest {

    private static final Duration HANG = Duration.ofSeconds(60);

    private LoopbackDiscord discord;
    private LoopbackConnectProxy proxy;
    private HttpClient client;

    @BeforeAll
    void start() throws IOException {
        discord = LoopbackDiscord.start();
        discord.user("7", "ana");
        proxy = LoopbackConnectProxy.start(discord);
        client = HttpClient.newBuilder()
                .proxy(ProxySelector.of(proxy.address()))
                .sslContext(proxy.certificate().clientContext())
                .version(HttpClient.Version.HTTP_1_1)
                // A bound for a hang, not a budget: the first request of a cold JVM loads TLS and took 4.3 s at load 19.
                .connectTimeout(HANG)
                .build();
    }

    @AfterAll
    void stop() {
        proxy.close();
        discord.close();
    }

    @Test
    void aRequestToDiscordsHostIsAnsweredByTheLoopbackRoutes() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("https://discord.com/api/v10/users/@me"))
                .header("Authorization", "Bot " + discord.token())
                .timeout(HANG)
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(response.body()).path("id").asText()).isEqualTo(discord.botId());
        assertThat(proxy.connects()).contains("discord.com:443");
        assertThat(discord.requests()).anyMatch(r -> r.is("GET", "users/@me") && r.status() == 200);
    }

    @Test
    void aBodyTravelsThroughTheTunnelAndTheServersStrictnessStillApplies() throws Exception {
        HttpResponse<String> opened = client.send(HttpRequest.newBuilder(
                        URI.create("https://discord.com/api/v10/users/@me/channels"))
                .header("Authorization", "Bot " + discord.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"recipient_id\":\"7\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unauthorised = client.send(HttpRequest.newBuilder(
                        URI.create("https://discord.com/api/v10/users/@me"))
                .header("Authorization", "Bot wrong-token")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(opened.body()).path("id").asText())
                .isEqualTo(discord.dmChannelIdFor("7"));
        assertThat(unauthorised.statusCode()).isEqualTo(401);
    }

    @Test
    void everyOtherHostIsRefusedSoNothingLeavesTheMachine() {
        HttpRequest elsewhere = HttpRequest.newBuilder(URI.create("https://example.com/")).build();

        assertThatThrownBy(() -> client.send(elsewhere, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
        assertThat(proxy.connects()).contains("example.com:443");
    }
}
