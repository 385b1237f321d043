package dev.rapport.bot.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether this process can do its work now: every check is asked in parallel and given a bounded time (a database
 * that does not answer must not hang the probe). A change between ready and not ready is logged once, with the
 * reasons, so the log tells when and why a process dropped out.
 */
public final class Readiness implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Readiness.class);

    /** The answer: ready, or the problems of the failing checks by name. */
    public record State(Map<String, String> problems) {
        public State {
            problems = Map.copyOf(problems);
        }

        public boolean ready() {
            return problems.isEmpty();
        }
    }

    private final List<ReadinessCheck> checks;
    private final Duration timeout;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "rapport-readiness");
        t.setDaemon(true);
        return t;
    });
    private final Object transitions = new Object();
    private Boolean lastReady;

    public Readiness(List<ReadinessCheck> checks, Duration timeout) {
        this.checks = List.copyOf(checks);
        this.timeout = timeout;
    }

    public State check() {
        List<CompletableFuture<Optional<String>>> running = new ArrayList<>(checks.size());
        for (ReadinessCheck c : checks) {
            running.add(CompletableFuture.supplyAsync(c.problem(), workers));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, String> problems = new LinkedHashMap<>();
        for (int i = 0; i < checks.size(); i++) {
            ReadinessCheck c = checks.get(i);
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                running.get(i).get(left, TimeUnit.NANOSECONDS).ifPresent(p -> problems.put(c.name(), p));
            } catch (TimeoutException e) {
                problems.put(c.name(), "no answer within " + timeout.toMillis() + " ms");
            } catch (ExecutionException e) {
                log.warn("readiness check '{}' failed", c.name(), e.getCause());
                problems.put(c.name(), "the check itself failed: " + e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problems.put(c.name(), "interrupted");
            }
        }
        State state = new State(problems);
        noteChange(state);
        return state;
    }

    private void noteChange(State state) {
        synchronized (transitions) {
            if (lastReady != null && lastReady == state.ready()) {
                return;
            }
            if (state.ready()) {
                log.info("ready");
            } else if (lastReady == null) {
                log.info("not ready yet: {}", state.problems());
            } else {
                log.warn("not ready: {}", state.problems());
            }
            lastReady = state.ready();
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
