package dev.rapport.bot.replay.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The little language the demo is written in: {@code at(day, "09:14").in(general).say(max, "...")}. Days count
 * from 1 (the first Monday); times are local to the exporter's offset. Ids, seconds and mentions are made here so
 * the script reads like the conversation it is. Mentions are found by display name, so a round's cast is known before
 * its first post and no two of its people share a display name.
 */
final class Story {
    private final LocalDate firstDay;
    private final int days;
    private final ZoneOffset offset;
    /** The cast still being declared, read at the first post; null when the story was given its people. */
    private final Cast cast;
    /** The people, longest names first; fixed when the story is made or, with a {@link Cast}, at its first post. */
    private List<Persona> people;
    private final List<Post> posts = new ArrayList<>();

    Story(LocalDate firstDay, int days, ZoneOffset offset, List<Persona> people) {
        this.firstDay = firstDay;
        this.days = days;
        this.offset = offset;
        this.cast = null;
        this.people = longestNamesFirst(people);
    }

    /**
     * A story whose {@code cast} is still being declared (a {@link StoryScript}'s fields, made after the story and
     * before anyone speaks): it is read, and closed, when the first post is written.
     */
    Story(LocalDate firstDay, int days, ZoneOffset offset, Cast cast) {
        this.firstDay = firstDay;
        this.days = days;
        this.offset = offset;
        this.cast = cast;
    }

    private static List<Persona> longestNamesFirst(List<Persona> people) {
        Map<String, Persona> byName = new HashMap<>();
        for (Persona p : people) {
            Persona other = byName.putIfAbsent(p.displayName(), p);
            if (other != null && !other.equals(p)) {
                throw new IllegalArgumentException("two people in one round are called \"" + p.displayName() + "\" ("
                        + other.username() + " and " + p.username() + "): mentions are found by display name, so "
                        + "\"@" + p.displayName() + "\" could be either of them; give one of them another name");
            }
        }
        // Longest names first, so "@Ann Marie" is not read as "@Ann".
        return people.stream().sorted(Comparator.comparingInt((Persona p) -> p.displayName().length()).reversed())
                .toList();
    }

    /** A moment of the story: {@code day} 1 is the first Monday, {@code time} is "HH:mm". */
    Moment at(int day, String time) {
        if (day < 1 || day > days) {
            throw new IllegalArgumentException("day " + day + " is outside 1.." + days);
        }
        return new Moment(firstDay.plusDays(day - 1L).atTime(LocalTime.parse(time)).atOffset(offset));
    }

    /** Every post, in the order the script wrote them. */
    List<Post> posts() {
        return List.copyOf(posts);
    }

    private Post add(Channel channel, OffsetDateTime minute, Persona author, String type, String content, Post replyTo) {
        if (people == null) {
            people = longestNamesFirst(cast.everyone());
        }
        int n = posts.size();
        // Seconds and milliseconds vary the way real timestamps do, deterministically.
        OffsetDateTime time = minute.plusSeconds((n * 23L + 11) % 60).plusNanos(((n * 379L) % 1000) * 1_000_000L);
        if (replyTo != null && !time.isAfter(replyTo.time())) {
            throw new IllegalStateException("a reply at " + time + " comes before what it answers: " + replyTo);
        }
        List<Persona> mentions = new ArrayList<>();
        String rest = content;
        for (Persona p : people) {
            String tag = "@" + p.displayName();
            if (rest.contains(tag)) {
                if (!p.equals(author)) {
                    mentions.add(p);
                }
                rest = rest.replace(tag, " ");
            }
        }
        Post post = new Post(Snowflakes.at(time.toInstant(), n), channel, time, author, type, content, replyTo, mentions);
        posts.add(post);
        return post;
    }

    /** A point in time, waiting for a place. */
    final class Moment {
        private final OffsetDateTime time;

        private Moment(OffsetDateTime time) {
            this.time = time;
        }

        Place in(Channel channel) {
            return new Place(time, channel);
        }
    }

    /** A point in time in one channel: what someone writes there. */
    final class Place {
        private final OffsetDateTime time;
        private final Channel channel;

        private Place(OffsetDateTime time, Channel channel) {
            this.time = time;
            this.channel = channel;
        }

        /** A message to the channel (mentions are found in the text as {@code @Display Name}). */
        Post say(Persona author, String text) {
            return add(channel, time, author, "Default", text, null);
        }

        /** A reply to an earlier message (Discord's "Reply", with a reference). */
        Post reply(Persona author, Post to, String text) {
            if (!to.channel().equals(channel)) {
                throw new IllegalArgumentException("reply across channels: " + to);
            }
            return add(channel, time, author, "Reply", text, to);
        }

        /** Someone joins the server: a system message, no text. */
        Post joins(Persona member) {
            return add(channel, time, member, "GuildMemberJoin", "", null);
        }
    }
}
