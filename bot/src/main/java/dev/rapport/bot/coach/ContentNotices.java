package dev.rapport.bot.coach;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rapport.rules.engine.Enrollment;
import dev.rapport.rules.model.UserId;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * People whose messages arrive without their text (on Discord: the bot runs without the privileged Message Content
 * intent), so the rules that read what they write cannot run. Each coached person is told once, privately, on their
 * next coach command. Bounded: who was checked or told is kept in size-limited caches.
 */
public final class ContentNotices {
    private static final int KEPT = 100_000;

    private final Enrollment enrollment;
    /** Checked recently, coached or not: a flood of empty messages asks storage about each author once in a while. */
    private final Cache<UserId, Boolean> checked = Caffeine.newBuilder().maximumSize(KEPT)
            .expireAfterWrite(Duration.ofMinutes(10)).build();
    private final Cache<UserId, Boolean> told = Caffeine.newBuilder().maximumSize(KEPT).build();
    private final Set<UserId> pending = ConcurrentHashMap.newKeySet();
    /** The whole bot runs without message text (on Discord: without the Message Content intent). */
    private volatile boolean unavailableEverywhere;

    public ContentNotices(Enrollment enrollment) {
        this.enrollment = enrollment;
    }

    /** A message by {@code user} arrived without its text. */
    public void unreadable(UserId user) {
        if (told.getIfPresent(user) != null || pending.contains(user)) return;
        if (checked.asMap().putIfAbsent(user, Boolean.TRUE) != null) return;
        if (enrollment.zoneOf(user).isPresent()) pending.add(user);
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

    /** True once for a coached person whose messages came without text: tell them now. */
    public boolean take(UserId user) {
        boolean due = pending.remove(user)
                || unavailableEverywhere && told.getIfPresent(user) == null && enrollment.zoneOf(user).isPresent();
        if (!due) return false;
        told.put(user, Boolean.TRUE);
        return true;
    }
}
