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
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.RuleCatalogue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * How much the periodic saver writes for a busy community (README "Storage"): a synthetic community of
 * {@code people} people is built from {@code history} messages and saved once; then {@code measured} more messages
 * come, {@code perSave} between two saves (a community that busy for a {@code save-interval}), each save as
 * {@code CoachService} does it (the changed people's and communities' snapshots, one transaction). Prints the
 * community state's characters written per 1,000 messages (the rows a save touched: their {@code updated_at} is the
 * save's own clock tick) and the time the saves took. A measuring tool, not a JMH benchmark: its figure is a count.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.rapport.bench.CommunitySaveBytes sqlite|postgresql [people]
 * [history] [measured] [perSave]}
 */
public final class CommunitySaveBytes {
    private CommunitySaveBytes() {
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "sqlite";
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int history = args.length > 2 ? Integer.parseInt(args[2]) : 40_000;
        int measured = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
        int perSave = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        TickingClock clock = new TickingClock(Instant.parse("2026-06-01T00:00:00Z"));
        Pseudonyms pseudonyms = new Pseudonyms("benchmark secret, not a real one".getBytes(StandardCharsets.UTF_8));
        try (BenchDatabase db = BenchDatabase.start(database, "rapport-community-bytes")) {
            JdbcStorage storage = JdbcStorage.open(db.config(), pseudonyms, clock);
            // One person in twenty is coached: the community's picture holds everyone anyway.
            CoachEngine engine = CoachEngine.builder().rules(RuleCatalogue.standard().rules())
                    .enrollment(u -> u.value().hashCode() % 20 == 0 ? Optional.of(ZoneOffset.UTC) : Optional.empty())
                    .promoDetector(new SelfPromotionDetector()).pseudonyms(pseudonyms).build();
            Iterator<ChatMessage> stream = new SyntheticChat(people, 20, 20_000, 42).stream(history + measured);
            for (int i = 0; i < history; i++) {
                engine.accept(stream.next());
            }
            long first = save(engine, storage, clock);
            long[] full = written(db, first);
            System.out.printf("%s: %d people, %d messages of history: first save %d rows, %,d characters%n",
                    database, people, history, full[0], full[1]);
            long rows = 0;
            long chars = 0;
            long nanos = 0;
            int saves = 0;
            for (int i = 0; i < measured; i++) {
                engine.accept(stream.next());
                if ((i + 1) % perSave == 0) {
                    long start = System.nanoTime();
                    long tick = save(engine, storage, clock);
                    nanos += System.nanoTime() - start;
                    long[] w = written(db, tick);
                    rows += w[0];
                    chars += w[1];
                    saves++;
                }
            }
            System.out.printf("%s: %d saves of %d messages each: %,d community rows and %,d characters written per "
                            + "1,000 messages (%,d characters a save); saves took %.1f ms each on average%n",
                    database, saves, perSave, rows * 1_000 / measured, chars * 1_000 / measured, chars / saves,
                    nanos / 1e6 / saves);
            storage.close();
        }
    }

    /** The saver's work (CoachService.takeBatch and write); returns the save's clock tick. */
    private static long save(CoachEngine engine, JdbcStorage storage, TickingClock clock) {
        long tick = clock.tick();
        List<UserSnapshot> people = new ArrayList<>();
        for (PersonInCommunity k : engine.drainChanged()) {
            engine.snapshot(k.user(), k.community()).ifPresent(people::add);
        }
        List<CommunitySnapshot> communities = new ArrayList<>();
        for (CommunityId c : engine.drainChangedCommunities()) {
            engine.communitySnapshot(c).ifPresent(communities::add);
        }
        storage.engineState().saveAll(people, communities);
        return tick;
    }

    /** Rows and characters of community state written at {@code tick}, in whichever community tables exist. */
    private static long[] written(BenchDatabase db, long tick) throws SQLException {
        long[] sum = new long[2];
        try (Connection c = db.connect()) {
            for (String table : new String[]{"community_state", "community_part"}) {
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(LENGTH(state)), 0) FROM "
                        + table + " WHERE updated_at = ?")) {
                    s.setLong(1, tick);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        sum[0] += r.getLong(1);
                        sum[1] += r.getLong(2);
                    }
                } catch (SQLException noSuchTable) {
                    // Before schema 15 there is no community_part: nothing written there.
                    if (c.getAutoCommit()) {
                        continue;
                    }
                    c.rollback();
                }
            }
        }
        return sum;
    }
}
