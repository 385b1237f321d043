package dev.rapport.rules;

import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;

import java.time.Duration;
import java.util.function.ObjIntConsumer;

/**
 * A rule test's scene, written as one fluent sentence over a {@link Chat}, as JDA's builders are:
 * {@code Scene.coaching("ana").around("ana").asks("bob", "general", "ana", "...").stillAround("ana", "studio", "...")
 * .build()}. Each step is what people do (say something, ask someone, come back later); the steps that recur across
 * rule tests (someone around, a question left for a day while they write elsewhere, a run of words with peers) are
 * named here once, so each test shows only what makes it differ.
 */
public final class Scene {
    private final Chat chat;
    private MessageId last;

    private Scene(Chat chat) {
        this.chat = chat;
    }

    /** A scene in which only these people are coached, with default settings. */
    public static Scene coaching(String... users) {
        return new Scene(Chat.coaching(users));
    }

    /** A scene going on from a chat set up otherwise. */
    public static Scene over(Chat chat) {
        return new Scene(chat);
    }

    /** A scene over a chat built with other settings ({@link Chat#builder}). */
    public static Scene of(Chat.Builder chat) {
        return new Scene(chat.build());
    }

    /** {@code user} is around: a word to #general at the start ("morning all"). */
    public Scene around(String user) {
        return says(user, "general", "morning all");
    }

    /** Someone says something to nobody in particular. */
    public Scene says(String author, String channel, String text) {
        last = chat.say(author, channel, text);
        return this;
    }

    /** Someone posts to nobody in particular in a channel known by its name and topic ({@code #beta-signups}). */
    public Scene postsIn(String author, ChannelInfo channel, String text) {
        last = chat.sayIn(author, channel, text);
        return this;
    }

    /** Someone speaks to {@code to} by mention in a channel known by its name and topic. */
    public Scene asksIn(String author, ChannelInfo channel, String to, String text) {
        last = chat.mentionIn(author, channel, to, text);
        return this;
    }

    /** Someone speaks to {@code to} by mention (a question or not). */
    public Scene asks(String author, String channel, String to, String text) {
        last = chat.mention(author, channel, to, text);
        return this;
    }

    /** A direct message to {@code to} in the conversation {@code dm}. */
    public Scene writesDirectly(String author, String dm, String to, String text) {
        last = chat.direct(author, dm, to, text);
        return this;
    }

    /** Someone wearing {@code role} (Customer, Team...) says something to nobody in particular. */
    public Scene wearing(String role, String author, String channel, String text) {
        last = chat.sayWithRoles(author, channel, java.util.Set.of(role), text);
        return this;
    }

    /** Someone wearing {@code role} speaks to {@code to} by mention. */
    public Scene asksWearing(String role, String author, String channel, String to, String text) {
        last = chat.mentionWithRoles(author, channel, java.util.Set.of(role), to, text);
        return this;
    }

    /** Someone says something to nobody in particular in a channel whose name and topic are known. */
    public Scene saysIn(dev.rapport.rules.model.ChannelInfo where, String author, String text) {
        last = chat.sayIn(where, author, text);
        return this;
    }

    /** Someone replies to the scene's last message, by {@code toAuthor}, in a channel whose name and topic are known. */
    public Scene answersIn(dev.rapport.rules.model.ChannelInfo where, String author, String toAuthor, String text) {
        last = chat.replyIn(where, author, last, toAuthor, text);
        return this;
    }

    /** Someone replies to the scene's last message, by {@code toAuthor}. */
    public Scene answers(String author, String channel, String toAuthor, String text) {
        last = chat.reply(author, channel, last, toAuthor, text);
        return this;
    }

    /** The community's owner says something to nobody in particular. */
    public Scene ownerSays(String author, String channel, String text) {
        last = chat.sayAsOwner(author, channel, text);
        return this;
    }

    /** A direct message in the conversation {@code dm}, its other side learnt from who else writes in it. */
    public Scene writesDirectly(String author, String dm, String text) {
        last = chat.direct(author, dm, text);
        return this;
    }

    /** Someone replies to the scene's last message, by {@code toAuthor}, mentioning {@code mentioned}. */
    public Scene followsUp(String author, String channel, String toAuthor, String mentioned, String text) {
        last = chat.replyMentioning(author, channel, last, toAuthor, mentioned, text);
        return this;
    }

    /** Someone replies to the message {@code to}, by {@code toAuthor}. */
    public Scene replies(String author, String channel, MessageId to, String toAuthor, String text) {
        last = chat.reply(author, channel, to, toAuthor, text);
        return this;
    }

    /** Time passes (overdue questions and ended weeks are noticed). */
    public Scene after(Duration d) {
        chat.later(d);
        return this;
    }

    /**
     * {@code user} writes in {@code channel} two hours later (so they are around, not away) and the rest of the day
     * passes: a question put to them just before is overdue by then.
     */
    public Scene stillAround(String user, String channel, String text) {
        last = chat.later(Duration.ofHours(2)).say(user, channel, text);
        // 25 hours after the question in all: past oneway.unanswered's 24-hour deadline.
        chat.later(Duration.ofHours(23));
        return this;
    }

    /** {@code author} says {@code text} {@code times} times in {@code channel}, to each of {@code others} in turn. */
    public Scene talksWith(String author, String channel, int times, String text, String... others) {
        for (int i = 0; i < times; i++) {
            last = chat.mention(author, channel, others[i % others.length], text);
        }
        return this;
    }

    /** The process restarts here: the chat goes on with a new engine that took the snapshots back ({@link Chat#restart}). */
    public Scene restart() {
        chat.restart();
        return this;
    }

    /** The same step {@code times} times, told which time it is (from 0). */
    public Scene times(int times, ObjIntConsumer<Scene> step) {
        for (int i = 0; i < times; i++) {
            step.accept(this, i);
        }
        return this;
    }

    /** The id of the scene's last message, to reply to it or to find it in a finding. */
    public MessageId last() {
        return last;
    }

    /** The chat as the scene left it. */
    public Chat build() {
        return chat;
    }

    /** The chat with every open week closed (the end of a replay), so the weekly rules have run. */
    public Chat finish() {
        return chat.finish();
    }
}
