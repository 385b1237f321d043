package dev.rapport.bot.discord;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where commands and buttons do their storage work, after they have acknowledged the interaction: never on a
 * gateway event thread (which would hold up every later event of the shard) and never in a JDA callback. A few
 * threads and a bounded queue; when it is full the work is refused at once (the person gets a short apology) rather
 * than queued without end.
 */
public final class DiscordWork implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordWork.class);

    private final ThreadPoolExecutor pool;

    public DiscordWork(int threads, int queueCapacity) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queueCapacity), r -> {
            Thread t = new Thread(r, "rapport-discord-work-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    /** Runs {@code work} off the caller's thread; the future fails if it throws or the queue is full. */
    public <T> CompletableFuture<T> supply(Supplier<CompletableFuture<T>> work) {
        try {
            return CompletableFuture.supplyAsync(work, pool).thenCompose(f -> f);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new IllegalStateException("too busy to take more work", e));
        }
    }

    /** Runs {@code work} off the caller's thread; a failure is logged once with its stack trace. */
    public void run(String what, Runnable work) {
        try {
            pool.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.warn("{} failed", what, e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("{} was not done: too busy (or stopping)", what, e);
        }
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
