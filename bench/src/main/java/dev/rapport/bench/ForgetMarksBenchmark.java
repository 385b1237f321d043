package dev.rapport.bench;

import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.bot.storage.ledger.DeliveryChannel;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.engine.Enrollment;
import dev.rapport.rules.engine.PersonInCommunity;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleMode;
import dev.rapport.rules.stats.IsoWeek;
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
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the forget guard costs the writes that carry it (README "Privacy": forget holds across processes): the
 * periodic save of a few people's states and their community's picture, and one tip entered, as a bot makes them
 * every second, with nobody forgotten lately ({@code forgotten = 0}, the common case) or one person forgotten
 * within the day ({@code forgotten = 1}). Each write runs in its own transaction with the guard's lock and read of
 * the marks, so comparing builds side by side on this benchmark shows what the guard's change did to the whole write;
 * the two that write (and so wait for the disk at commit) show it against that, the claim already taken shows it
 * alone.
 *
 * <p>{@code java -Djmh.ignoreLock=true -jar bench/target/benchmarks.jar ForgetMarksBenchmark}, once per build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ForgetMarksBenchmark {
    @Param({"sqlite", "postgresql"})
    String database;

    @Param({"0", "1"})
    int forgotten;

    /** States changed since the last save: a quiet second of a small community. */
    @Param("5")
    int changed;

    private BenchDatabase db;
    private JdbcStorage storage;
    private List<UserSnapshot> snapshots;
    private CommunitySnapshot community;
    private Finding finding;

    @Setup(Level.Trial)
    public void fill() throws IOException, SQLException {
        db = BenchDatabase.start(database, "rapport-marks-bench");
        Pseudonyms pseudonyms = new Pseudonyms("benchmark secret, not a real one".getBytes(StandardCharsets.UTF_8));
        storage = JdbcStorage.open(db.config(), pseudonyms, Clock.systemUTC());
        CoachEngine engine = CoachEngine.builder().rules(RuleCatalogue.standard().rules())
                .enrollment(Enrollment.everyone(ZoneOffset.UTC)).promoDetector(new SelfPromotionDetector())
                .pseudonyms(pseudonyms).build();
        Iterator<ChatMessage> stream = new SyntheticChat(200, 4, 2_000, 42).stream(3_000);
        while (stream.hasNext()) {
            engine.accept(stream.next());
        }
        List<UserSnapshot> all = new ArrayList<>();
        for (PersonInCommunity k : engine.drainChanged()) {
            engine.snapshot(k.user(), k.community()).ifPresent(all::add);
        }
        CommunityId guild = CommunityId.of(SyntheticChat.COMMUNITY);
        community = engine.communitySnapshot(guild).orElseThrow();
        storage.engineState().saveAll(all, List.of(community));
        snapshots = List.copyOf(all.subList(0, Math.min(changed, all.size())));
        UserId someone = snapshots.get(0).user();
        Instant now = Instant.now();
        finding = new Finding(RuleId.LINKS_BURST, Severity.MEDIUM, RuleMode.ACT, someone, guild,
                IsoWeek.of(now, ZoneOffset.UTC), now, Evidence.builder().count("links", 5)
                .message(MessageId.of("1")).build(), new Tip("You posted 5 links in 10 minutes.",
                RuleId.LINKS_BURST.principle(), "Answer a question."));
        storage.digests().claim(finding.user(), finding.week(), "bench");
        if (forgotten > 0) {
            // Someone outside the community's picture: the marks are there, nobody in the documents is stripped.
            storage.personalData().forget(UserId.of("1"));
        }
    }

    /** The saver's write: the changed states and the community's picture, in one transaction. */
    @Benchmark
    public List<UserSnapshot> save() {
        storage.engineState().saveAll(snapshots, List.of(community));
        return snapshots;
    }

    /**
     * A digest claim already taken (by an earlier run, or another process): a transaction that writes nothing, so no
     * commit waits for the disk and what is left is the statements, the guard's among them where the build has one.
     */
    @Benchmark
    public boolean claimTaken() {
        return storage.digests().claim(finding.user(), finding.week(), "bench");
    }

    /** One tip entered in the ledger: a one-row transaction, where the guard is the largest share. */
    @Benchmark
    public Object tip() {
        return storage.tips().recordSent(finding, Instant.now(), DeliveryChannel.DM);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        storage.close();
        db.close();
    }
}
