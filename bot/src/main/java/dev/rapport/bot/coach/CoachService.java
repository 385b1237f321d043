package dev.rapport.bot.coach;

import dev.rapport.bot.storage.privacy.ForgetReport;
import dev.rapport.bot.storage.privacy.ForgottenPeople;
import dev.rapport.bot.storage.privacy.PersonalData;
import dev.rapport.bot.storage.state.EngineStateStore;
import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.engine.Enrollment;
import dev.rapport.rules.engine.PersonInCommunity;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyReport;
import dev.rapport.rules.stats.WeeklyStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The live coach, platform-neutral: one {@link CoachEngine} fed by one thread. Adapters hand it chat events from
 * any thread; everything that touches the engine (events, reports, opt-in changes, saving) runs on that thread in
 * submission order, so the engine needs no locks. The periodic save only takes its snapshots there and leaves the
 * writing to a writer thread; a forget, a zone change and every save asked for wait for that write first, so a forget
 * can never race a save and an older state never lands after a newer one.
 *
 * <p>The engine's queue is bounded for chat events: when {@code queueCapacity} tasks wait, each new event sheds the
 * oldest waiting chat event (counted, see {@link #shedEvents()}), so a burst the engine cannot keep up with costs the
 * oldest messages, never memory without end and never a blocked gateway thread. Commands (reports, opt-ins, forget,
 * saving) are never shed.
 */
public final class CoachService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CoachService.class);
    private static final int RESTORE_PAGE = 500;

    private final Enrollment enrollment;
    private final EngineStateStore states;
    private final PersonalData personalData;
    private final TipRouting routing;
    private final CoachTelemetry telemetry;
    /**
     * The communities whose state this process keeps: those of its own shards. It takes back and writes only theirs,
     * so several processes never write the same part of a person's state.
     */
    private final Predicate<CommunityId> ownsCommunity;
    private final ThreadPoolExecutor engineThread;
    private final java.util.concurrent.BlockingDeque<Runnable> queue = new LinkedBlockingDeque<>();
    private final int queueCapacity;
    private final java.util.concurrent.atomic.AtomicLong shed = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean accepting = true;

    /** A chat event waiting for the engine: the only kind of task that may be shed. */
    private static final class EventTask implements Runnable {
        private final Runnable work;

        EventTask(Runnable work) {
            this.work = work;
        }

        @Override
        public void run() {
            work.run();
        }
    }
    // Touched on the engine thread only.
    private final CoachEngine engine;
    private CoachSettings settings;
    /** Drained from the engine but not yet written: a failed save leaves its keys here for the next one. */
    private final Set<PersonInCommunity> unsaved = new java.util.HashSet<>();
    /** Communities drained from the engine but not yet written, likewise. */
    private final Set<CommunityId> unsavedCommunities = new java.util.HashSet<>();
    /** The periodic write in progress, or the last one (engine thread only). */
    private CompletableFuture<Integer> writing = CompletableFuture.completedFuture(0);
    /** Writes that failed, put back by the next save (written by the writer, read by the engine thread). */
    private final java.util.Queue<Batch> failedWrites = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Writes the periodic saves, off the engine thread. */
    private final java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rapport-state-writer");
        t.setDaemon(true);
        return t;
    });
    // Touched by the saver routine only (one routine never runs twice at once).
    private volatile boolean saveFailing;

    public CoachService(CoachEngine engine, CoachSettings settings, Enrollment enrollment, EngineStateStore states,
                        PersonalData personalData, TipRouting routing, CoachTelemetry telemetry,
                        Predicate<CommunityId> ownsCommunity) {
        this(engine, settings, enrollment, states, personalData, routing, telemetry, ownsCommunity, 100_000);
    }

    /** @param queueCapacity tasks waiting for the engine beyond which new chat events shed the oldest waiting ones */
    public CoachService(CoachEngine engine, CoachSettings settings, Enrollment enrollment, EngineStateStore states,
                        PersonalData personalData, TipRouting routing, CoachTelemetry telemetry,
                        Predicate<CommunityId> ownsCommunity, int queueCapacity) {
        this.queueCapacity = queueCapacity;
        this.ownsCommunity = ownsCommunity;
        this.settings = settings;
        this.engine = engine;
        this.enrollment = enrollment;
        this.states = states;
        this.personalData = personalData;
        this.routing = routing;
        this.telemetry = telemetry;
        // One thread; its queue is kept in sight so the operator can see the engine falling behind, and bounded for
        // chat events (see accept).
        this.engineThread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, queue, r -> {
            Thread t = new Thread(r, "rapport-engine");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Takes back the saved state of everyone still opted in, in the communities this process owns (several processes:
     * those of its shards, so it never ages and re-saves state another process keeps fresh); call before events flow.
     * Returns how many (person, community) states it took back.
     */
    public int restore() {
        return join(onEngine(() -> {
            int[] n = {0};
            // The communities first: their people are known by pseudonym until the people's own states name them.
            for (CommunitySnapshot c : states.communities()) {
                if (ownsCommunity.test(c.community())) {
                    engine.restoreCommunity(c);
                }
            }
            // Page by page: a large installation never holds every stored document at once.
            states.inPages(RESTORE_PAGE, page -> {
                for (UserSnapshot s : page) {
                    if (!ownsCommunity.test(s.key().community()) || !enrollment.coachedIn(s.user(), s.key().community())) {
                        continue;
                    }
                    engine.restore(s);
                    n[0]++;
                }
            });
            return n[0];
        }));
    }

    /**
     * Folds one event in, in arrival order; its findings go to the tip routing. Never blocks: when the engine's
     * queue is full the oldest waiting chat event is shed to make room.
     */
    public void accept(ChatEvent event) {
        accept(() -> event);
    }

    /**
     * As {@link #accept(ChatEvent)}, but the event is finished on the engine thread: an adapter reads what it must
     * from the platform's message on its own thread and leaves the rest of the work (finding links in the text) to
     * the engine, so a gateway thread does as little as it can per message.
     */
    public void accept(Supplier<? extends ChatEvent> pending) {
        if (!accepting) {
            return;
        }
        if (queue.size() >= queueCapacity) {
            shedOldestEvent();
        }
        try {
            engineThread.execute(new EventTask(() -> {
                try {
                    ChatEvent event = pending.get();
                    List<Finding> findings = engine.accept(event);
                    if (event instanceof ChatMessage m && engine.coaches(m.author())) {
                        telemetry.eventAnalysed();
                    }
                    routing.route(findings);
                } catch (RuntimeException e) {
                    log.warn("an event could not be analysed", e);
                }
            }));
            telemetry.eventSeen();
        } catch (RejectedExecutionException e) {
            log.debug("event arrived while stopping; ignored");
        }
    }

    private void shedOldestEvent() {
        for (Runnable waiting : queue) {
            if (waiting instanceof EventTask && queue.remove(waiting)) {
                long n = shed.incrementAndGet();
                // Once at the first and then every 10,000: enough to see it in the log without flooding it.
                if (n == 1 || n % 10_000 == 0) {
                    log.warn("the coaching engine cannot keep up: {} chat events shed so far (oldest first); "
                            + "rapport.coaching.engine-queue = {}", n, queueCapacity);
                }
                return;
            }
        }
    }

    /** How many chat events were shed because the engine's queue was full. */
    public long shedEvents() {
        return shed.get();
    }

    /** Tasks waiting for the engine thread (events, reports, saves): a growing number means it cannot keep up. */
    public int queueDepth() {
        return engineThread.getQueue().size();
    }

    /** Lets the engine's clock move: overdue answers and week ends. */
    public CompletableFuture<Void> tick() {
        return onEngine(() -> {
            routing.route(engine.tick());
            return null;
        });
    }

    /** Every finding the engine keeps about the person (their tips' wording included), oldest first. */
    public CompletableFuture<List<Finding>> findingsOf(UserId user) {
        return onEngine(() -> engine.findingsOf(user));
    }

    /** The person's report for {@code week}; empty when nothing is known about that week. */
    public CompletableFuture<Optional<WeeklyReport>> report(UserId user, IsoWeek week) {
        return onEngine(() -> engine.report(user, week));
    }

    /** The person's numbers for the weeks from {@code from} to {@code to} that the engine still keeps. */
    public CompletableFuture<Map<IsoWeek, WeeklyStats>> weeks(UserId user, IsoWeek from, IsoWeek to) {
        return onEngine(() -> {
            Map<IsoWeek, WeeklyStats> weeks = new HashMap<>();
            for (IsoWeek w : engine.weeksOf(user)) {
                if (w.compareTo(from) >= 0 && w.compareTo(to) <= 0) {
                    engine.report(user, w).ifPresent(r -> weeks.put(w, r.stats()));
                }
            }
            return weeks;
        });
    }

    /** After an opt-in or opt-out: the engine starts or stops coaching the person. */
    public CompletableFuture<Void> enrollmentChanged(UserId user) {
        return onEngine(() -> {
            engine.enrollmentChanged(user);
            return null;
        });
    }

    /**
     * The person's time zone changed: weeks from now on run in the new zone (the engine re-reads it from the
     * enrollment), and their state is saved at once so that a restart keeps it.
     */
    public CompletableFuture<Void> zoneChanged(UserId user) {
        return onEngine(() -> {
            engine.enrollmentChanged(user);
            List<UserSnapshot> own = engine.snapshots(user).stream().filter(s -> ownsCommunity.test(s.key().community()))
                    .toList();
            // After the periodic write in progress, which may hold the state in the old zone.
            awaitWriting();
            states.saveAll(own);
            return null;
        });
    }

    /** The settings events are analysed with now (in order with every other engine task). */
    public CompletableFuture<CoachSettings> settings() {
        return onEngine(() -> settings);
    }

    /**
     * Later events are analysed with {@code newSettings} (a community's admins changed something). Everything already
     * counted stays; completes with false when nothing changed.
     */
    public CompletableFuture<Boolean> applySettings(CoachSettings newSettings) {
        return onEngine(() -> {
            if (newSettings.equals(settings)) {
                return false;
            }
            engine.updateSettings(newSettings);
            settings = newSettings;
            log.info("coaching settings changed");
            return true;
        });
    }

    /**
     * Someone was forgotten through another process: everyone in memory who is no longer among {@code enrolled}
     * leaves it (the engine asks the enrollment again for each of them). Returns how many left.
     */
    public CompletableFuture<Integer> releaseUnenrolled(Set<UserId> enrolled) {
        return onEngine(() -> {
            int released = 0;
            for (UserId user : engine.coachedUsers()) {
                if (enrolled.contains(user)) {
                    continue;
                }
                engine.enrollmentChanged(user);
                if (!engine.coaches(user)) {
                    released++;
                }
            }
            return released;
        });
    }

    /** Deletes everything about the person, in storage and in memory, in order with every other engine task. */
    public CompletableFuture<ForgetReport> forget(UserId user) {
        return onEngine(() -> {
            // After the periodic write in progress, which may hold the person's state: it must not land after this.
            awaitWriting();
            // The communities' pictures of everyone are saved whole: without this the next save would write the
            // person's pseudonym back. Before storage forgets: finding them there works out their pseudonym, which
            // for someone this engine never met (they chat in another process's guilds) claims one; after the forget
            // released their claim, that would be a new claim row keyed to the person just forgotten.
            engine.forgetInCommunities(user);
            ForgetReport report = personalData.forget(user);
            engine.enrollmentChanged(user);
            // And out of everyone else's state here (their contacts, weeks, waiting questions, findings), or the
            // next save of theirs would write it back (storage would strip it, but memory must not keep it either).
            dropForgotten();
            return report;
        });
    }

    /**
     * Lets go of what memory still holds of people forgotten lately, through this process or another one (storage
     * knows them by marks only, never by id): they leave every community's picture and every coached person's state
     * here, and those states are saved so with the next save. Returns how many places and states changed.
     */
    public CompletableFuture<Integer> letGoOfForgotten() {
        return onEngine(this::dropForgotten);
    }

    /**
     * Engine thread. A state is rebuilt from its snapshot without the forgotten pseudonyms (what a restart would give;
     * the rare event of a forget pays for a look at every state in memory, never a message).
     */
    private int dropForgotten() {
        ForgottenPeople forgotten = personalData.forgottenLately();
        if (forgotten.none()) {
            return 0;
        }
        int changed = engine.forgetInCommunities(forgotten::pseudonymForgotten);
        for (UserId user : engine.coachedUsers()) {
            for (UserSnapshot snapshot : engine.snapshots(user)) {
                Set<String> gone = forgotten.in(snapshot);
                if (gone.isEmpty()) {
                    continue;
                }
                UserSnapshot kept = snapshot;
                for (String pseudonym : gone) {
                    kept = kept.withoutCounterpart(pseudonym);
                }
                engine.restore(kept);
                unsaved.add(kept.key());
                changed++;
            }
        }
        return changed;
    }

    /**
     * Saves the state of everyone whose state changed since the last save, in the communities this process owns.
     * Returns how many (person, community) states were saved.
     */
    public CompletableFuture<Integer> saveChanged() {
        return onEngine(this::saveNow);
    }

    /** How many messages arrived twice (a gateway RESUME) and were counted once. */
    public CompletableFuture<Long> duplicatesIgnored() {
        return onEngine(engine::duplicatesIgnored);
    }

    /** The routines the scheduler runs for the coach. */
    public List<Routine> routines(Duration tickInterval, Duration saveInterval) {
        return List.of(
                routine("engine clock", tickInterval, () -> join(tick())),
                routine("state saver", saveInterval, this::saveRoutine));
    }

    /** Stops taking events, saves what changed, and stops the engine thread. */
    @Override
    public void close() {
        accepting = false;
        try {
            int saved = join(saveChanged());
            log.info("coach stopped; saved the state of {} people", saved);
        } catch (RuntimeException e) {
            log.warn("saving state at shutdown failed", e);
        }
        engineThread.shutdown();
        writer.shutdown();
        try {
            if (!engineThread.awaitTermination(10, TimeUnit.SECONDS)) {
                engineThread.shutdownNow();
            }
        } catch (InterruptedException e) {
            engineThread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** One save's worth, taken on the engine thread: the snapshots are immutable and may be written from any thread. */
    private record Batch(Set<PersonInCommunity> keys, List<UserSnapshot> snapshots, Set<CommunityId> communityKeys,
                         List<CommunitySnapshot> communities) {
        boolean isEmpty() {
            return snapshots.isEmpty() && communities.isEmpty();
        }
    }

    /**
     * Takes what changed since the last successful save (engine thread): the engine forgets what it hands out, so the
     * keys of a write that failed come back here first and are written, with their state as it is now, this time.
     */
    private Batch takeBatch() {
        for (Batch failed = failedWrites.poll(); failed != null; failed = failedWrites.poll()) {
            unsaved.addAll(failed.keys());
            unsavedCommunities.addAll(failed.communityKeys());
        }
        unsaved.addAll(engine.drainChanged());
        unsavedCommunities.addAll(engine.drainChangedCommunities());
        List<CommunitySnapshot> communities = new ArrayList<>(unsavedCommunities.size());
        for (CommunityId c : unsavedCommunities) {
            if (ownsCommunity.test(c)) {
                engine.communitySnapshot(c).ifPresent(communities::add);
            }
        }
        List<UserSnapshot> snapshots = new ArrayList<>(unsaved.size());
        for (PersonInCommunity k : unsaved) {
            if (ownsCommunity.test(k.community())) {
                engine.snapshot(k.user(), k.community()).ifPresent(snapshots::add);
            }
        }
        Batch batch = new Batch(Set.copyOf(unsaved), snapshots, Set.copyOf(unsavedCommunities), communities);
        unsaved.clear();
        unsavedCommunities.clear();
        return batch;
    }

    /** Writes {@code batch}'s states in one transaction; any thread. */
    private void write(Batch batch) {
        try {
            states.saveAll(batch.snapshots(), batch.communities());
        } catch (RuntimeException e) {
            failedWrites.add(batch);
            throw e;
        }
    }

    /**
     * Saves on the engine thread and returns when it is committed (commands, shutdown): after the periodic write in
     * progress, if any, so an older write never lands after a newer one.
     */
    private int saveNow() {
        awaitWriting();
        Batch batch = takeBatch();
        if (!batch.isEmpty()) {
            write(batch);
        }
        return batch.snapshots().size();
    }

    /**
     * The periodic save: the engine thread only takes the snapshots; the writer thread writes them, so a slow or
     * absent database never holds up the analysis of events (the routine's own thread waits for the write). While a
     * write is still going on, nothing new is taken: it waits for the next run. Completes with the states written.
     */
    private CompletableFuture<Integer> startWrite() {
        if (!writing.isDone()) {
            return CompletableFuture.completedFuture(0);
        }
        Batch batch = takeBatch();
        if (batch.isEmpty()) {
            return CompletableFuture.completedFuture(0);
        }
        CompletableFuture<Integer> written = CompletableFuture.supplyAsync(() -> {
            write(batch);
            return batch.snapshots().size();
        }, writer);
        writing = written;
        return written;
    }

    /** Waits for the periodic write in progress (engine thread); its failure was recorded by {@link #write}. */
    private void awaitWriting() {
        try {
            writing.join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            log.debug("the periodic write before this save failed; its states are in this one", e);
        }
    }

    /**
     * The periodic save: a failure is logged once with its stack trace (the saver runs every second or so, and a
     * database that is down would otherwise fill the log), its recovery once, and the states wait for the next run.
     */
    private void saveRoutine() {
        try {
            // The write itself is not timed out here: a large one may take longer than a command may wait, and the
            // database's own timeouts end one that hangs.
            try {
                join(onEngine(this::startWrite)).join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : e;
            }
            if (saveFailing) {
                saveFailing = false;
                log.warn("saving the coaching state works again; nothing was lost");
            }
        } catch (RuntimeException e) {
            if (!saveFailing) {
                saveFailing = true;
                log.warn("saving the coaching state failed; trying again every save-interval, quietly until it works",
                        e);
            }
        }
    }

    private <T> CompletableFuture<T> onEngine(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, engineThread);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new IllegalStateException("the coach is stopping"));
        }
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the coach");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the coach did not answer within 30 seconds");
        }
    }

    private static Routine routine(String name, Duration interval, Runnable work) {
        return new Routine() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Duration interval() {
                return interval;
            }

            @Override
            public void run() {
                work.run();
            }
        };
    }
}
