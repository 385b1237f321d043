package dev.rapport.bot.discord.loopback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who and what exists on the loopback Discord: the bot, users, guilds and their channels, DM channels.
 * Written by the test thread while declaring, read by the server threads, hence concurrent collections.
 */
final class Directory {

    private final Snowflakes snowflakes;
    private final Map<String, DeclaredUser> users = new ConcurrentHashMap<>();
    private final Map<String, GuildDeclaration> guilds = new ConcurrentHashMap<>();
    private final List<String> guildOrder = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, String> guildOfChannel = new ConcurrentHashMap<>();
    private final Map<String, String> dmChannelOfUser = new ConcurrentHashMap<>();
    private final Map<String, String> userOfDmChannel = new ConcurrentHashMap<>();
    private final Set<String> closedDms = ConcurrentHashMap.newKeySet();
    private volatile DeclaredUser bot;
    private volatile String applicationId;

    Directory(Snowflakes snowflakes, DeclaredUser bot) {
        this.snowflakes = snowflakes;
        setBot(bot);
    }

    void setBot(DeclaredUser newBot) {
        if (bot != null) {
            users.remove(bot.id());
        }
        bot = newBot;
        users.put(newBot.id(), newBot);
        if (applicationId == null || applicationId.equals(newBot.id())) {
            applicationId = newBot.id();
        }
    }

    DeclaredUser bot() {
        return bot;
    }

    void setApplicationId(String id) {
        applicationId = id;
    }

    String applicationId() {
        return applicationId;
    }

    void declareUser(DeclaredUser user) {
        users.merge(user.id(), user, (existing, added) -> existing);
    }

    Optional<DeclaredUser> user(String id) {
        return Optional.ofNullable(users.get(id));
    }

    DeclaredUser requireUser(String id) {
        return user(id).orElseThrow(() -> new IllegalArgumentException("Undeclared user " + id));
    }

    GuildDeclaration declareGuild(String id, String name) {
        GuildDeclaration guild = new GuildDeclaration(id, name, this);
        if (guilds.putIfAbsent(id, guild) != null) {
            throw new IllegalArgumentException("Guild " + id + " is declared twice");
        }
        guildOrder.add(id);
        return guild;
    }

    /** A guild declared earlier, to declare more in it (roles, members) before the client connects. */
    GuildDeclaration declaredGuild(String id) {
        GuildDeclaration guild = guilds.get(id);
        if (guild == null) {
            throw new IllegalArgumentException("Guild " + id + " was never declared");
        }
        return guild;
    }

    List<GuildDeclaration> guilds() {
        List<GuildDeclaration> ordered = new ArrayList<>();
        guildOrder.forEach(id -> ordered.add(guilds.get(id)));
        return ordered;
    }

    void indexChannel(String channelId, String guildId) {
        guildOfChannel.put(channelId, guildId);
    }

    /** The guild owning {@code channelId}; empty for a DM channel. */
    Optional<GuildDeclaration> guildOfChannel(String channelId) {
        return Optional.ofNullable(guildOfChannel.get(channelId)).map(guilds::get);
    }

    boolean isGuildChannel(String channelId) {
        return guildOfChannel.containsKey(channelId);
    }

    /** The DM channel between the bot and {@code userId}; the same id every time, like Discord's. */
    String dmChannelOf(String userId) {
        return dmChannelOfUser.computeIfAbsent(userId, user -> {
            String channelId = snowflakes.next();
            userOfDmChannel.put(channelId, user);
            return channelId;
        });
    }

    Optional<String> recipientOfDmChannel(String channelId) {
        return Optional.ofNullable(userOfDmChannel.get(channelId));
    }

    void closeDmsFor(String userId) {
        closedDms.add(userId);
    }

    boolean dmsClosedFor(String userId) {
        return closedDms.contains(userId);
    }
}
