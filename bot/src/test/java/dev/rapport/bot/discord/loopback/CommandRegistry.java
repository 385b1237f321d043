package dev.rapport.bot.discord.loopback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Application commands the bot registered, global ({@code scope} "global") or per guild (scope = guild id).
 * Ids are stable per name, so re-registering a command keeps its id as Discord does.
 */
final class CommandRegistry {

    static final String GLOBAL = "global";

    private final Snowflakes snowflakes;
    private final Map<String, Map<String, ObjectNode>> byScope = new ConcurrentHashMap<>();
    private final Map<String, String> idsByName = new ConcurrentHashMap<>();

    CommandRegistry(Snowflakes snowflakes) {
        this.snowflakes = snowflakes;
    }

    /** Replaces every command in {@code scope} by {@code requested}, as a bulk overwrite does. */
    ArrayNode overwrite(String scope, String applicationId, JsonNode requested) {
        Map<String, ObjectNode> commands = new ConcurrentHashMap<>();
        ArrayNode answer = Payloads.array();
        for (JsonNode command : requested) {
            ObjectNode registered = register(scope, applicationId, command);
            commands.put(registered.path("name").asText(), registered);
            answer.add(registered);
        }
        byScope.put(scope, commands);
        return answer;
    }

    ObjectNode upsert(String scope, String applicationId, JsonNode requested) {
        ObjectNode registered = register(scope, applicationId, requested);
        byScope.computeIfAbsent(scope, key -> new ConcurrentHashMap<>()).put(registered.path("name").asText(), registered);
        return registered;
    }

    ArrayNode list(String scope) {
        ArrayNode answer = Payloads.array();
        byScope.getOrDefault(scope, Map.of()).values().forEach(answer::add);
        return answer;
    }

    boolean delete(String scope, String commandId) {
        Map<String, ObjectNode> commands = byScope.getOrDefault(scope, Map.of());
        return commands.values().removeIf(command -> command.path("id").asText().equals(commandId));
    }

    Optional<ObjectNode> find(String scope, String name) {
        return Optional.ofNullable(byScope.getOrDefault(scope, Map.of()).get(name));
    }

    /** The id for command {@code name}: the registered one, or a new stable id if the bot never registered it. */
    String idOf(String name) {
        return idsByName.computeIfAbsent(name, key -> snowflakes.next());
    }

    private ObjectNode register(String scope, String applicationId, JsonNode requested) {
        if (!(requested instanceof ObjectNode requestedObject)) {
            throw new IllegalArgumentException("Command must be a JSON object: " + requested);
        }
        ObjectNode command = requestedObject.deepCopy();
        String name = command.path("name").asText();
        command.put("id", idOf(name))
                .put("application_id", applicationId)
                .put("version", snowflakes.next());
        if (!GLOBAL.equals(scope)) {
            command.put("guild_id", scope);
        }
        if (!command.has("type")) {
            command.put("type", 1);
        }
        if (!command.has("description")) {
            command.put("description", "");
        }
        if (!command.has("nsfw")) {
            command.put("nsfw", false);
        }
        if (!command.has("default_member_permissions")) {
            command.putNull("default_member_permissions");
        }
        return command;
    }
}
