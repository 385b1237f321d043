package dev.rapport.bench;

import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.Enrollment;
import dev.rapport.rules.engine.PersonInCommunity;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.RuleCatalogue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What the periodic state saver costs (README "Running the bot on Discord": what kill -9 can lose): one save of the
 * (person, community) states that changed since the last one, as {@code CoachService} does it on the coach's thread
 * every {@code save-interval} (drain the engine's changed set, take a snapshot of each, upsert them in one
 * transaction), with {@code dirty} of {@code people} states changed, on SQLite and on an embedded PostgreSQL. The
 * engine is built from a synthetic history of {@code history} messages in which everyone is coached, and every
 * state is saved once before timing (the table is full, as in a running bot). Before each timed save,
 * {@code dirtyPercent} of the people with a state write one plain message each (not timed).
 *
 * <p>Read as ratios in one run: {@code java -Djmh.ignoreLock=true -jar bench/target/benchmarks.jar StateSaveBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class StateSaveBenchmark {
    @Param({"sqlite", "postgresql"})
    String database;

    @Param("100000")
    int people;

    @Param("300000")
    int history;

    /** States changed since the last save, in percent of the states kept: 1% and all. */
    @Param({"1", "100"})
    int dirtyPercent;

    @Param({"save", "snapshotsOnly"})
    String work;

    private int dirty;

    private BenchDatabase db;
    private JdbcStorage storage;
    private CoachEngine engine;
    private List<UserId> writers;
    private int next;
    private long time;
    private long messageId = 2_000_000_000_000_000L;

    @Setup(Level.Trial)
    public void fill() throws IOException, SQLException {
        db = BenchDatabase.start(database, "rapport-save-bench");
        StorageConfig config = db.config();
        Pseudonyms pseudonyms = new Pseudonyms("benchmark secret, not a real one".getBytes(StandardCharsets.UTF_8));
        storage = JdbcStorage.open(config, pseudonyms, Clock.systemUTC());
        engine = CoachEngine.builder().rules(RuleCatalogue.standard().rules()).enrollment(Enrollment.everyone(ZoneOffset.UTC))
                .promoDetector(new SelfPromotionDetector()).pseudonyms(pseudonyms).build();
        Iterator<ChatMessage> stream = new SyntheticChat(people, 8, 20_000, 42).stream(history);
        ChatMessage last = null;
        while (stream.hasNext()) {
            last = stream.next();
            engine.accept(last);
        }
        time = last.time().toEpochMilli();
        Set<PersonInCommunity> everyone = engine.drainChanged();
        writers = new ArrayList<>(everyone.size());
        List<UserSnapshot> all = new ArrayList<>(everyone.size());
        for (PersonInCommunity k : everyone) {
            writers.add(k.user());
            engine.snapshot(k.user(), k.community()).ifPresent(all::add);
        }
        dirty = Math.max(1, writers.size() * dirtyPercent / 100);
        storage.engineState().saveAll(all);
        long chars = 0;
        try (Connection c = db.connect(); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT SUM(LENGTH(state)) FROM engine_state")) {
            r.next();
            chars = r.getLong(1);
        }
        System.out.println("states kept: " + all.size() + ", changed per save: " + dirty + ", mean document: "
                + chars / all.size() + " characters");
    }

    /** {@code dirty} distinct people write one plain message each, a millisecond apart. */
    @Setup(Level.Invocation)
    public void change() {
        for (int i = 0; i < dirty; i++) {
            UserId who = writers.get(next);
            next = (next + 1) % writers.size();
            time++;
            engine.accept(ChatMessage.builder().id(Long.toString(messageId++)).at(Instant.ofEpochMilli(time))
                    .in(SyntheticChat.COMMUNITY, SyntheticChat.channelId(0)).by(who.value())
                    .text("thanks, that makes sense to me").build());
        }
    }

    /**
     * The saver's work, as CoachService.saveNow does it ({@code work = save}); {@code snapshotsOnly}: the part of it
     * that needs the engine (draining and taking the snapshots), without writing the documents.
     */
    @Benchmark
    public int saveChanged() {
        Set<PersonInCommunity> changed = engine.drainChanged();
        List<UserSnapshot> snapshots = new ArrayList<>(changed.size());
        for (PersonInCommunity k : changed) {
            engine.snapshot(k.user(), k.community()).ifPresent(snapshots::add);
        }
        if (work.equals("save")) {
            storage.engineState().saveAll(snapshots);
        }
        return snapshots.size();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        storage.close();
        db.close();
    }
}
