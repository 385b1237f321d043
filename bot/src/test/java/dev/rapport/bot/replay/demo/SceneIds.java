package dev.rapport.bot.replay.demo;

/**
 * Ids for a scene script's guilds, channels and people, as Discord makes them (snowflakes of a creation day). Each
 * script starts its own sequence far from the others', so no two scenes share an id; the ids come out in the order
 * the script asks for them, which keeps its committed exports the same from run to run.
 */
final class SceneIds {
    private int sequence;

    SceneIds(int firstSequence) {
        this.sequence = firstSequence;
    }

    String guild(int n) {
        return Snowflakes.createdOn("2023-05-01", n);
    }

    String id(String day) {
        return Snowflakes.createdOn(day, sequence++);
    }

    Channel channel(String guild, String guildName, String name, String topic, String file) {
        return new Channel(guild, guildName, id("2023-05-03"), "GuildTextChat", null, guildName, name, topic, file);
    }

    /**
     * A direct conversation with {@code otherSide}, as DiscordChatExporter files it: under guild {@code "0"}, named for
     * the other person, opened the day the channels were made.
     */
    Channel dm(Persona otherSide, String file) {
        return dm("2023-05-03", otherSide.displayName(), file);
    }

    /** A direct conversation opened on {@code createdOn}, named {@code otherSide} as the exporter shows it. */
    Channel dm(String createdOn, String otherSide, String file) {
        return new Channel(Channel.DIRECT_MESSAGES_GUILD, "Direct Messages", id(createdOn), "DirectTextChat", null,
                "Private", otherSide, null, file);
    }

    /** A guild role, made the day before the channels. */
    Role role(String name, String color, int position) {
        return new Role(id("2023-05-02"), name, color, position);
    }

    Persona person(String username, String name, Role... roles) {
        return Persona.person("2023-06-01", sequence++, username, name, roles);
    }
}
