package dev.rapport.bot.replay.demo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One message of the demo, as the script wrote it. Reactions are added after the fact with {@link #react}, the way
 * they accumulate on a real message; everything else is fixed when the message is written.
 */
final class Post {
    private final String id;
    private final Channel channel;
    private final OffsetDateTime time;
    private final Persona author;
    private final String type;
    private final String content;
    private final Post replyTo;
    private final List<Persona> mentions;
    private final Map<String, List<Persona>> reactions = new LinkedHashMap<>();

    Post(String id, Channel channel, OffsetDateTime time, Persona author, String type, String content, Post replyTo,
         List<Persona> mentions) {
        this.id = id;
        this.channel = channel;
        this.time = time;
        this.author = author;
        this.type = type;
        this.content = content;
        this.replyTo = replyTo;
        this.mentions = List.copyOf(mentions);
    }

    /** People who reacted with {@code emoji} (added to anyone who reacted with it before). */
    Post react(String emoji, Persona... by) {
        List<Persona> users = reactions.computeIfAbsent(emoji, k -> new ArrayList<>());
        for (Persona p : by) {
            if (p.equals(author)) {
                throw new IllegalArgumentException(p + " reacting to their own message " + id);
            }
            if (users.contains(p)) {
                throw new IllegalArgumentException(p + " reacted twice with " + emoji + " to " + id);
            }
            users.add(p);
        }
        return this;
    }

    String id() {
        return id;
    }

    Channel channel() {
        return channel;
    }

    OffsetDateTime time() {
        return time;
    }

    Persona author() {
        return author;
    }

    String type() {
        return type;
    }

    String content() {
        return content;
    }

    Optional<Post> replyTo() {
        return Optional.ofNullable(replyTo);
    }

    List<Persona> mentions() {
        return mentions;
    }

    /** Emoji to the people who reacted with it, in the order they were added. */
    Map<String, List<Persona>> reactions() {
        Map<String, List<Persona>> copy = new LinkedHashMap<>();
        reactions.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    @Override
    public String toString() {
        return id + " " + time + " #" + channel.name() + " " + author.displayName() + ": " + content;
    }
}
