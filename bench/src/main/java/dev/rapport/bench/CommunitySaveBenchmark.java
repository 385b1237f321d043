package dev.rapport.bench;

import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.bot.storage.support.TickingClock;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.engine.PersonInCommunity;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What one periodic save of a busy community costs (README "Storage"): a synthetic community of {@code people} people
 * built from {@code history} messages and saved once; before each timed save (not timed) {@code perSave} more
 * messages come, and the save is the saver's work as {@code CoachService} does it (the changed people's and
 * communities' snapshots, their parts worked out and compared, what changed written in one transaction), on SQLite.
 * {@code forgotten = true}: someone was forgotten just before (their mark is kept a day, and every save checks the
 * community against it).
 *
 * <p>Read as ratios in one run: {@code java -Djmh.ignoreLock=true -jar bench/target/benchmarks.jar
 * CommunitySaveBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class CommunitySaveBenchmark {
    @Param("2000")
    int people;

    @Param("40000")
    int history;

    @Param("10")
    int perSave;

    @Param({"false", "true"})
    boolean forgotten;

    private BenchDatabase db;
    private JdbcStorage storage;
    private CoachEngine engine;
    private Iterator<ChatMessage> stream;
    private TickingClock clock;

    @Setup(Level.Trial)
    public void fill() throws IOException, java.sql.SQLException {
        db = BenchDatabase.start("sqlite", "rapport-community-save-bench");
        clock = new TickingClock(Instant.parse("2026-06-01T00:00:00Z"));
        Pseudonyms pseudonyms = new Pseudonyms("benchmark secret, not a real one".getBytes(StandardCharsets.UTF_8));
        storage = JdbcStorage.open(db.config(), pseudonyms, clock);
        engine = CoachEngine.builder().rules(RuleCatalogue.standard().rules())
                .enrollment(u -> u.value().hashCode() % 20 == 0 ? Optional.of(ZoneOffset.UTC) : Optional.empty())
                .promoDetector(new SelfPromotionDetector()).pseudonyms(pseudonyms).build();
        // Long enough for every invocation of the run: the messages come from one stream.
        stream = new SyntheticChat(people, 20, 20_000, 42).stream(history + 2_000_000);
        ChatMessage first = null;
        for (int i = 0; i < history; i++) {
            ChatMessage m = stream.next();
            first = first == null ? m : first;
            engine.accept(m);
        }
        save();
        if (forgotten) {
            UserId gone = first.author();
            storage.personalData().forget(gone);
            engine.forgetInCommunities(gone);
            save();
        }
    }

    /** {@code perSave} messages of the community's ongoing talk (not timed). */
    @Setup(Level.Invocation)
    public void talk() {
        for (int i = 0; i < perSave; i++) {
            engine.accept(stream.next());
        }
    }

    /** The saver's work (CoachService.takeBatch and write). */
    @Benchmark
    public int save() {
        clock.tick();
        List<UserSnapshot> changed = new ArrayList<>();
        for (PersonInCommunity k : engine.drainChanged()) {
            engine.snapshot(k.user(), k.community()).ifPresent(changed::add);
        }
        List<CommunitySnapshot> communities = new ArrayList<>();
        for (CommunityId c : engine.drainChangedCommunities()) {
            engine.communitySnapshot(c).ifPresent(communities::add);
        }
        storage.engineState().saveAll(changed, communities);
        return changed.size() + communities.size();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        storage.close();
        db.close();
    }
}
