package dev.rapport.bot.discord.loopback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Discord-shaped JSON objects (API v10) built from the {@link Directory}. Fields JDA reads without a default are
 * always present; optional ones are sent as Discord sends them (mostly {@code null} or empty).
 */
final class Payloads {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String JOINED_AT = "2024-01-01T00:00:00.000000+00:00";

    private final Directory directory;

    Payloads(Directory directory) {
        this.directory = directory;
    }

    static ObjectNode object() {
        return JSON.objectNode();
    }

    static ArrayNode array() {
        return JSON.arrayNode();
    }

    static String now() {
        return OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC).toString();
    }

    ObjectNode user(String userId) {
        DeclaredUser user = directory.requireUser(userId);
        ObjectNode json = object()
                .put("id", user.id())
                .put("username", user.username())
                .put("discriminator", "0")
                .put("global_name", user.username())
                .put("bot", user.bot())
                .put("system", false)
                .put("public_flags", 0);
        json.putNull("avatar");
        json.putNull("banner");
        json.putNull("accent_color");
        return json;
    }

    ObjectNode selfUser() {
        return user(directory.bot().id())
                .put("verified", true)
                .put("mfa_enabled", false)
                .put("flags", 0);
    }

    /** A guild member; {@code withUser} false gives the partial member Discord nests beside a message author. */
    ObjectNode member(GuildDeclaration guild, String userId, boolean withUser) {
        ObjectNode json = object();
        if (withUser) {
            json.set("user", user(userId));
        }
        ArrayNode roles = json.putArray("roles");
        memberRoles(guild, userId).forEach(roles::add);
        json.putNull("nick");
        json.putNull("avatar");
        json.putNull("premium_since");
        return json.put("joined_at", JOINED_AT)
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .put("pending", false);
    }

    private static List<String> memberRoles(GuildDeclaration guild, String userId) {
        return guild.hasMember(userId) ? guild.member(userId).roleIds() : List.of();
    }

    ObjectNode role(DeclaredRole role) {
        ObjectNode json = object()
                .put("id", role.id())
                .put("name", role.name())
                .put("color", 0)
                .put("hoist", false)
                .put("position", role.position())
                .put("permissions", Long.toString(role.permissions()))
                .put("managed", false)
                .put("mentionable", false)
                .put("flags", 0);
        json.putObject("colors").put("primary_color", 0).putNull("secondary_color");
        json.putNull("icon");
        json.putNull("unicode_emoji");
        return json;
    }

    ObjectNode textChannel(DeclaredChannel channel, int position) {
        ObjectNode json = object()
                .put("id", channel.id())
                .put("type", 0)
                .put("guild_id", channel.guildId())
                .put("name", channel.name())
                .put("position", position)
                .put("nsfw", false)
                .put("rate_limit_per_user", 0)
                .put("flags", 0);
        json.putArray("permission_overwrites");
        json.putNull("topic");
        json.putNull("last_message_id");
        json.putNull("parent_id");
        return json;
    }

    ObjectNode dmChannel(String channelId, String recipientId) {
        ObjectNode json = object().put("id", channelId).put("type", 1).put("flags", 0);
        json.putArray("recipients").add(user(recipientId));
        json.putNull("last_message_id");
        return json;
    }

    /** The channel object an interaction carries: the guild channel, or the DM with {@code userId}. */
    ObjectNode channel(String channelId, String userId) {
        return directory.guildOfChannel(channelId)
                .flatMap(guild -> guild.channels().stream().filter(c -> c.id().equals(channelId)).findFirst())
                .map(channel -> textChannel(channel, 0))
                .orElseGet(() -> dmChannel(channelId, userId));
    }

    /** READY for a session that carries {@code guilds} (those of its shard). */
    ObjectNode ready(String sessionId, String resumeGatewayUrl, List<GuildDeclaration> shardGuilds) {
        ObjectNode json = object().put("v", 10);
        json.set("user", selfUser());
        json.putObject("application").put("id", directory.applicationId()).put("flags", 0);
        ArrayNode guilds = json.putArray("guilds");
        shardGuilds.forEach(guild -> guilds.addObject().put("id", guild.id()).put("unavailable", true));
        json.putArray("private_channels");
        json.putArray("relationships");
        json.putArray("presences");
        return json.put("session_id", sessionId)
                .put("session_type", "normal")
                .put("resume_gateway_url", resumeGatewayUrl);
    }

    ObjectNode guildCreate(GuildDeclaration guild) {
        String botId = directory.bot().id();
        // JDA drops a guild whose member list lacks the bot itself ("missing a SelfMember").
        List<String> memberIds = new ArrayList<>(guild.members().stream().map(DeclaredMember::userId).toList());
        if (!memberIds.contains(botId)) {
            memberIds.add(botId);
        }
        ObjectNode json = object()
                .put("id", guild.id())
                .put("name", guild.name())
                .put("owner_id", guild.ownerId() == null ? botId : guild.ownerId())
                .put("unavailable", false)
                .put("large", false)
                .put("joined_at", JOINED_AT)
                .put("member_count", memberIds.size())
                .put("afk_timeout", 300)
                .put("verification_level", 0)
                .put("default_message_notifications", 0)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("nsfw_level", 0)
                .put("premium_tier", 0)
                .put("premium_subscription_count", 0)
                .put("premium_progress_bar_enabled", false)
                .put("preferred_locale", "en-US")
                // Discord still sends the retired voice region as "deprecated"; Javacord 3.8.0 reads it.
                .put("region", "deprecated")
                .put("system_channel_flags", 0)
                .put("max_members", 500_000);
        for (String absent : List.of("icon", "splash", "discovery_splash", "banner", "description", "vanity_url_code",
                "afk_channel_id", "system_channel_id", "rules_channel_id", "public_updates_channel_id",
                "safety_alerts_channel_id", "application_id")) {
            json.putNull(absent);
        }
        ArrayNode roles = json.putArray("roles");
        guild.roles().forEach(role -> roles.add(role(role)));
        ArrayNode channels = json.putArray("channels");
        List<DeclaredChannel> declared = guild.channels();
        for (int position = 0; position < declared.size(); position++) {
            channels.add(textChannel(declared.get(position), position));
        }
        ArrayNode members = json.putArray("members");
        memberIds.forEach(memberId -> members.add(member(guild, memberId, true)));
        for (String empty : List.of("features", "emojis", "stickers", "threads", "voice_states", "presences",
                "stage_instances", "guild_scheduled_events", "soundboard_sounds", "embedded_activities")) {
            json.putArray(empty);
        }
        return json;
    }

    /** A message object as Discord delivers it in MESSAGE_CREATE and returns from message routes. */
    ObjectNode message(String messageId, String channelId, String authorId, String content,
                       List<String> mentionedUserIds, String replyToMessageId) {
        ObjectNode json = object()
                .put("id", messageId)
                .put("channel_id", channelId)
                .put("content", content)
                .put("timestamp", now())
                .put("tts", false)
                .put("mention_everyone", false)
                .put("pinned", false)
                .put("type", replyToMessageId == null ? 0 : 19)
                .put("flags", 0);
        json.set("author", user(authorId));
        json.putNull("edited_timestamp");
        GuildDeclaration guild = directory.guildOfChannel(channelId).orElse(null);
        if (guild != null) {
            json.put("guild_id", guild.id());
            json.set("member", member(guild, authorId, false));
        }
        ArrayNode mentions = json.putArray("mentions");
        for (String mentioned : mentionedUserIds) {
            ObjectNode mention = user(mentioned);
            if (guild != null && guild.hasMember(mentioned)) {
                mention.set("member", member(guild, mentioned, false));
            }
            mentions.add(mention);
        }
        for (String empty : List.of("mention_roles", "attachments", "embeds", "components", "sticker_items")) {
            json.putArray(empty);
        }
        if (replyToMessageId != null) {
            ObjectNode reference = json.putObject("message_reference")
                    .put("type", 0)
                    .put("message_id", replyToMessageId)
                    .put("channel_id", channelId);
            if (guild != null) {
                reference.put("guild_id", guild.id());
            }
        }
        return json;
    }

    /** Turns {@code message} into a forward of {@code original}: Discord's FORWARD reference and a snapshot. */
    void forward(ObjectNode message, ObjectNode original) {
        message.put("content", "");
        ObjectNode reference = message.putObject("message_reference")
                .put("type", 1)
                .put("message_id", original.path("id").asText())
                .put("channel_id", original.path("channel_id").asText());
        if (original.has("guild_id")) {
            reference.put("guild_id", original.path("guild_id").asText());
        }
        ObjectNode snapshot = message.putArray("message_snapshots").addObject().putObject("message");
        for (String field : List.of("type", "content", "embeds", "attachments", "timestamp", "edited_timestamp",
                "flags", "mentions", "mention_roles", "components", "sticker_items")) {
            if (original.has(field)) {
                snapshot.set(field, original.get(field).deepCopy());
            }
        }
    }

    static JsonNode missing() {
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
