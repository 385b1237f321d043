package dev.rapport.bot.replay.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * What every held-out scene script is written with: its {@link Story}, and the shorthand its scenes use
 * ({@code say(15, "09:14", general, max, "...")}, {@code re(15, "09:20", ana, question, "...")}), so that each script
 * holds only its people, channels and scenes.
 *
 * <p>A script made with {@link #StoryScript(SceneIds, LocalDate, int)} declares its {@link Cast} first, as fields
 * ({@code private final Persona max = cast.person("max.k", "Max Kane");}, {@code cast.channel(...)},
 * {@code cast.dm(...)}, {@code cast.role(...)}), then writes its scenes; the story reads the cast when the first post
 * is written, and {@link #export} writes every declared channel. Ids come out in the order the fields ask for them.
 */
abstract class StoryScript {
    final Story story;
    /** The round's people and channels; null when the script made its story (and its cast) itself. */
    final Cast cast;

    StoryScript(Story story) {
        this.story = story;
        this.cast = null;
    }

    /**
     * A script that declares its {@link #cast} as fields before writing: {@code days} days from {@code firstDay} (its
     * day 1), in UTC, as every held-out round is told.
     */
    StoryScript(SceneIds ids, LocalDate firstDay, int days) {
        this.cast = new Cast(ids);
        this.story = new Story(firstDay, days, ZoneOffset.UTC, cast);
    }

    /** Every declared channel's export: file name to DiscordChatExporter JSON, exported at {@code exportedAt}. */
    Map<String, String> export(OffsetDateTime exportedAt) {
        if (cast == null) {
            throw new IllegalStateException("this script made its own Story and keeps its own channels; export them "
                    + "with ExportWriter");
        }
        return new ExportWriter(exportedAt).files(cast.channels(), story.posts());
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
