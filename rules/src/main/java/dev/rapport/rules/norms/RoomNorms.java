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

    private long period(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), periodSeconds);
    }
}
