package dev.rapport.bot.ops;

import dev.rapport.bot.coach.CoachService;
import dev.rapport.bot.coach.CommunityAdmin;
import dev.rapport.bot.coach.OtherProcesses;
import dev.rapport.bot.storage.changes.Change;
import dev.rapport.bot.storage.changes.ChangeFeed;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.OptIns;
import dev.rapport.rules.model.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Takes up, in this process, what other processes changed in the shared storage: opt-ins, withdrawals and
 * preferences (the engine re-reads who is coached and in which zone), forgetting (the person leaves memory) and
 * community settings. One thread waits on the change feed (woken by PostgreSQL's notifications, or polling SQLite),
 * applies each change in order, waits until the engine has, and then records how far it got; that record is what
 * {@link #letGo} waits for in the process that forgot someone.
 */
public final class ChangePropagation implements OtherProcesses, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChangePropagation.class);
    private static final int BATCH = 500;
    private static final Duration WAKE = Duration.ofSeconds(1);
    private static final Duration HEARTBEAT = Duration.ofSeconds(2);
    /** A process not heard of for this long is taken as gone: nobody waits for it. */
    private static final Duration ALIVE = Duration.ofSeconds(15);
    private static final Duration LET_GO_WAIT = Duration.ofSeconds(5);
    private static final Duration LET_GO_POLL = Duration.ofMillis(50);

    private final ChangeFeed feed;
    private final OptIns optIns;
    private final CoachService coach;
    private final CommunityAdmin admin;
    private final String processId;
    private final Clock clock;
    private final ScheduledExecutorService waiters = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rapport-change-waits");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean running;
    private volatile long applied;
    private Thread thread;

    public ChangePropagation(ChangeFeed feed, OptIns optIns, CoachService coach, CommunityAdmin admin, String processId,
                             Clock clock) {
        this.feed = feed;
        this.optIns = optIns;
        this.coach = coach;
        this.admin = admin;
        this.processId = processId;
        this.clock = clock;
    }

    /** Starts from the feed's present: what came before is in storage, which the coach restores from. */
    public synchronized void start() {
        if (running) {
            return;
        }
        applied = feed.latest();
        feed.applied(processId, applied, clock.instant());
        running = true;
        thread = new Thread(this::loop, "rapport-changes");
        thread.setDaemon(true);
        thread.start();
    }

    /** The last change this process applied. */
    public long applied() {
        return applied;
    }

    private void loop() {
        Instant lastBeat = clock.instant();
        boolean failing = false;
        while (running) {
            try {
                boolean look = feed.await(applied, WAKE);
                if (look) {
                    applyNew();
                }
                Instant now = clock.instant();
                if (look || Duration.between(lastBeat, now).compareTo(HEARTBEAT) >= 0) {
                    feed.applied(processId, applied, now);
                    lastBeat = now;
                }
                if (failing) {
                    log.info("taking up changes from other processes again");
                }
                failing = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be away for a while: said once, with the cause; the next round reads from where
                // this one stopped.
                if (!failing) {
                    log.warn("taking up changes from other processes failed; trying again every second", e);
                } else {
                    log.debug("taking up changes still fails", e);
                }
                failing = true;
                pause();
            }
        }
    }

    private void applyNew() {
        List<Change> batch;
        boolean reread = false;
        do {
            batch = feed.after(applied, BATCH);
            for (Change change : batch) {
                if (change.seq() > applied + 1 && !reread) {
                    // Numbers were skipped: pruned while this process was away for over the feed's hour, anywhere in
                    // the feed when the processes' clocks disagree (each prunes by its own), or a write that rolled
                    // back. Any change may be among them, and none may go unnoticed: read again what they could
                    // have said, where they would have come. Once per look: storage is read as it stands now, which
                    // takes in every change skipped up to here.
                    rereadAfterGap();
                    reread = true;
                }
                apply(change);
                applied = change.seq();
            }
        } while (batch.size() == BATCH && running);
    }

    /**
     * After skipped numbers: everything a skipped change could have said, as if each had come. A forget (whoever has
     * no opt-in left leaves memory, with every forgotten pseudonym); an opt-in, a stop in one of several communities,
     * a new time zone or new preferences (the engine asks storage again about everyone with an opt-in, which also
     * ends its memory that someone who spoke before opting in is not coached); a community's settings. The rare gap
     * pays for a look at every opt-in, never a message.
     */
    private void rereadAfterGap() {
        Set<UserId> enrolled = enrolled();
        letGoOfForgotten(enrolled);
        CompletableFuture.allOf(enrolled.stream().map(coach::enrollmentChanged).toArray(CompletableFuture[]::new))
                .join();
        admin.refresh().join();
    }

    private Set<UserId> enrolled() {
        Set<UserId> enrolled = new HashSet<>();
        for (OptIn o : optIns.all()) {
            enrolled.add(o.user());
        }
        return enrolled;
    }

    private void apply(Change change) {
        switch (change.kind()) {
            case CONSENT, WITHDRAWN -> change.user().ifPresent(this::reread);
            case FORGOTTEN -> letGoOfForgotten();
            case COMMUNITY_SETTINGS -> admin.refresh().join();
        }
    }

    /** Someone was forgotten: whoever in memory has no opt-in any more leaves, and every forgotten pseudonym too. */
    private void letGoOfForgotten() {
        letGoOfForgotten(enrolled());
    }

    private void letGoOfForgotten(Set<UserId> enrolled) {
        int released = coach.releaseUnenrolled(enrolled).join();
        // Also as others' counterpart and in the communities' pictures, which the next save would write back.
        int places = coach.letGoOfForgotten().join();
        if (released > 0 || places > 0) {
            log.info("let go of {} forgotten people, and of forgotten people in {} places of others' state", released,
                    places);
        }
    }

    /** The engine asks storage again whether (and in which zone) the person is coached; forgotten ones leave. */
    private void reread(UserId user) {
        coach.enrollmentChanged(user).join();
    }

    @Override
    public CompletableFuture<Void> letGo(UserId user) {
        long seq = feed.latest();
        CompletableFuture<Void> done = new CompletableFuture<>();
        long deadline = System.nanoTime() + LET_GO_WAIT.toNanos();
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            try {
                List<String> behind = feed.behind(seq, clock.instant().minus(ALIVE), processId);
                if (behind.isEmpty()) {
                    done.complete(null);
                } else if (System.nanoTime() > deadline) {
                    log.warn("processes {} did not confirm within {} s that they let go of a forgotten person; they "
                            + "will when they catch up (storage has forgotten them already)", Set.copyOf(behind),
                            LET_GO_WAIT.toSeconds());
                    done.complete(null);
                } else {
                    waiters.schedule(check[0], LET_GO_POLL.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        };
        waiters.execute(check[0]);
        return done;
    }

    private void pause() {
        try {
            Thread.sleep(WAKE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops taking up changes and leaves the list of processes, so that nobody waits for this one. */
    @Override
    public synchronized void close() {
        if (!running) {
            waiters.shutdownNow();
            return;
        }
        // No interrupt: it could land inside a database call. The loop notices within one wake-up.
        running = false;
        try {
            thread.join(WAKE.toMillis() * 5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        waiters.shutdownNow();
        try {
            feed.leave(processId);
        } catch (RuntimeException e) {
            log.warn("could not leave the list of running processes; others stop waiting for this one in {} s",
                    ALIVE.toSeconds(), e);
        }
    }
}
