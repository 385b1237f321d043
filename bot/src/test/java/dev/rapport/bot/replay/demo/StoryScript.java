package dev.rapport.bot.replay.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every held-out scene script is written with: its {@link Story}, and the shorthand its scenes use
 * ({@code say(15, "09:14", general, max, "...")}, {@code re(15, "09:20", ana, question, "...")}), so that each script
 * holds only its people, channels and scenes.
 *
 * <p>A script made with {@link #StoryScript(SceneIds, LocalDate, int)} declares its cast first, as fields
 * ({@code private final Persona max = person("max.k", "Max Kane");}, {@code channel(...)}, {@code dm(...)},
 * {@code role(...)}), then writes its scenes; the story reads the cast when the first post is written, and
 * {@link #export} writes every declared channel. Ids come out in the order the fields ask for them.
 */
abstract class StoryScript {
    final Story story;
    /** Null when the script made its story (and its cast) itself. */
    private final SceneIds ids;
    private final List<Persona> people = new ArrayList<>();
    private final List<Channel> channels = new ArrayList<>();

    StoryScript(Story story) {
        this.story = story;
        this.ids = null;
    }

    /**
     * A script that declares its cast as fields before writing: {@code days} days from {@code firstDay} (its day 1),
     * in UTC, as every held-out round is told.
     */
    StoryScript(SceneIds ids, LocalDate firstDay, int days) {
        this.ids = ids;
        this.story = new Story(firstDay, days, ZoneOffset.UTC, () -> List.copyOf(people));
    }

    /** A guild's id ({@code n} tells the round's guilds apart). */
    String guild(int n) {
        return cast().guild(n);
    }

    /** A guild role. */
    Role role(String name, String color, int position) {
        return cast().role(name, color, position);
    }

    /** Someone in the round; everyone is declared before the first post, so that mentions of them are found. */
    Persona person(String username, String displayName, Role... roles) {
        if (story.begun()) {
            throw new IllegalStateException(displayName + " joins the cast after the story's first post: declare "
                    + "everyone before anyone speaks, so that mentions of them are found");
        }
        Persona person = cast().person(username, displayName, roles);
        people.add(person);
        return person;
    }

    /** A guild text channel, exported to {@code file}. */
    Channel channel(String guild, String guildName, String name, String topic, String file) {
        return declared(cast().channel(guild, guildName, name, topic, file));
    }

    /** A direct conversation with {@code otherSide}, exported to {@code file}. */
    Channel dm(Persona otherSide, String file) {
        return declared(cast().dm(otherSide, file));
    }

    /** A direct conversation opened on {@code createdOn}, named {@code otherSide} as the exporter shows it. */
    Channel dm(String createdOn, String otherSide, String file) {
        return declared(cast().dm(createdOn, otherSide, file));
    }

    /** Every declared channel's export: file name to DiscordChatExporter JSON, exported at {@code exportedAt}. */
    Map<String, String> export(OffsetDateTime exportedAt) {
        return new ExportWriter(exportedAt).files(channels, story.posts());
    }

    private Channel declared(Channel channel) {
        channels.add(channel);
        return channel;
    }

    private SceneIds cast() {
        if (ids == null) {
            throw new IllegalStateException("this script made its own Story; declare its cast with SceneIds, or make "
                    + "the script with StoryScript(SceneIds, LocalDate, int)");
        }
        return ids;
    }

    /** A moment of the story: {@code day} 1 is its first Monday. */
    Story.Moment at(int day, String time) {
        return story.at(day, time);
    }

    /** A message to {@code channel}. */
    Post say(int day, String time, Channel channel, Persona who, String text) {
        return at(day, time).in(channel).say(who, text);
    }

    /** A reply (with Discord's reference) to {@code to}, in its channel. */
    Post re(int day, String time, Persona who, Post to, String text) {
        return at(day, time).in(to.channel()).reply(who, to, text);
    }

    /** Someone joins the server. */
    void joins(int day, String time, Channel channel, Persona who) {
        at(day, time).in(channel).joins(who);
    }
}
