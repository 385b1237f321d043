package dev.rapport.bot.discord.loopback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The REST routes a bot needs, one handler each; anything else gets the router's 404 and shows up in the log. */
final class DiscordRoutes {

    private static final int CHANNEL_MESSAGE_WITH_SOURCE = 4;
    private static final int DEFERRED_CHANNEL_MESSAGE = 5;
    private static final int DEFERRED_UPDATE_MESSAGE = 6;
    private static final int UPDATE_MESSAGE = 7;
    private static final int EPHEMERAL = 64;
    private static final int LOADING = 128;

    private final Directory directory;
    private final Payloads payloads;
    private final Snowflakes snowflakes;
    private final MessageStore messages;
    private final CommandRegistry commands;
    private final Supplier<String> gatewayUrl;
    private final LoopbackClock clock;
    private final Limits limits;

    /** Discord's interaction deadlines; a test may shorten the first to provoke a late acknowledgement quickly. */
    static final class Limits {
        volatile java.time.Duration acknowledge = java.time.Duration.ofSeconds(3);
        volatile java.time.Duration token = java.time.Duration.ofMinutes(15);
        /** Planned failures of the next DMs: HTTP status per call, consumed in order. */
        final java.util.Deque<Integer> failNextDirectMessages = new java.util.concurrent.ConcurrentLinkedDeque<>();
        /**
         * Planned lost answers of the next DMs: the message is created and shown, but the bot is told HTTP status
         * (as when Discord commits a message and the answer is lost on the way back: a 5xx from its edge, a timeout).
         */
        final java.util.Deque<Integer> loseAnswerOfNextDirectMessages = new java.util.concurrent.ConcurrentLinkedDeque<>();
        /** How many shards {@code GET gateway/bot} recommends (and the gateway requires). */
        volatile int shards = 1;
    }

    DiscordRoutes(Directory directory, Payloads payloads, Snowflakes snowflakes, MessageStore messages,
                  CommandRegistry commands, Supplier<String> gatewayUrl, LoopbackClock clock, Limits limits) {
        this.clock = clock;
        this.limits = limits;
        this.directory = directory;
        this.payloads = payloads;
        this.snowflakes = snowflakes;
        this.messages = messages;
        this.commands = commands;
        this.gatewayUrl = gatewayUrl;
    }

    List<LoopbackRest.Route> routes() {
        return List.of(
                route("GET", "users/@me", this::getSelf),
                route("POST", "users/@me/channels", this::openDirectMessageChannel),
                route("GET", "gateway", this::getGateway),
                route("GET", "gateway/bot", this::getGatewayBot),
                route("POST", "channels/{channel}/messages", this::sendMessage),
                route("GET", "channels/{channel}/messages", this::listMessages),
                route("GET", "channels/{channel}/messages/{message}", this::getMessage),
                route("PUT", "channels/{channel}/messages/{message}/reactions/{emoji}/@me", this::reactionChanged),
                route("DELETE", "channels/{channel}/messages/{message}/reactions/{emoji}/@me", this::reactionChanged),
                route("GET", "applications/{app}/commands", call -> listCommands(call, CommandRegistry.GLOBAL)),
                route("PUT", "applications/{app}/commands", call -> overwriteCommands(call, CommandRegistry.GLOBAL)),
                route("POST", "applications/{app}/commands", call -> upsertCommand(call, CommandRegistry.GLOBAL)),
                route("DELETE", "applications/{app}/commands/{command}",
                        call -> deleteCommand(call, CommandRegistry.GLOBAL)),
                route("GET", "applications/{app}/guilds/{guild}/commands",
                        call -> listCommands(call, call.param("guild"))),
                route("PUT", "applications/{app}/guilds/{guild}/commands",
                        call -> overwriteCommands(call, call.param("guild"))),
                route("POST", "applications/{app}/guilds/{guild}/commands",
                        call -> upsertCommand(call, call.param("guild"))),
                route("DELETE", "applications/{app}/guilds/{guild}/commands/{command}",
                        call -> deleteCommand(call, call.param("guild"))),
                route("POST", "interactions/{interaction}/{token}/callback", this::interactionCallback),
                route("POST", "webhooks/{app}/{token}", this::createFollowup),
                route("GET", "webhooks/{app}/{token}/messages/{message}", this::getInteractionMessage),
                route("PATCH", "webhooks/{app}/{token}/messages/{message}", this::editInteractionMessage),
                route("DELETE", "webhooks/{app}/{token}/messages/{message}", this::deleteInteractionMessage),
                route("GET", "oauth2/applications/@me", this::getApplication),
                route("GET", "users/{user}", this::getUser));
    }

