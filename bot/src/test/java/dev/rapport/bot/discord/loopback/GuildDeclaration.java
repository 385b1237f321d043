package dev.rapport.bot.discord.loopback;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Fluent declaration of one guild: {@code guild("1", "Makers").channel("10", "general").role("5", "mentor")
 * .member("7", "ana", "5")}. The bot is always sent as a member; the {@code @everyone} role (id = guild id) always exists
 * and lets members read and write, so JDA's local permission checks pass.
 */
public final class GuildDeclaration {

    /** VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS, ATTACH_FILES, READ_MESSAGE_HISTORY, ADD_REACTIONS,
     *  USE_EXTERNAL_EMOJIS, USE_APPLICATION_COMMANDS, SEND_MESSAGES_IN_THREADS: what {@code @everyone} gets. */
    static final long EVERYONE_PERMISSIONS =
            (1L << 10) | (1L << 11) | (1L << 14) | (1L << 15) | (1L << 16) | (1L << 6) | (1L << 18) | (1L << 31)
                    | (1L << 38);

    private final String id;
    private final String name;
    private final Directory directory;
    private final List<DeclaredRole> roles = new CopyOnWriteArrayList<>();
    private final List<DeclaredChannel> channels = new CopyOnWriteArrayList<>();
    private final List<DeclaredMember> members = new CopyOnWriteArrayList<>();
    private volatile String ownerId;

    GuildDeclaration(String id, String name, Directory directory) {
        this.id = id;
        this.name = name;
        this.directory = directory;
        roles.add(new DeclaredRole(id, "@everyone", EVERYONE_PERMISSIONS, 0));
    }

    public GuildDeclaration channel(String channelId, String channelName) {
        channels.add(new DeclaredChannel(channelId, channelName, id));
        directory.indexChannel(channelId, id);
        return this;
    }

    public GuildDeclaration role(String roleId, String roleName) {
        return role(roleId, roleName, 0L);
    }

    public GuildDeclaration role(String roleId, String roleName, long permissions) {
        roles.add(new DeclaredRole(roleId, roleName, permissions, roles.size()));
        return this;
    }

    /** Declares (or reuses) user {@code userId} and makes them a member with the given role ids. */
    public GuildDeclaration member(String userId, String username, String... roleIds) {
        directory.declareUser(new DeclaredUser(userId, username, false));
        members.removeIf(member -> member.userId().equals(userId));
        members.add(new DeclaredMember(userId, Arrays.asList(roleIds)));
        if (ownerId == null) {
            ownerId = userId;
        }
        return this;
    }

    public GuildDeclaration owner(String userId) {
        this.ownerId = userId;
        return this;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    List<DeclaredRole> roles() {
        return List.copyOf(roles);
    }

    List<DeclaredChannel> channels() {
        return List.copyOf(channels);
    }

    List<DeclaredMember> members() {
        return List.copyOf(members);
    }

    boolean hasMember(String userId) {
        return members.stream().anyMatch(member -> member.userId().equals(userId));
    }

    DeclaredMember member(String userId) {
        return members.stream().filter(member -> member.userId().equals(userId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("User " + userId + " is not a member of guild " + id));
    }

    String ownerId() {
        return ownerId;
    }
}
