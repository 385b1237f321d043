package dev.rapport.bot.run;

import dev.rapport.bot.coach.CoachService;
import dev.rapport.bot.coach.Routine;
import dev.rapport.bot.coach.RoutineScheduler;
import dev.rapport.bot.discord.DiscordToken;
import dev.rapport.bot.ops.ChangePropagation;
import dev.rapport.bot.ops.Management;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/** The running bot: the coach, its Discord connection and its routines, started and stopped in the right order. */
public final class CoachBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CoachBot.class);

    private final CoachService coach;
    private final PlatformConnection discord;
    private final RoutineScheduler scheduler;
    private final List<Routine> routines;
    private final Management management;
    private final ChangePropagation changes;

    private final List<AutoCloseable> afterDiscord;

    public CoachBot(CoachService coach, PlatformConnection discord, RoutineScheduler scheduler, List<Routine> routines,
                    Management management, ChangePropagation changes) {
        this(coach, discord, scheduler, routines, management, changes, List.of());
    }

    /** @param afterDiscord closed once Discord is disconnected and before the coach stops (e.g. command workers) */
    public CoachBot(CoachService coach, PlatformConnection discord, RoutineScheduler scheduler, List<Routine> routines,
                    Management management, ChangePropagation changes, List<AutoCloseable> afterDiscord) {
        this.afterDiscord = List.copyOf(afterDiscord);
        this.management = management;
        this.changes = changes;
        this.coach = coach;
        this.discord = discord;
        this.scheduler = scheduler;
        this.routines = List.copyOf(routines);
    }

    /** Restores saved state, connects (bounded wait), then starts the routines. */
    public void start(DiscordToken token) throws InterruptedException {
        // First, so that health answers (and readiness says why not yet) while the state loads and the shards log in.
        management.start();
        // Before restoring: a change another process makes meanwhile is taken up, not missed.
        changes.start();
        int restored = coach.restore();
        log.info("restored the coaching state of {} people", restored);
        discord.start(token);
        scheduler.start(routines);
    }

    /** The management endpoint (health, readiness, metrics). */
    public Management management() {
        return management;
    }

    public CoachService coach() {
        return coach;
    }

    /** The Discord connection: whether it reads message text, whether the slash commands are registered. */
    public PlatformConnection discord() {
        return discord;
    }

    /** One of the bot's routines by name (they run on their own schedule; tests run one at a moment they choose). */
    public java.util.Optional<Routine> routine(String name) {
        return routines.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /**
     * Stops the routines, stops taking events, then saves what changed, and last stops the management endpoint;
     * storage is closed by its owner.
     */
    @Override
    public void close() {
        try {
            changes.close();
            scheduler.close();
            discord.close();
            for (AutoCloseable c : afterDiscord) {
                try {
                    c.close();
                } catch (Exception e) {
                    log.warn("stopping {} failed", c.getClass().getSimpleName(), e);
                }
            }
            coach.close();
        } finally {
            management.close();
        }
    }
}