    private static LoopbackRest.Route route(String method, String template, LoopbackRest.Handler handler) {
        return new LoopbackRest.Route(method, template, handler);
    }

    private RestReply getSelf(RestCall call) {
        return RestReply.ok(payloads.selfUser());
    }

    private RestReply openDirectMessageChannel(RestCall call) {
        String recipientId = call.json().path("recipient_id").asText();
        if (directory.user(recipientId).isEmpty()) {
            return RestReply.error(400, 50033, "Invalid Recipient(s)");
        }
        return RestReply.ok(payloads.dmChannel(directory.dmChannelOf(recipientId), recipientId));
    }

    private RestReply getGateway(RestCall call) {
        return RestReply.ok(Payloads.object().put("url", gatewayUrl.get()));
    }

    private RestReply getGatewayBot(RestCall call) {
        ObjectNode json = Payloads.object().put("url", gatewayUrl.get()).put("shards", limits.shards);
        json.putObject("session_start_limit")
                .put("total", 1000).put("remaining", 999).put("reset_after", 0).put("max_concurrency", 1);
        return RestReply.ok(json);
    }

    private RestReply sendMessage(RestCall call) {
        String channelId = call.param("channel");
        Optional<String> recipient = directory.recipientOfDmChannel(channelId);
        if (!directory.isGuildChannel(channelId) && recipient.isEmpty()) {
            return RestReply.error(404, 10003, "Unknown Channel");
        }
        if (recipient.isPresent() && directory.dmsClosedFor(recipient.get())) {
            return RestReply.error(403, 50007, "Cannot send messages to this user");
        }
        JsonNode request = call.json();
        Optional<String> tooBig = MessageLimits.violation(request);
        if (tooBig.isPresent()) {
            return RestReply.error(400, 50035, "Invalid Form Body: " + tooBig.get());
        }
        // Discord's idempotency: with enforce_nonce, a second create with the same nonce returns the first message.
        String nonce = request.path("nonce").asText(null);
        if (nonce != null && request.path("enforce_nonce").asBoolean(false)) {
            Optional<ObjectNode> earlier = messages.byNonce(channelId, nonce);
            if (earlier.isPresent()) {
                return RestReply.ok(earlier.get().deepCopy());
            }
        }
        if (recipient.isPresent()) {
            Integer failure = limits.failNextDirectMessages.poll();
            if (failure != null) {
                return RestReply.error(failure, 0, failure >= 500 ? "Internal Server Error" : "Bad Request");
            }
        }
        String replyTo = request.path("message_reference").path("message_id").asText(null);
        ObjectNode message = payloads.message(snowflakes.next(), channelId, directory.bot().id(),
                request.path("content").asText(""), List.of(), replyTo);
        copyRequestedContent(request, message, call.files());
        if (request.has("nonce")) {
            message.set("nonce", request.get("nonce"));
        }
        messages.put(message);
        if (recipient.isPresent()) {
            Integer lost = limits.loseAnswerOfNextDirectMessages.poll();
            if (lost != null) {
                return RestReply.error(lost, 0, lost >= 500 ? "Internal Server Error" : "Bad Request");
            }
        }
        return RestReply.ok(message.deepCopy());
    }

