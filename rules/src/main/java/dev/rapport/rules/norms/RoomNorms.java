package dev.rapport.rules.norms;

import dev.rapport.rules.model.ChannelId;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What each channel's own regulars do there, read from their messages rather than from the channel's name: where
 * most of them post to the room (a log, a journal, a wins channel) or show their own work with its link (a feedback
 * or showcase channel), whatever the channel is called, doing the same follows the room's convention. A fair coach
 * reads the room; a list of channel names never ends.
 *
 * <p>Strict on purpose: the norm needs several other regulars (people who wrote there at least twice lately), and
 * most of the channel's regulars, to post that way, so one or two people dumping links make no licence; the person
 * judged is never counted in their own channel's norm. Only counts per poster (pseudonym numbers) per channel, no
 * text; at most {@link ChannelHabits#MAX_POSTERS} posters per channel and {@link #MAX_CHANNELS} channels (the least
 * recently used goes), so memory is bounded however large the community. Time is the messages' own, so a replay
 * always reads the same. Kept across restarts in the community's snapshot ({@link #habits}, {@link #restore}). Not
 * thread-safe: the engine's, like its other state.
 */
public final class RoomNorms {
    /** Channels followed at most; the least recently used one is forgotten first. */
    static final int MAX_CHANNELS = 20_000;
    /** How long a channel is watched before a week's look back ({@link #lookingBack}) reads its habit: three days. */
    static final long LOOKING_BACK_SECONDS = 3 * 24 * 3_600;

