package dev.rapport.bot.discord.loopback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

// Bounds for a hang, not budgets: a passing test returns as soon as what it waits for happens. The first test in a fresh
// test JVM also loads JDA, OkHttp, Jackson and the servers (some 4,600 classes: 8 s at load 20, and a test timed out at
// the former 20 s at load 22), so the bounds are generous.
/** A real JDA 6 client against {@link LoopbackDiscord}: login, gateway events, DMs, errors, rate limits, resume. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LoopbackDiscordTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String GUILD = "1";
    private static final String GENERAL = "10";
    private static final String MENTOR_ROLE = "5";
    private static final String ANA = "7";
    private static final String BEN = "8";
    private static final String CLEO = "9";

    private LoopbackDiscord discord;
    private JDA jda;
    private final CollectedEvents events = new CollectedEvents();

    @BeforeEach
    void startServer() throws Exception {
        discord = LoopbackDiscord.start();
        discord.guild(GUILD, "Makers")
                .channel(GENERAL, "general")
                .role(MENTOR_ROLE, "mentor")
                .member(ANA, "ana", MENTOR_ROLE)
                .member(BEN, "ben");
        discord.user(CLEO, "cleo");
    }

    @AfterEach
    void stopEverything() {
        // In order: the client finishes its requests and closes its gateway, then the server goes.
        if (jda != null) {
            jda.shutdown();
            try {
                if (!jda.awaitShutdown(Duration.ofSeconds(5))) {
                    jda.shutdownNow();
                    jda.awaitShutdown(Duration.ofSeconds(5));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        discord.close();
    }

    private JDA connect(Object... listeners) throws InterruptedException {
        jda = discord.jdaBuilder(discord.token()).addEventListeners(events).addEventListeners(listeners).build();
        jda.awaitReady();
        return jda;
    }

    @Test
    void realJdaReachesReadyAndSeesTheDeclaredGuildChannelAndMember() throws Exception {
        connect();

        Guild guild = jda.getGuildById(GUILD);
        assertThat(guild).isNotNull();
        assertThat(guild.getName()).isEqualTo("Makers");
        assertThat(guild.getTextChannelById(GENERAL).getName()).isEqualTo("general");
        Member ana = guild.getMemberById(ANA);
        assertThat(ana).isNotNull();
        assertThat(ana.getUser().getName()).isEqualTo("ana");
        assertThat(ana.getRoles()).extracting(role -> role.getName()).containsExactly("mentor");
        assertThat(jda.getSelfUser().getId()).isEqualTo(discord.botId());
        assertThat(jda.getSelfUser().getApplicationId()).isEqualTo(discord.applicationId());
        assertThat(discord.unhandledRequests()).isEmpty();
        assertThat(discord.receivedFrames()).noneMatch(frame -> frame.op() == GatewayFrame.REQUEST_GUILD_MEMBERS);
    }

    @Test
    void wrongTokenFailsWithInvalidTokenException() {
        // No stopwatch: JDA gives up at the first 401 rather than retrying, which the single request below shows; how
        // long that takes is the machine's load (the first test of a cold JVM loads JDA's classes), and a build that
        // hangs instead is caught by the class's bound.
        assertThatThrownBy(() -> discord.jdaBuilder("not-the-token").build())
                .isInstanceOf(InvalidTokenException.class);

        RecordedRequest verification = discord.awaitRequest(r -> r.is("GET", "users/@me"), WAIT);
        assertThat(verification.status()).isEqualTo(401);
        assertThat(discord.requests()).hasSize(1);
        assertThat(discord.receivedFrames()).isEmpty();
    }

    @Test
    void messageCreateReachesTheListenerWithContentAuthorAndMentions() throws Exception {
        connect();

        String messageId = discord.messageCreate(
                MessageDraft.inChannel(GENERAL, ANA, "hi <@" + BEN + ">, see https://example.org").mentioning(BEN));

        MessageReceivedEvent received = events.await(MessageReceivedEvent.class,
                event -> event.getMessageId().equals(messageId), WAIT);
        Message message = received.getMessage();
        assertThat(message.getContentRaw()).isEqualTo("hi <@" + BEN + ">, see https://example.org");
        assertThat(message.getAuthor().getId()).isEqualTo(ANA);
        assertThat(message.getMentions().getUsers()).extracting(User::getId).containsExactly(BEN);
        assertThat(received.isFromGuild()).isTrue();
        assertThat(received.getGuild().getId()).isEqualTo(GUILD);
        assertThat(received.getChannel().getId()).isEqualTo(GENERAL);
    }

    @Test
    void replyInAGuildChannelCarriesItsMessageReference() throws Exception {
        connect();
        String question = discord.messageCreate(MessageDraft.inChannel(GENERAL, ANA, "who knows Rust?"));
        String answer = discord.messageCreate(MessageDraft.inChannel(GENERAL, BEN, "me!").replyingTo(question));

        Message reply = events.await(MessageReceivedEvent.class, event -> event.getMessageId().equals(answer), WAIT)
                .getMessage();

        assertThat(reply.getMessageReference()).isNotNull();
        assertThat(reply.getMessageReference().getMessageId()).isEqualTo(question);
    }

    @Test
    void directMessageFromAUserArrivesAsAPrivateMessage() throws Exception {
        connect();

        String messageId = discord.messageCreate(MessageDraft.direct(CLEO, "can you help me?"));

        MessageReceivedEvent received = events.await(MessageReceivedEvent.class,
                event -> event.getMessageId().equals(messageId), WAIT);
        assertThat(received.isFromGuild()).isFalse();
        assertThat(received.getChannel().getId()).isEqualTo(discord.dmChannelIdFor(CLEO));
        assertThat(received.getAuthor().getName()).isEqualTo("cleo");
    }

    @Test
    void botOpensADirectMessageAndSendsIt() throws Exception {
        connect();

        Message sent = jda.openPrivateChannelById(CLEO)
                .flatMap(channel -> channel.sendMessage("Hi cleo, a kind nudge."))
                .submit().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        String dmChannel = discord.dmChannelIdFor(CLEO);
        RecordedRequest open = discord.awaitRequest(r -> r.is("POST", "users/@me/channels"), WAIT);
        assertThat(open.json().path("recipient_id").asText()).isEqualTo(CLEO);
        RecordedRequest send = discord.awaitRequest(r -> r.is("POST", "channels/" + dmChannel + "/messages"), WAIT);
        assertThat(send.json().path("content").asText()).isEqualTo("Hi cleo, a kind nudge.");
        assertThat(send.status()).isEqualTo(200);
        assertThat(send.headers()).doesNotContainKey("authorization");
        assertThat(sent.getChannel().getId()).isEqualTo(dmChannel);
        assertThat(sent.getAuthor().getId()).isEqualTo(discord.botId());
    }

    @Test
    void closedDirectMessagesFailWithCannotSendToUser() throws Exception {
        discord.dmsClosedFor(CLEO);
        connect();

        assertThatThrownBy(() -> jda.openPrivateChannelById(CLEO)
                .flatMap(channel -> channel.sendMessage("hello?"))
                .submit().get(WAIT.toSeconds(), TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(ErrorResponseException.class, error -> {
                    assertThat(error.getErrorResponse()).isEqualTo(ErrorResponse.CANNOT_SEND_TO_USER);
                    assertThat(error.getErrorCode()).isEqualTo(50007);
                });
    }

    @Test
    void rateLimitedSendIsRetriedAfterRetryAfterAndThenSucceeds() throws Exception {
        connect();
        discord.rateLimitNext("POST channels/{channel}/messages", 0.2);

        Message sent = jda.openPrivateChannelById(CLEO)
                .flatMap(channel -> channel.sendMessage("patience"))
                .submit().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        List<RecordedRequest> sends = discord.requests().stream()
                .filter(r -> r.is("POST", "channels/" + discord.dmChannelIdFor(CLEO) + "/messages"))
                .toList();
        assertThat(sends).extracting(RecordedRequest::status).containsExactly(429, 200);
        // Here the time is the behaviour: Discord's retry_after (0.2 s) is a deadline the client must wait out before
        // it asks again. It is a lower bound, so a loaded machine only makes the gap longer, never fails it.
        assertThat(Duration.between(sends.get(0).receivedAt(), sends.get(1).receivedAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(sent.getContentRaw()).isEqualTo("patience");
    }

    @Test
    void slashCommandArrivesAndTheEphemeralReplyIsAnInteractionCallbackWithFlags64() throws Exception {
        AtomicReference<String> subcommand = new AtomicReference<>();
        connect(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                subcommand.set(event.getSubcommandName() + " days=" + event.getOption("days").getAsLong());
                event.reply("Opted in.").setEphemeral(true).queue();
            }
        });

        InteractionIds ids = discord.interaction(InteractionDraft.slashCommand("rapport")
                .subcommand("optin").option("days", 3).inChannel(GENERAL).by(ANA));

        RecordedRequest callback = discord.awaitRequest(
                r -> r.is("POST", "interactions/" + ids.id() + "/" + ids.token() + "/callback"), WAIT);
        assertThat(callback.status()).isEqualTo(200);
        assertThat(callback.json().path("type").asInt()).isEqualTo(4);
        assertThat(callback.json().path("data").path("content").asText()).isEqualTo("Opted in.");
        assertThat(callback.json().path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(subcommand.get()).isEqualTo("optin days=3");
        SlashCommandInteractionEvent event = events.await(SlashCommandInteractionEvent.class, e -> true, WAIT);
        assertThat(event.getName()).isEqualTo("rapport");
        assertThat(event.getUser().getId()).isEqualTo(ANA);
        assertThat(event.getGuild().getId()).isEqualTo(GUILD);
    }

    @Test
    void droppedConnectionIsResumedNotReidentifiedAndTheMissedDispatchArrives() throws Exception {
        connect();
        AtomicReference<String> missed = new AtomicReference<>();

        discord.duringOutage(() -> missed.set(
                discord.messageCreate(MessageDraft.inChannel(GENERAL, ANA, "sent while you were away"))));

        MessageReceivedEvent received = events.await(MessageReceivedEvent.class,
                event -> event.getMessageId().equals(missed.get()), WAIT);
        assertThat(received.getMessage().getContentRaw()).isEqualTo("sent while you were away");
        events.await(SessionResumeEvent.class, event -> true, WAIT);
        assertThat(discord.receivedFrames()).filteredOn(frame -> frame.op() == GatewayFrame.IDENTIFY).hasSize(1);
        GatewayFrame resume = discord.awaitFrame(frame -> frame.op() == GatewayFrame.RESUME, WAIT);
        String sessionId = discord.dispatches().get(0).data().path("session_id").asText();
        assertThat(resume.data().path("session_id").asText()).isEqualTo(sessionId);
        int missedSeq = discord.awaitDispatch(d -> d.type().equals("MESSAGE_CREATE"), WAIT).seq();
        assertThat(resume.data().path("seq").asInt()).isLessThan(missedSeq);
        assertThat(resume.data().path("token").asText()).isEqualTo("***");
    }

    @Test
    void aDispatchRedeliveredAfterResumeReachesTheListenerTwice() throws Exception {
        connect();
        String messageId = discord.messageCreate(MessageDraft.inChannel(GENERAL, ANA, "only once, please"));
        events.await(MessageReceivedEvent.class, event -> event.getMessageId().equals(messageId), WAIT);
        int seq = discord.awaitDispatch(d -> d.type().equals("MESSAGE_CREATE"), WAIT).seq();

        discord.redeliverOnNextResume(seq);
        discord.dropConnection();

        events.await(SessionResumeEvent.class, event -> true, WAIT);
        events.await(MessageReceivedEvent.class, event -> events.all(MessageReceivedEvent.class).stream()
                .filter(e -> e.getMessageId().equals(messageId)).count() == 2, WAIT);
    }

    @Test
    void editedAndDeletedMessagesArriveAsUpdateAndDeleteEvents() throws Exception {
        connect();
        String messageId = discord.messageCreate(MessageDraft.inChannel(GENERAL, ANA, "buy my course"));

        discord.messageUpdate(messageId, "happy to help, ask away");
        discord.messageDelete(messageId);

        MessageUpdateEvent updated = events.await(MessageUpdateEvent.class, e -> e.getMessageId().equals(messageId), WAIT);
        assertThat(updated.getMessage().getContentRaw()).isEqualTo("happy to help, ask away");
        assertThat(updated.getMessage().isEdited()).isTrue();
        MessageDeleteEvent deleted = events.await(MessageDeleteEvent.class, e -> e.getMessageId().equals(messageId), WAIT);
        assertThat(deleted.getGuild().getId()).isEqualTo(GUILD);
    }

    @Test
    void commandsRegisteredInBulkAreEchoedBackWithIds() throws Exception {
        connect();

        List<Command> registered = jda.updateCommands()
                .addCommands(Commands.slash("rapport", "Networking coach")
                        .addSubcommands(new SubcommandData("optin", "Opt in")
                                .addOption(OptionType.INTEGER, "days", "How long", false)))
                .submit().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(registered).singleElement().satisfies(command -> {
            assertThat(command.getName()).isEqualTo("rapport");
            assertThat(command.getId()).isNotBlank();
            assertThat(command.getSubcommands()).extracting(Command.Subcommand::getName).containsExactly("optin");
        });
        RecordedRequest put = discord.awaitRequest(
                r -> r.is("PUT", "applications/" + discord.applicationId() + "/commands"), WAIT);
        assertThat(put.json().get(0).path("name").asText()).isEqualTo("rapport");
    }

    @Test
    void deferredEphemeralReplyIsEditedAndFollowedUpThroughTheInteractionWebhook() throws Exception {
        connect(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                event.deferReply(true).queue(hook -> hook.editOriginal("Here is your summary.")
                        .flatMap(original -> hook.sendMessage("One more thing."))
                        .queue());
            }
        });

        InteractionIds ids = discord.interaction(InteractionDraft.slashCommand("rapport").subcommand("summary")
                .inChannel(GENERAL).by(ANA));

        String webhook = "webhooks/" + discord.applicationId() + "/" + ids.token();
        RecordedRequest callback = discord.awaitRequest(r -> r.route().endsWith(ids.token() + "/callback"), WAIT);
        assertThat(callback.json().path("type").asInt()).isEqualTo(5);
        assertThat(callback.json().path("data").path("flags").asInt()).isEqualTo(64);
        RecordedRequest edit = discord.awaitRequest(r -> r.is("PATCH", webhook + "/messages/@original"), WAIT);
        assertThat(edit.json().path("content").asText()).isEqualTo("Here is your summary.");
        assertThat(edit.status()).isEqualTo(200);
        RecordedRequest followup = discord.awaitRequest(r -> r.is("POST", webhook), WAIT);
        assertThat(followup.json().path("content").asText()).isEqualTo("One more thing.");
        assertThat(followup.status()).isEqualTo(200);
    }

    @Test
    void buttonPressArrivesWithItsCustomIdAndTheDeferredEditIsACallback() throws Exception {
        connect(new ListenerAdapter() {
            @Override
            public void onButtonInteraction(ButtonInteractionEvent event) {
                event.deferEdit().queue();
            }
        });

        InteractionIds ids = discord.interaction(InteractionDraft.button("optout:confirm").inChannel(GENERAL).by(BEN));

        ButtonInteractionEvent pressed = events.await(ButtonInteractionEvent.class, e -> true, WAIT);
        assertThat(pressed.getComponentId()).isEqualTo("optout:confirm");
        assertThat(pressed.getUser().getId()).isEqualTo(BEN);
        RecordedRequest callback = discord.awaitRequest(r -> r.route().endsWith(ids.token() + "/callback"), WAIT);
        assertThat(callback.json().path("type").asInt()).isEqualTo(6);
    }

    @Test
    void autocompleteArrivesWithTheFocusedOptionAndTheChoicesAreACallback() throws Exception {
        connect(new ListenerAdapter() {
            @Override
            public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
                event.replyChoiceStrings("ana", "anatole").queue();
            }
        });

        InteractionIds ids = discord.interaction(InteractionDraft.autocomplete("rapport", "member", "an").by(CLEO));

        CommandAutoCompleteInteractionEvent asked = events.await(CommandAutoCompleteInteractionEvent.class, e -> true, WAIT);
        assertThat(asked.getFocusedOption().getName()).isEqualTo("member");
        assertThat(asked.getFocusedOption().getValue()).isEqualTo("an");
        assertThat(asked.isFromGuild()).isFalse();
        RecordedRequest callback = discord.awaitRequest(r -> r.route().endsWith(ids.token() + "/callback"), WAIT);
        assertThat(callback.json().path("type").asInt()).isEqualTo(8);
        assertThat(callback.json().path("data").path("choices")).hasSize(2);
    }

    @Test
    void fileSentToAGuildChannelIsMultipartWithPayloadJson() throws Exception {
        connect();
        TextChannel general = jda.getTextChannelById(GENERAL);

        Message sent = general.sendMessage("weekly digest")
                .addFiles(FileUpload.fromData("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "digest.csv"))
                .submit().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        RecordedRequest send = discord.awaitRequest(r -> r.is("POST", "channels/" + GENERAL + "/messages"), WAIT);
        assertThat(send.isMultipart()).isTrue();
        assertThat(send.json().path("content").asText()).isEqualTo("weekly digest");
        assertThat(send.files()).containsExactly("digest.csv");
        assertThat(sent.getAttachments()).extracting(Message.Attachment::getFileName).containsExactly("digest.csv");
        assertThat(sent.getGuild().getId()).isEqualTo(GUILD);
    }

    @Test
    void aRouteTheServerDoesNotImplementIsAnswered404AndListedAsUnhandled() throws Exception {
        connect();

        // The application's SKUs (monetisation): nothing Rapport asks for, so the loopback server does not serve them.
        assertThatThrownBy(() -> jda.retrieveSKUList().submit().get(WAIT.toSeconds(), TimeUnit.SECONDS))
                .hasCauseInstanceOf(ErrorResponseException.class);

        assertThat(discord.unhandledRequests()).singleElement().satisfies(request -> {
            assertThat(request.is("GET", "applications/" + discord.applicationId() + "/skus")).isTrue();
            assertThat(request.status()).isEqualTo(404);
        });
    }

    @Test
    void aKnownMessageCanBeRetrievedByIdAndAnUnknownOneIsUnknownMessage() throws Exception {
        connect();
        String messageId = discord.messageCreate(MessageDraft.inChannel(GENERAL, ANA, "archived"));
        TextChannel general = jda.getTextChannelById(GENERAL);

        Message retrieved = general.retrieveMessageById(messageId).submit().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(retrieved.getContentRaw()).isEqualTo("archived");
        assertThatThrownBy(() -> general.retrieveMessageById("42").submit().get(WAIT.toSeconds(), TimeUnit.SECONDS))
                .cause()
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        error -> assertThat(error.getErrorResponse()).isEqualTo(ErrorResponse.UNKNOWN_MESSAGE));
    }

    @Test
    void botReactionIsRecordedWithTheEncodedEmoji() throws Exception {
        connect();
        String messageId = discord.messageCreate(MessageDraft.inChannel(GENERAL, ANA, "thanks for the intro!"));
        TextChannel general = jda.getTextChannelById(GENERAL);

        general.addReactionById(messageId, Emoji.fromUnicode("👍")).submit().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        RecordedRequest reaction = discord.awaitRequest(r -> r.method().equals("PUT"), WAIT);
        assertThat(reaction.route()).isEqualTo("channels/" + GENERAL + "/messages/" + messageId
                + "/reactions/%F0%9F%91%8D/@me");
        assertThat(reaction.status()).isEqualTo(204);
    }
}