    /**
     * Discord's "Get Channel Messages": newest first, {@code limit} 1 to 100 (default 50), {@code before} and
     * {@code after} a message id. Discord returns a message's nonce only with its creation, never in a listing, so a
     * client cannot find its own message here by nonce.
     */
    private RestReply listMessages(RestCall call) {
        String channelId = call.param("channel");
        if (!directory.isGuildChannel(channelId) && directory.recipientOfDmChannel(channelId).isEmpty()) {
            return RestReply.error(404, 10003, "Unknown Channel");
        }
        int limit;
        long before;
        long after;
        try {
            limit = Integer.parseInt(call.query().getOrDefault("limit", "50"));
            before = snowflakeOrDefault(call.query().get("before"), Long.MAX_VALUE);
            after = snowflakeOrDefault(call.query().get("after"), Long.MIN_VALUE);
        } catch (NumberFormatException e) {
            return RestReply.error(400, 50035, "Invalid Form Body: limit, before and after must be integers");
        }
        if (limit < 1 || limit > 100) {
            return RestReply.error(400, 50035, "Invalid Form Body: limit must be between 1 and 100");
        }
        ArrayNode listed = Payloads.array();
        for (ObjectNode message : messages.inChannelNewestFirst(channelId)) {
            long id = Long.parseLong(message.path("id").asText());
            if (id < before && id > after && listed.size() < limit) {
                ObjectNode shown = message.deepCopy();
                shown.remove("nonce");
                listed.add(shown);
            }
        }
        return RestReply.ok(listed);
    }

    private static long snowflakeOrDefault(String id, long absent) {
        return id == null ? absent : Long.parseLong(id);
    }

    private RestReply getMessage(RestCall call) {
        return messages.find(call.param("channel"), call.param("message"))
                .map(message -> RestReply.ok(message.deepCopy()))
                .orElseGet(() -> RestReply.error(404, 10008, "Unknown Message"));
    }

    private RestReply reactionChanged(RestCall call) {
        return messages.find(call.param("channel"), call.param("message")).isPresent()
                ? RestReply.noContent()
                : RestReply.error(404, 10008, "Unknown Message");
    }

    private RestReply listCommands(RestCall call, String scope) {
        return ownApplication(call) ? RestReply.ok(commands.list(scope)) : unknownApplication();
    }

    private RestReply overwriteCommands(RestCall call, String scope) {
        if (!ownApplication(call)) {
            return unknownApplication();
        }
        if (!call.json().isArray()) {
            return RestReply.error(400, 50035, "Invalid Form Body");
        }
        return RestReply.ok(commands.overwrite(scope, directory.applicationId(), call.json()));
    }

    private RestReply upsertCommand(RestCall call, String scope) {
        if (!ownApplication(call)) {
            return unknownApplication();
        }
        boolean existed = commands.find(scope, call.json().path("name").asText()).isPresent();
        ObjectNode registered = commands.upsert(scope, directory.applicationId(), call.json());
        return existed ? RestReply.ok(registered) : RestReply.created(registered);
    }

    private RestReply deleteCommand(RestCall call, String scope) {
        if (!ownApplication(call)) {
            return unknownApplication();
        }
        return commands.delete(scope, call.param("command"))
                ? RestReply.noContent()
                : RestReply.error(404, 10063, "Unknown application command");
    }

