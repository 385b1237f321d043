package dev.rapport.bot.storage.support;

import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.changes.Change;
import dev.rapport.bot.storage.changes.ChangeFeed;
import dev.rapport.bot.storage.community.CommunityNames;
import dev.rapport.bot.storage.community.CommunitySettingsStore;
import dev.rapport.bot.storage.ledger.DigestLedger;
import dev.rapport.bot.storage.ledger.TipLedger;
import dev.rapport.bot.storage.optin.OptIns;
import dev.rapport.bot.storage.privacy.PersonalData;
import dev.rapport.bot.storage.state.EngineStateStore;
import dev.rapport.bot.storage.state.RetentionRoutine;
import dev.rapport.bot.storage.stats.WeeklyStatsStore;
import dev.rapport.rules.engine.Pseudonyms;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real storage whose change feed a test can hold: while held, the process's next wait on the feed does not return
 * (it stops reading the feed and saying how far it got, as a process stalled or cut off from the database does) until
 * the test lets it go. Everything else, the feed's contents included, is the storage's own.
 */
public final class HeldFeed implements Storage {
    private final Storage storage;
    private final ChangeFeed feed;
    private volatile CountDownLatch released = new CountDownLatch(0);
    private volatile CountDownLatch holding = new CountDownLatch(1);

    public HeldFeed(Storage storage) {
        this.storage = storage;
        ChangeFeed real = storage.changes();
        this.feed = new ChangeFeed() {
            @Override
            public long latest() {
                return real.latest();
            }

            @Override
            public List<Change> after(long seq, int limit) {
                return real.after(seq, limit);
            }

            @Override
            public boolean await(long seenSeq, Duration timeout) throws InterruptedException {
                CountDownLatch gate = released;
                if (gate.getCount() > 0) {
                    holding.countDown();
                    gate.await();
                }
                return real.await(seenSeq, timeout);
            }

            @Override
            public void applied(String process, long seq, Instant now) {
                real.applied(process, seq, now);
            }

            @Override
            public List<String> behind(long seq, Instant aliveSince, String self) {
                return real.behind(seq, aliveSince, self);
            }

            @Override
            public void leave(String process) {
                real.leave(process);
            }
        };
    }

    /** Holds the process at its next wait on the feed; returns once it is held there. */
    public void hold(Duration deadline) throws InterruptedException {
        holding = new CountDownLatch(1);
        released = new CountDownLatch(1);
        if (!holding.await(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the process never came back to wait on the feed");
        }
    }

    /** Lets the process read the feed again. */
    public void release() {
        released.countDown();
    }

    @Override
    public ChangeFeed changes() {
        return feed;
    }

    @Override
    public OptIns optIns() {
        return storage.optIns();
    }

    @Override
    public CommunitySettingsStore communitySettings() {
        return storage.communitySettings();
    }

    @Override
    public CommunityNames communityNames() {
        return storage.communityNames();
    }

    @Override
    public WeeklyStatsStore weeklyStats() {
        return storage.weeklyStats();
    }

    @Override
    public EngineStateStore engineState() {
        return storage.engineState();
    }

    @Override
    public TipLedger tips() {
        return storage.tips();
    }

    @Override
    public DigestLedger digests() {
        return storage.digests();
    }

    @Override
    public PersonalData personalData() {
        return storage.personalData();
    }

    @Override
    public RetentionRoutine retention() {
        return storage.retention();
    }

    @Override
    public Pseudonyms pseudonyms() {
        return storage.pseudonyms();
    }

    @Override
    public boolean reachable() {
        return storage.reachable();
    }

    @Override
    public String describe() {
        return storage.describe();
    }

    @Override
    public void close() {
        release();
        storage.close();
    }
}
