package dev.rapport.bot.replay.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * A round's people and channels, declared before anyone speaks: a {@link StoryScript} declares them as fields
 * ({@code private final Persona max = cast.person("max.k", "Max Kane");}), its {@link Story} reads everyone when the
 * first post is written (mentions are found by display name), and the export holds every declared channel. Ids come
 * from the round's {@link SceneIds} in the order the fields ask for them.
 */
final class Cast {
    private final SceneIds ids;
    private final List<Persona> people = new ArrayList<>();
    private final List<Channel> channels = new ArrayList<>();
    /** Set when the story's first post is written; nobody joins the cast after that. */
    private boolean closed;

    Cast(SceneIds ids) {
        this.ids = ids;
    }

    /** A guild's id ({@code n} tells the round's guilds apart). */
    String guild(int n) {
        return ids.guild(n);
    }

    /** A guild role. */
    Role role(String name, String color, int position) {
        return ids.role(name, color, position);
    }

    /** Someone in the round. */
    Persona person(String username, String displayName, Role... roles) {
        if (closed) {
            throw new IllegalStateException(displayName + " joins the cast after the story's first post: declare "
                    + "everyone before anyone speaks, so that mentions of them are found");
        }
        Persona person = ids.person(username, displayName, roles);
        people.add(person);
        return person;
    }

    /** A guild text channel, exported to {@code file}. */
    Channel channel(String guild, String guildName, String name, String topic, String file) {
        return declared(ids.channel(guild, guildName, name, topic, file));
    }

    /** A direct conversation with {@code otherSide}, exported to {@code file}. */
    Channel dm(Persona otherSide, String file) {
        return declared(ids.dm(otherSide, file));
    }

    /** A direct conversation opened on {@code createdOn}, named {@code otherSide} as the exporter shows it. */
    Channel dm(String createdOn, String otherSide, String file) {
        return declared(ids.dm(createdOn, otherSide, file));
    }

    /** Every declared channel, in the order declared. */
    List<Channel> channels() {
        return List.copyOf(channels);
    }

    /** Everyone declared; from now on the cast is closed (the story calls this at its first post). */
    List<Persona> everyone() {
        closed = true;
        return List.copyOf(people);
    }

    private Channel declared(Channel channel) {
        channels.add(channel);
        return channel;
    }
}
