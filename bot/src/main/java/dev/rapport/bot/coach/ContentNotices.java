package dev.rapport.bot.coach;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rapport.rules.engine.Enrollment;
import dev.rapport.rules.model.UserId;

import java.time.Duration;

/**
 * People whose messages arrive without their text (on Discord: the bot runs without the privileged Message Content
 * intent), so the rules that read what they write cannot run. Each coached person is told once, privately, on their
 * next coach command. Bounded: who was checked or told is kept in size-limited caches.
 */
public final class ContentNotices {
    private static final int KEPT = 100_000;

    private final Enrollment enrollment;
    /** Authors whose messages came without text lately; who is coached is asked only when one runs a command. */
    private final Cache<UserId, Boolean> withoutText = Caffeine.newBuilder().maximumSize(KEPT)
            .expireAfterWrite(Duration.ofDays(7)).build();
    private final Cache<UserId, Boolean> told = Caffeine.newBuilder().maximumSize(KEPT).build();
    /** The whole bot runs without message text (on Discord: without the Message Content intent). */
    private volatile boolean unavailableEverywhere;

    public ContentNotices(Enrollment enrollment) {
        this.enrollment = enrollment;
    }

    /**
     * A message by {@code user} arrived without its text. Memory only: this runs on the gateway's event thread, so it
     * never asks storage anything.
     */
    public void unreadable(UserId user) {
        if (told.getIfPresent(user) == null) {
            withoutText.put(user, Boolean.TRUE);
        }
    }

    /**
     * Whether the bot as a whole runs without message text. Then every coached person is told once, on their next
     * coach command, even before a message of theirs arrives.
     */
    public void contentUnavailableEverywhere(boolean unavailable) {
        this.unavailableEverywhere = unavailable;
    }

    public boolean contentUnavailableEverywhere() {
        return unavailableEverywhere;
    }

    /** True once for a coached person whose messages came without text: tell them now. Asks storage: not on the gateway. */
    public boolean take(UserId user) {
        if (told.getIfPresent(user) != null) {
            return false;
        }
        boolean due = withoutText.getIfPresent(user) != null || unavailableEverywhere;
        if (!due || enrollment.zoneOf(user).isEmpty()) {
            return false;
        }
        withoutText.invalidate(user);
        return told.asMap().putIfAbsent(user, Boolean.TRUE) == null;
    }
}
