package dev.rapport.bot.replay.demo;

/**
 * What every held-out scene script is written with: its {@link Story}, and the shorthand its scenes use
 * ({@code say(15, "09:14", general, max, "...")}, {@code re(15, "09:20", ana, question, "...")}), so that each script
 * holds only its people, channels and scenes.
 */
abstract class StoryScript {
    final Story story;

    StoryScript(Story story) {
        this.story = story;
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