    private final RoomNormSettings settings;
    private final long periodSeconds;
    private final Map<ChannelId, ChannelHabits> channels = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ChannelId, ChannelHabits> eldest) {
            if (size() > MAX_CHANNELS) {
                byChannel.remove(eldest.getKey());
                return true;
            }
            return false;
        }
    };
    /**
     * The same channels, for reading them out to keep them ({@link #habits}) without making them the most recently
     * used: saving must not change which channel is forgotten first.
     */
    private final Map<ChannelId, ChannelHabits> byChannel = new java.util.HashMap<>();

    public RoomNorms(RoomNormSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        // Habits are counted in two halves of the memory: the current half and the one before.
        this.periodSeconds = Math.max(1, settings.memory().getSeconds() / 2);
    }

    /** Whether norms are read at all. */
    public boolean enabled() {
        return settings.enabled();
    }

    /** Counts a message by {@code poster} (a pseudonym number) in {@code channel} at {@code at}. */
    public void observe(ChannelId channel, long poster, Instant at, RoomPost post) {
        if (!settings.enabled() || !post.counted()) {
            return;
        }
        channels.computeIfAbsent(channel, this::track).count(poster, period(at), at.getEpochSecond(), post);
    }

    private ChannelHabits track(ChannelId channel) {
        ChannelHabits h = new ChannelHabits();
        byChannel.put(channel, h);
        return h;
    }

    /** What is counted in {@code channel}, as plain values to keep across a restart; null when nothing is. */
    public RoomHabits habits(ChannelId channel) {
        ChannelHabits h = byChannel.get(channel);
        return h == null ? null : h.habits();
    }

    /** Takes back what {@link #habits} gave for {@code channel} (after a restart, before events flow). */
    public void restore(ChannelId channel, RoomHabits habits) {
        ChannelHabits h = ChannelHabits.of(habits);
        channels.put(channel, h);
        byChannel.put(channel, h);
    }

    /** The length of the periods counts are numbered in (half the memory): kept with them, to read them again. */
    public long periodSeconds() {
        return periodSeconds;
    }

    /**
     * Takes back what {@link #habits} gave for {@code channel}, counted in periods of {@code keptPeriodSeconds} (0:
     * not known, taken as this setting's). When the memory setting changed in between, a period number means another
     * time: each poster's counts are put in the period of this setting in which they could last have been made (the
     * end of their period, or the channel's last post if sooner), and those of the period before in the period where
     * that one ended; what then falls out of the two periods read is let go, as it would fade anyway. A room's norm
     * stays as current as it was, and is forgotten on the new memory's time, not on a number read on a wrong scale
     * (which put every count years away and forgot every norm).
     */
    public void restore(ChannelId channel, RoomHabits habits, long keptPeriodSeconds) {
        if (keptPeriodSeconds <= 0 || keptPeriodSeconds == periodSeconds) {
            restore(channel, habits);
            return;
        }
        java.util.List<RoomHabits.Poster> posters = new java.util.ArrayList<>(habits.posters().size());
        for (RoomHabits.Poster p : habits.posters()) {
            long lastPossible = Math.min((p.period() + 1) * keptPeriodSeconds - 1, habits.lastAt());
            long now = Math.floorDiv(lastPossible, periodSeconds);
            long before = Math.floorDiv(p.period() * keptPeriodSeconds - 1, periodSeconds);
            if (before == now) {
                posters.add(new RoomHabits.Poster(p.who(), now, p.tells() + p.tellsBefore(), p.asks() + p.asksBefore(),
                        p.shows() + p.showsBefore(), 0, 0, 0));
            } else if (before == now - 1) {
                posters.add(new RoomHabits.Poster(p.who(), now, p.tells(), p.asks(), p.shows(), p.tellsBefore(),
                        p.asksBefore(), p.showsBefore()));
            } else {
                posters.add(new RoomHabits.Poster(p.who(), now, p.tells(), p.asks(), p.shows(), 0, 0, 0));
            }
        }
        // Who talks to whom is let go on a new scale: the room reads nothing of it until watched again.
        restore(channel, new RoomHabits(habits.since(), habits.lastPoster(), habits.lastAt(), posters));
    }

    /** Lets go of {@code poster}'s counts in every channel (someone forgotten). */
    public void forget(long poster) {
        for (ChannelHabits h : byChannel.values()) {
            h.forget(poster);
        }
    }

    /** What the other regulars of {@code channel} mostly do there, for {@code poster} writing at {@code at}. */
    public Norm of(ChannelId channel, long poster, Instant at) {
        if (!settings.enabled()) {
            return Norm.NONE;
        }
        ChannelHabits habits = channels.get(channel);
        return habits == null ? Norm.NONE
                : habits.normFor(poster, period(at), at.getEpochSecond(), settings.minRegulars(), settings.minShare());
    }

    /**
     * What the other regulars of {@code channel} did there, read back at the end of a week ({@code end}) for
     * {@code poster}'s posts of that week: whether most of them posted to the room. A message is read as it comes, so
     * its reading knows only the people who posted before it; someone who posts first and most in a new log or spots
     * channel gets no licence from the others who post the same way later that week. Looking back, the whole week is
     * in: the room needs three days of watching rather than a week, since what everyone did that week is seen, not
     * guessed from its first days. As many other regulars as ever (two people's announcements in a chat room, an ad
     * and an away notice, make no log of it); never the person's own posts; and two others asking the room things
     * still make it a place to talk.
     */
    public Norm lookingBack(ChannelId channel, long poster, Instant end) {
        if (!settings.enabled()) {
            return Norm.NONE;
        }
        ChannelHabits habits = channels.get(channel);
        return habits == null ? Norm.NONE
                : habits.normFor(poster, period(end), end.getEpochSecond(), settings.minRegulars(), settings.minShare(),
                LOOKING_BACK_SECONDS);
    }

    /**
     * Whether, looking back at the end of a week ({@code end}), {@code channel} is a room of posts for {@code poster}:
     * at least one of the others started something there by posting to the room, however few they are, and their talk
     * among themselves was at most half their posts (a room of scores, tasting notes, pours, a scene written in
     * character; {@link RoomLines}). A room nobody else posts to is not one: that is where a broadcaster posts. Alone
     * it licenses nothing: the engine also asks whether the person talks with people that week.
     */
    public boolean othersPostToRoomLookingBack(ChannelId channel, long poster, Instant end) {
        if (!settings.enabled()) {
            return false;
        }
        ChannelHabits habits = channels.get(channel);
        return habits != null && habits.othersPostToRoom(poster, period(end), end.getEpochSecond(), LOOKING_BACK_SECONDS);
    }

    private long period(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), periodSeconds);
    }
}