    /** Answers an interaction; with {@code ?with_response=true} (JDA always asks) the body describes the result. */
    private RestReply interactionCallback(RestCall call) {
        String token = call.param("token");
        Optional<MessageStore.PendingInteraction> found = messages.interaction(token)
                .filter(interaction -> interaction.id().equals(call.param("interaction")));
        if (found.isEmpty()) {
            return RestReply.error(404, 10062, "Unknown interaction");
        }
        MessageStore.PendingInteraction interaction = found.get();
        if (interaction.acknowledged()) {
            return RestReply.error(400, 40060, "Interaction has already been acknowledged.");
        }
        if (clock.now().isAfter(interaction.createdAt().plus(limits.acknowledge))) {
            // Discord forgets an interaction nobody acknowledged within 3 seconds.
            return RestReply.error(404, 10062, "Unknown interaction");
        }
        int responseType = call.json().path("type").asInt();
        JsonNode data = call.json().path("data");
        Optional<String> tooBig = MessageLimits.violation(data);
        if (tooBig.isPresent()) {
            return RestReply.error(400, 50035, "Invalid Form Body: " + tooBig.get());
        }
        ObjectNode message = switch (responseType) {
            case CHANNEL_MESSAGE_WITH_SOURCE -> interactionMessage(interaction, data, 0);
            case DEFERRED_CHANNEL_MESSAGE -> interactionMessage(interaction, data, LOADING);
            case UPDATE_MESSAGE, DEFERRED_UPDATE_MESSAGE -> updatedComponentMessage(interaction, data);
            default -> null; // autocomplete results, modals, pong: no message
        };
        messages.updateInteraction(token,
                interaction.answered(message == null ? null : message.path("id").asText()));
        if (!"true".equals(call.query().get("with_response"))) {
            return RestReply.noContent();
        }
        ObjectNode answer = Payloads.object();
        ObjectNode described = answer.putObject("interaction").put("id", interaction.id()).put("type", interaction.type());
        ObjectNode resource = answer.putObject("resource").put("type", responseType);
        if (message != null) {
            int flags = message.path("flags").asInt();
            described.put("response_message_id", message.path("id").asText())
                    .put("response_message_loading", (flags & LOADING) != 0)
                    .put("response_message_ephemeral", (flags & EPHEMERAL) != 0);
            resource.set("message", message.deepCopy());
        }
        return RestReply.ok(answer);
    }

    private ObjectNode interactionMessage(MessageStore.PendingInteraction interaction, JsonNode data, int extraFlags) {
        ObjectNode message = webhookMessage(interaction, data);
        message.put("flags", data.path("flags").asInt(0) | extraFlags);
        messages.put(message);
        return message;
    }

    private ObjectNode updatedComponentMessage(MessageStore.PendingInteraction interaction, JsonNode data) {
        ObjectNode message = messages.find(interaction.componentMessageId()).orElse(null);
        if (message == null) {
            return null;
        }
        if (data.has("content")) {
            message.put("content", data.path("content").asText());
            message.put("edited_timestamp", Payloads.now());
        }
        return message;
    }

    private RestReply createFollowup(RestCall call) {
        Optional<MessageStore.PendingInteraction> interaction = interactionOf(call);
        if (interaction.isEmpty()) {
            return unknownWebhook();
        }
        Optional<String> tooBig = MessageLimits.violation(call.json());
        if (tooBig.isPresent()) {
            return RestReply.error(400, 50035, "Invalid Form Body: " + tooBig.get());
        }
        ObjectNode message = webhookMessage(interaction.get(), call.json());
        copyRequestedContent(call.json(), message, call.files());
        messages.put(message);
        return RestReply.ok(message.deepCopy());
    }

    private RestReply getInteractionMessage(RestCall call) {
        return interactionOf(call)
                .flatMap(interaction -> messages.find(messageIdOf(call, interaction)))
                .map(message -> RestReply.ok(message.deepCopy()))
                .orElseGet(() -> RestReply.error(404, 10008, "Unknown Message"));
    }

    private RestReply editInteractionMessage(RestCall call) {
        Optional<MessageStore.PendingInteraction> interaction = interactionOf(call);
        if (interaction.isEmpty()) {
            return unknownWebhook();
        }
        Optional<String> tooBig = MessageLimits.violation(call.json());
        if (tooBig.isPresent()) {
            return RestReply.error(400, 50035, "Invalid Form Body: " + tooBig.get());
        }
        Optional<ObjectNode> stored = messages.find(messageIdOf(call, interaction.get()));
        if (stored.isEmpty()) {
            return RestReply.error(404, 10008, "Unknown Message");
        }
        ObjectNode message = stored.get();
        if (call.json().has("content")) {
            message.put("content", call.json().path("content").asText());
        }
        copyRequestedContent(call.json(), message, call.files());
        message.put("flags", message.path("flags").asInt() & ~LOADING);
        message.put("edited_timestamp", Payloads.now());
        return RestReply.ok(message.deepCopy());
    }

