package dev.rapport.bot.ops;

import dev.rapport.bot.storage.changes.Change;
import dev.rapport.bot.storage.changes.ChangeFeed;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Forget's promise: "done" waits until every other live process has taken up the change. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ChangePropagationTest {

    /** A feed where process "b" is behind until the test lets it catch up; every look at it is counted. */
    private static final class Feed implements ChangeFeed {
        final AtomicBoolean caughtUp = new AtomicBoolean();
        final Semaphore looks = new Semaphore(0);

        @Override
        public long latest() {
            return 42;
        }

        @Override
        public List<Change> after(long seq, int limit) {
            return List.of();
        }

        @Override
        public boolean await(long seenSeq, Duration timeout) {
            return false;
        }

        @Override
        public void applied(String process, long seq, Instant now) {
        }

        @Override
        public List<String> behind(long seq, Instant aliveSince, String self) {
            looks.release();
            return caughtUp.get() || seq != 42 ? List.of() : List.of("b");
        }

        @Override
        public void leave(String process) {
        }
    }

    @Test
    void letGoCompletesOnlyOnceNoLiveProcessIsBehind() throws Exception {
        Feed feed = new Feed();
        // Only letGo is exercised: it needs neither the coach nor the settings (never started).
        try (ChangePropagation propagation = new ChangePropagation(feed, null, null, null, "a", Clock.systemUTC())) {
            CompletableFuture<Void> done = propagation.letGo(UserId.of("7"));

            assertThat(feed.looks.tryAcquire(3, 5, TimeUnit.SECONDS)).as("it keeps looking").isTrue();
            assertThat(done).as("not done while b is behind").isNotDone();

            feed.caughtUp.set(true);
            done.get(5, TimeUnit.SECONDS);
        }
    }
}
