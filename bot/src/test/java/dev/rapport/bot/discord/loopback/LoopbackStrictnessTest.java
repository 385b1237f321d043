package dev.rapport.bot.discord.loopback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

// Bounds for a hang, not budgets: a passing test returns as soon as what it waits for happens. The first test in a fresh
// test JVM also loads JDA, OkHttp, Jackson and the servers (some 4,600 classes: 8 s at load 20, and a test timed out at
// the former 20 s at load 22), so the bounds are generous.
/** The loopback server refuses what Discord refuses: disallowed intents, late or stale interactions, oversize bodies. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LoopbackStrictnessTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String GUILD = "1";
    private static final String GENERAL = "10";
    private static final String ANA = "7";
    private static final String BEN = "8";

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final CollectedEvents events = new CollectedEvents();
    private LoopbackDiscord discord;
    private JDA jda;

    @BeforeEach
    void startServer() throws Exception {
        discord = LoopbackDiscord.start();
        discord.guild(GUILD, "Makers").channel(GENERAL, "general").member(ANA, "ana").member(BEN, "ben");
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        if (jda != null) {
            jda.shutdown();
            if (!jda.awaitShutdown(Duration.ofSeconds(5))) {
                jda.shutdownNow();
            }
        }
        discord.close();
    }

    private JDA connect(GatewayIntent... intents) throws InterruptedException {
        jda = discord.pointAt(net.dv8tion.jda.api.JDABuilder.createLight(discord.token(), java.util.List.of(intents))
                        .setMemberCachePolicy(MemberCachePolicy.NONE)
                        .setChunkingFilter(ChunkingFilter.NONE)
                        .setEnableShutdownHook(false))
                .addEventListeners(events)
                .build();
        return jda;
    }

    @Test
    void askingForMessageContentWhenTheApplicationMayNotIsClosedWith4014() throws Exception {
        discord.withoutMessageContentIntent();

        connect(GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT);

        ShutdownEvent closed = events.await(ShutdownEvent.class, e -> true, WAIT);
        assertThat(closed.getCloseCode()).isEqualTo(CloseCode.DISALLOWED_INTENTS);
        assertThat(jda.getStatus()).isEqualTo(JDA.Status.SHUTDOWN);
    }

    @Test
    void withoutTheIntentGuildMessagesArriveWithoutTextExceptThoseMentioningTheBot() throws Exception {
        discord.withoutMessageContentIntent();
        connect(GatewayIntent.GUILD_MESSAGES).awaitReady();

        discord.messageCreate(MessageDraft.inChannel(GENERAL, ANA, "hello all"));
        discord.messageCreate(MessageDraft.inChannel(GENERAL, ANA, "hi <@1000>").mentioning(discord.botId()));

        MessageReceivedEvent mentioning = events.await(MessageReceivedEvent.class,
                e -> e.getMessage().getMentions().getUsers().stream().anyMatch(u -> u.getId().equals(discord.botId())), WAIT);
        assertThat(mentioning.getMessage().getContentRaw()).isEqualTo("hi <@1000>");
        assertThat(events.all(MessageReceivedEvent.class).get(0).getMessage().getContentRaw()).isEmpty();
    }

    @Test
    void aForwardCarriesTheForwardReferenceAndTheOriginalAsASnapshot() throws Exception {
        connect(GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT).awaitReady();
        String original = discord.messageCreate(MessageDraft.inChannel(GENERAL, BEN, "our launch https://example.com/x"));

        discord.messageCreate(MessageDraft.forward(GENERAL, ANA, original));

        MessageReceivedEvent forward = events.await(MessageReceivedEvent.class,
                e -> e.getAuthor().getId().equals(ANA), WAIT);
        assertThat(forward.getMessage().getContentRaw()).isEmpty();
        assertThat(forward.getMessage().getMessageReference().getType())
                .isEqualTo(MessageReference.MessageReferenceType.FORWARD);
        assertThat(forward.getMessage().getMessageSnapshots()).singleElement()
                .satisfies(s -> assertThat(s.getContentRaw()).isEqualTo("our launch https://example.com/x"));
    }

    @Test
    void reactionsAreDispatchedOnlyToASessionWithTheReactionsIntent() throws Exception {
        connect(GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT).awaitReady();
        String message = discord.messageCreate(MessageDraft.inChannel(GENERAL, BEN, "look at this"));
        discord.reactionAdd(message, ANA, "👍");
        discord.messageCreate(MessageDraft.inChannel(GENERAL, BEN, "marker"));
        events.await(MessageReceivedEvent.class, e -> e.getMessage().getContentRaw().equals("marker"), WAIT);
        assertThat(events.all(MessageReactionAddEvent.class)).isEmpty();
        jda.shutdown();
        jda.awaitShutdown(Duration.ofSeconds(5));

        connect(GatewayIntent.GUILD_MESSAGES, GatewayIntent.GUILD_MESSAGE_REACTIONS).awaitReady();
        discord.reactionAdd(message, ANA, "👍");

        MessageReactionAddEvent reacted = events.await(MessageReactionAddEvent.class, e -> true, WAIT);
        assertThat(reacted.getUserId()).isEqualTo(ANA);
        assertThat(reacted.getMessageAuthorId()).isEqualTo(BEN);
        assertThat(reacted.getMessageId()).isEqualTo(message);
    }

    @Test
    void anInteractionAcknowledgedTooLateIsUnknownAndAStaleTokenCannotEditTheReply() throws Exception {
        CompletableFuture<SlashCommandInteractionEvent> pending = new CompletableFuture<>();
        connect(GatewayIntent.GUILD_MESSAGES).addEventListener(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                pending.complete(event);
            }
        });
        jda.awaitReady();

        InteractionIds late = discord.interaction(InteractionDraft.slashCommand("coach").inChannel(GENERAL).by(ANA));
        SlashCommandInteractionEvent event = pending.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        discord.advanceClock(Duration.ofSeconds(4));
        assertThatThrownBy(() -> event.deferReply(true).complete()).hasMessageContaining("10062");

        CompletableFuture<SlashCommandInteractionEvent> second = new CompletableFuture<>();
        jda.addEventListener(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent e) {
                second.complete(e);
            }
        });
        discord.interaction(InteractionDraft.slashCommand("coach").inChannel(GENERAL).by(ANA));
        SlashCommandInteractionEvent timely = second.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        timely.deferReply(true).complete();
        discord.advanceClock(Duration.ofMinutes(16));
        assertThatThrownBy(() -> timely.getHook().editOriginal("too late").complete()).hasMessageContaining("10015");
        assertThat(late).isNotNull();
    }

    @Test
    void oversizeMessagesAreRefusedWith50035() throws Exception {
        String dm = discord.dmChannelIdFor(ANA);
        String longId = "x".repeat(101);

        assertThat(post("channels/" + dm + "/messages", "{\"content\":\"" + "a".repeat(2001) + "\"}")).isEqualTo(400);
        assertThat(post("channels/" + dm + "/messages", "{\"content\":\"hi\",\"components\":[{\"type\":1,\"components\":"
                + "[{\"type\":2,\"style\":1,\"label\":\"ok\",\"custom_id\":\"" + longId + "\"}]}]}")).isEqualTo(400);
        assertThat(post("channels/" + dm + "/messages", "{\"embeds\":[{\"fields\":[{\"name\":\"n\",\"value\":\""
                + "v".repeat(1025) + "\"}]}]}")).isEqualTo(400);
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 26; i++) {
            fields.append(i == 0 ? "" : ",").append("{\"name\":\"n\",\"value\":\"v\"}");
        }
        assertThat(post("channels/" + dm + "/messages", "{\"embeds\":[{\"fields\":[" + fields + "]}]}")).isEqualTo(400);
        assertThat(post("channels/" + dm + "/messages", "{\"content\":\"" + "a".repeat(2000) + "\"}")).isEqualTo(200);
        assertThat(discord.requests()).filteredOn(r -> r.status() == 400).hasSize(4);
    }

    @Test
    void listingAChannelGivesItsNewestMessagesFirstWithoutTheirNoncesAndRefusesALimitOver100() throws Exception {
        String dm = discord.dmChannelIdFor(ANA);
        post("channels/" + dm + "/messages", "{\"content\":\"first\",\"nonce\":\"n-1\"}");
        post("channels/" + dm + "/messages", "{\"content\":\"second\",\"nonce\":\"n-2\"}");

        HttpResponse<String> listed = get("channels/" + dm + "/messages?limit=1");

        assertThat(listed.statusCode()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode messages = mapper.readTree(listed.body());
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).path("content").asText()).isEqualTo("second");
        assertThat(messages.get(0).has("nonce")).isFalse();
        assertThat(get("channels/" + dm + "/messages?limit=101").statusCode()).isEqualTo(400);
        assertThat(get("channels/" + dm + "/messages?limit=0").statusCode()).isEqualTo(400);
        assertThat(get("channels/424242/messages").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String route) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(discord.restBaseUrl() + route))
                .header("Authorization", "Bot " + discord.token()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private int post(String route, String json) throws Exception {
        mapper.readTree(json);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(discord.restBaseUrl() + route))
                .header("Authorization", "Bot " + discord.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }
}
