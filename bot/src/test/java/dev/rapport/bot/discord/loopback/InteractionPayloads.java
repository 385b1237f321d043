package dev.rapport.bot.discord.loopback;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Builds INTERACTION_CREATE payloads (types 2, 3 and 4) as Discord sends them to a guild-installed bot. */
final class InteractionPayloads {

    private static final int SUB_COMMAND = 1;
    private static final int SUB_COMMAND_GROUP = 2;
    private static final int CHAT_INPUT = 1;
    private static final int BUTTON = 2;

    private final Directory directory;
    private final Payloads payloads;

    InteractionPayloads(Directory directory, Payloads payloads) {
        this.directory = directory;
        this.payloads = payloads;
    }

    /**
     * @param channelId        where it happens (already resolved to the DM channel for a direct interaction)
     * @param commandId        the command's id (type 2 and 4)
     * @param componentMessage the message carrying the component (type 3)
     */
    ObjectNode interaction(InteractionDraft draft, InteractionIds ids, String channelId, String commandId,
                           ObjectNode componentMessage) {
        ObjectNode json = Payloads.object()
                .put("id", ids.id())
                .put("application_id", directory.applicationId())
                .put("type", draft.type())
                .put("token", ids.token())
                .put("version", 1)
                .put("locale", "en-US")
                .put("app_permissions", Long.toString(GuildDeclaration.EVERYONE_PERMISSIONS))
                .put("attachment_size_limit", 10_485_760)
                .put("channel_id", channelId);
        json.putArray("entitlements");
        json.set("channel", payloads.channel(channelId, draft.userId()));
        GuildDeclaration guild = directory.guildOfChannel(channelId).orElse(null);
        if (guild != null) {
            json.put("guild_id", guild.id()).put("guild_locale", "en-US").put("context", 0);
            // JDA 6 resolves the guild from this partial object, not from guild_id; without it a guild channel is
            // rejected as an "unexpected channel type".
            json.putObject("guild").put("id", guild.id()).put("locale", "en-US").putArray("features");
            json.set("member", payloads.member(guild, draft.userId(), true)
                    .put("permissions", Long.toString(permissionsOf(guild, draft.userId()))));
            json.putObject("authorizing_integration_owners").put("0", guild.id());
        } else {
            json.put("context", 1);
            json.set("user", payloads.user(draft.userId()));
            json.putObject("authorizing_integration_owners").put("0", "0");
        }
        if (draft.type() == InteractionDraft.MESSAGE_COMPONENT) {
            json.putObject("data").put("custom_id", draft.customId()).put("component_type", BUTTON);
            json.set("message", componentMessage);
        } else {
            json.set("data", commandData(draft, commandId, guild));
        }
        return json;
    }

    private ObjectNode commandData(InteractionDraft draft, String commandId, GuildDeclaration guild) {
        ObjectNode data = Payloads.object().put("id", commandId).put("name", draft.commandName()).put("type", CHAT_INPUT);
        ArrayNode options = data.putArray("options");
        if (draft.subcommand() == null) {
            addOptions(options, draft.options());
        } else {
            ArrayNode parent = options;
            if (draft.subcommandGroup() != null) {
                parent = options.addObject().put("name", draft.subcommandGroup()).put("type", SUB_COMMAND_GROUP)
                        .putArray("options");
            }
            ObjectNode subcommand = parent.addObject().put("name", draft.subcommand()).put("type", SUB_COMMAND);
            addOptions(subcommand.putArray("options"), draft.options());
        }
        ObjectNode resolved = resolvedUsers(draft.options(), guild);
        if (resolved != null) {
            data.set("resolved", resolved);
        }
        return data;
    }

    private static void addOptions(ArrayNode target, List<CommandOption> options) {
        for (CommandOption option : options) {
            ObjectNode json = target.addObject().put("name", option.name()).put("type", option.type());
            if (option.value() instanceof Long number) {
                json.put("value", number);
            } else if (option.value() instanceof Boolean flag) {
                json.put("value", flag);
            } else {
                json.put("value", String.valueOf(option.value()));
            }
            if (option.focused()) {
                json.put("focused", true);
            }
        }
    }

    /** Discord resolves user, role and channel options into full objects; JDA reads them from here. */
    private ObjectNode resolvedUsers(List<CommandOption> options, GuildDeclaration guild) {
        List<CommandOption> resolvable = options.stream()
                .filter(option -> option.type() == CommandOption.USER || option.type() == CommandOption.ROLE
                        || option.type() == CommandOption.CHANNEL)
                .toList();
        if (resolvable.isEmpty()) {
            return null;
        }
        ObjectNode resolved = Payloads.object();
        for (CommandOption option : resolvable) {
            String id = String.valueOf(option.value());
            if (option.type() == CommandOption.USER) {
                child(resolved, "users").set(id, payloads.user(id));
                if (guild != null && guild.hasMember(id)) {
                    child(resolved, "members").set(id, payloads.member(guild, id, false)
                            .put("permissions", Long.toString(permissionsOf(guild, id))));
                }
            } else if (option.type() == CommandOption.ROLE && guild != null) {
                guild.roles().stream().filter(role -> role.id().equals(id)).findFirst()
                        .ifPresent(role -> child(resolved, "roles").set(id, payloads.role(role)));
            } else if (option.type() == CommandOption.CHANNEL && directory.isGuildChannel(id)) {
                child(resolved, "channels").set(id, payloads.channel(id, null)
                        .put("permissions", Long.toString(GuildDeclaration.EVERYONE_PERMISSIONS)));
            }
        }
        return resolved;
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        return parent.has(name) ? (ObjectNode) parent.get(name) : parent.putObject(name);
    }

    private static long permissionsOf(GuildDeclaration guild, String userId) {
        List<String> roleIds = guild.hasMember(userId) ? guild.member(userId).roleIds() : List.of();
        long permissions = 0;
        for (DeclaredRole role : guild.roles()) {
            if (role.id().equals(guild.id()) || roleIds.contains(role.id())) {
                permissions |= role.permissions();
            }
        }
        return permissions;
    }
}