    private RestReply deleteInteractionMessage(RestCall call) {
        Optional<MessageStore.PendingInteraction> interaction = interactionOf(call);
        if (interaction.isEmpty()) {
            return unknownWebhook();
        }
        return messages.remove(messageIdOf(call, interaction.get()))
                ? RestReply.noContent()
                : RestReply.error(404, 10008, "Unknown Message");
    }

    /** The interaction behind a webhook token, while the token lives (15 minutes after the interaction). */
    private Optional<MessageStore.PendingInteraction> interactionOf(RestCall call) {
        if (!directory.applicationId().equals(call.param("app"))) {
            return Optional.empty();
        }
        return messages.interaction(call.param("token"))
                .filter(interaction -> !clock.now().isAfter(interaction.createdAt().plus(limits.token)));
    }

    private static String messageIdOf(RestCall call, MessageStore.PendingInteraction interaction) {
        String requested = call.param("message");
        return "@original".equals(requested) ? String.valueOf(interaction.originalMessageId()) : requested;
    }

    /** A message the bot posts through an interaction webhook: authored by the bot, tagged with the app. */
    private ObjectNode webhookMessage(MessageStore.PendingInteraction interaction, JsonNode data) {
        ObjectNode message = payloads.message(snowflakes.next(), interaction.channelId(), directory.bot().id(),
                data.path("content").asText(""), List.of(), null);
        message.put("webhook_id", directory.applicationId())
                .put("application_id", directory.applicationId())
                .put("flags", data.path("flags").asInt(0));
        return message;
    }

    /** Carries embeds and uploaded files over from the request, so JDA's returned Message reflects them. */
    private void copyRequestedContent(JsonNode request, ObjectNode message, List<MultipartBody.Part> files) {
        if (request.has("embeds")) {
            ArrayNode embeds = (ArrayNode) request.get("embeds").deepCopy();
            // Discord stamps every embed a bot sends as "rich"; JDA refuses to parse one without a type.
            embeds.forEach(embed -> {
                if (embed instanceof ObjectNode object && !object.has("type")) {
                    object.put("type", "rich");
                }
            });
            message.set("embeds", embeds);
        }
        if (request.has("flags")) {
            message.put("flags", request.path("flags").asInt());
        }
        if (request.has("components")) {
            // Discord keeps a message's buttons with it: they come back with every read of the message.
            message.set("components", request.get("components").deepCopy());
        }
        if (!files.isEmpty()) {
            ArrayNode attachments = message.putArray("attachments");
            for (MultipartBody.Part file : files) {
                String id = snowflakes.next();
                attachments.addObject()
                        .put("id", id)
                        .put("filename", file.filename())
                        .put("size", file.content().length)
                        .put("url", "http://127.0.0.1/attachments/" + id + "/" + file.filename())
                        .put("proxy_url", "http://127.0.0.1/attachments/" + id + "/" + file.filename());
            }
        }
    }

    private boolean ownApplication(RestCall call) {
        return directory.applicationId().equals(call.param("app"));
    }

    private static RestReply unknownApplication() {
        return RestReply.error(404, 10002, "Unknown Application");
    }

    private static RestReply unknownWebhook() {
        return RestReply.error(404, 10015, "Unknown Webhook");
    }

    /** The bot's application (Javacord asks for it at login: its id addresses the command routes). */
    private RestReply getApplication(RestCall call) {
        ObjectNode json = Payloads.object()
                .put("id", directory.applicationId())
                .put("name", directory.bot().username())
                .put("description", "")
                .put("bot_public", false)
                .put("bot_require_code_grant", false)
                .put("flags", 0);
        json.putNull("icon");
        json.putNull("team");
        json.set("owner", payloads.user(directory.bot().id()));
        return RestReply.ok(json);
    }

    /** A user by id (Javacord fetches the people it sends DMs to when they are not in its cache). */
    private RestReply getUser(RestCall call) {
        String userId = call.param("user");
        if (directory.user(userId).isEmpty()) {
            return RestReply.error(404, 10013, "Unknown User");
        }
        return RestReply.ok(payloads.user(userId));
    }
}
