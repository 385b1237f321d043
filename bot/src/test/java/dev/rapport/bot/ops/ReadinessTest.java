package dev.rapport.bot.ops;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

// A bound for a hang, not a budget: the class ran 7.6 s as the first of a cold test JVM at load 22 (2026-12-02).
/** Readiness is every check passing, each within a bounded time; a check that hangs does not hang the probe. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReadinessTest {

    @Test
    void readyWhenEveryCheckPasses() {
        try (Readiness readiness = new Readiness(List.of(new ReadinessCheck("shards", Optional::empty),
                new ReadinessCheck("database", Optional::empty)), Duration.ofSeconds(1))) {
            assertThat(readiness.check().ready()).isTrue();
        }
    }

    @Test
    void notReadyNamesEveryFailingCheckWithItsProblem() {
        try (Readiness readiness = new Readiness(List.of(new ReadinessCheck("shards", () -> Optional.of("1 of 2 connected")),
                new ReadinessCheck("commands", Optional::empty),
                new ReadinessCheck("database", () -> Optional.of("db does not answer"))), Duration.ofSeconds(1))) {
            Readiness.State state = readiness.check();
            assertThat(state.ready()).isFalse();
            assertThat(state.problems()).containsOnly(
                    java.util.Map.entry("shards", "1 of 2 connected"),
                    java.util.Map.entry("database", "db does not answer"));
        }
    }

    @Test
    void aCheckThatHangsIsReportedAfterTheTimeoutWhileTheOthersAnswer() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        try (Readiness readiness = new Readiness(List.of(new ReadinessCheck("database", () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }), new ReadinessCheck("shards", Optional::empty)), Duration.ofMillis(300))) {
            // The hung check never answers until the finally below, so a check() that waited for it would never
            // return (the class's @Timeout ends that); one that returns with this problem gave up at its own 300 ms.
            Readiness.State state = readiness.check();

            assertThat(state.problems()).containsOnlyKeys("database");
            assertThat(state.problems().get("database")).isEqualTo("no answer within 300 ms");
        } finally {
            never.countDown();
        }
    }

    @Test
    void aCheckThatThrowsCountsAsNotReady() {
        try (Readiness readiness = new Readiness(List.of(new ReadinessCheck("commands", () -> {
            throw new IllegalStateException("broken");
        })), Duration.ofSeconds(1))) {
            assertThat(readiness.check().problems().get("commands")).contains("broken");
        }
    }
}
