package dev.rapport.bot.coach;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs routines at their intervals on a few background threads (a slow send must not hold up saving state); a
 * failing run is logged and the schedule goes on.
 */
public final class RoutineScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RoutineScheduler.class);

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(3, r -> {
        Thread t = new Thread(r, "rapport-routines");
        t.setDaemon(true);
        return t;
    });

    public void start(List<Routine> routines) {
        for (Routine routine : routines) {
            long millis = Math.max(1, routine.interval().toMillis());
            scheduler.scheduleWithFixedDelay(() -> runOnce(routine), millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    private static void runOnce(Routine routine) {
        try {
            routine.run();
        } catch (RuntimeException e) {
            log.warn("routine '{}' failed", routine.name(), e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
