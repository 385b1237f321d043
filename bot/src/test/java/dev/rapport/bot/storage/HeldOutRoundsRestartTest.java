package dev.rapport.bot.storage;

import dev.rapport.bot.config.ConfigLoader;
import dev.rapport.bot.config.RapportConfig;
import dev.rapport.bot.config.RoomNormsConfig;
import dev.rapport.bot.importer.EventReader;
import dev.rapport.bot.importer.EventReaders;
import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.bot.storage.support.QuietLogs;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.engine.Enrollment;
import dev.rapport.rules.engine.PersonInCommunity;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.RecordEnds;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.promo.PromoDetector;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.RuleCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing lost on real conversations: a held-out round of the tips evaluation ({@code eval/held-out-scenes-N}, the
 * exports {@code rapport eval tips} scores) replayed as that command replays it, once straight through and once with
 * the coach restarted at the start of its 4th, 8th, 11th, 15th and 18th day. The restarted coach saves what changed
 * into a real SQLite database as the bot's periodic saver does (each hour of chat, and right before it stops), is
 * dropped, and a fresh coach takes everything back from that database, as the bot does when it starts. Both must tell
 * the same tips at the same moments, and end with the same findings in every week the evaluation scores.
 *
 * <p>The suite runs a handful of rounds: those where a restart once changed a tip (see docs/storage.md) and a few
 * others. Every round, or chosen ones, is {@link HeldOutRoundsRestartMeasurement}'s, run by name only.
 */
class HeldOutRoundsRestartTest {
    /**
     * The days (counted from the round's first, which is day 1) at whose start the coach is restarted; others with
     * {@code -Drapport.restart.days=2,3,5}.
     */
    private static final List<Integer> RESTART_DAYS = System.getProperty("rapport.restart.days") == null
            ? List.of(4, 8, 11, 15, 18)
            : Stream.of(System.getProperty("rapport.restart.days").split(",")).map(String::trim)
                    .map(Integer::parseInt).toList();
    /** How often the restarted coach saves what changed, in chat time: as the bot's periodic saver does. */
    private static final Duration SAVE_EVERY = Duration.ofHours(1);

    private final Pseudonyms pseudonyms = new Pseudonyms(Fixtures.SECRET);
    private final RapportConfig config = new ConfigLoader(RuleCatalogue.standard())
            .load(Optional.empty(), "", "defaults");
    private final PromoDetector promo = new SelfPromotionDetector();

    @TempDir
    Path dir;

    @BeforeAll
    static void quiet() {
        QuietLogs.apply();
    }

    /**
     * Rounds 8, 25, 37, 52 and 63 are those where a restart changed a tip before session 49 (a waiting question's
     * words, a direct conversation's pitch, an introduction's start, a message taken back outliving its week); 1, 50
     * and 90 are three others.
     */
    @ParameterizedTest(name = "round {0}")
    @ValueSource(ints = {1, 8, 25, 37, 50, 52, 63, 90})
    void aRoundRestartedOnFiveDaysTellsTheSameTipsAsOneThatRanOn(int round) throws Exception {
        Outcome straight = replay(round, List.of());
        Outcome restarted = replay(round, restartPoints(round));
        assertThat(restarted.told()).as("tips told as the chat went").isEqualTo(straight.told());
        assertThat(restarted.kept()).as("findings kept in the weeks").isEqualTo(straight.kept());
    }

    /**
     * Rounds restarted at the start of every day but the first. In 29 and 45 a restart between an offer listed where
     * it fits and the same offer pushed into other rooms read the later ones as its first posts, until the person's
     * offers were kept (person document version 13). In 17, 40, 52 and 62 the record stopped after a restart with no
     * word in the community since, so the restarted coach knew of nobody having written there and left a question
     * waiting for someone gone quiet untold, until when anyone last wrote was kept (community document version 13).
     * In 2 an overdue question was told at the deadline of another, answered meanwhile, that only the straight
     * coach still had queued: an hour later than the restarted one told it (now at its own deadline, by both).
     */
    @ParameterizedTest(name = "round {0}, restarted every day")
    @ValueSource(ints = {2, 17, 29, 40, 45, 52, 62})
    void aRoundRestartedEveryDayTellsTheSameTipsAsOneThatRanOn(int round) throws Exception {
        Instant first = events(round).get(0).time().truncatedTo(ChronoUnit.DAYS);
        List<Instant> everyDay = java.util.stream.IntStream.range(1, 21).mapToObj(d -> first.plus(Duration.ofDays(d)))
                .toList();
        Outcome straight = replay(round, List.of());
        Outcome restarted = replay(round, everyDay);
        assertThat(restarted.told()).as("tips told as the chat went").isEqualTo(straight.told());
        assertThat(restarted.kept()).as("findings kept in the weeks").isEqualTo(straight.kept());
    }

    /**
     * Where a restarted coach first holds other state than one that ran on: both hear the round side by side, and
     * after each event (and right after each restart) everything either would save is compared.
     */
    String firstDivergence(int round) throws Exception {
        List<ChatEvent> events = events(round);
        List<Instant> restarts = restartPoints(round);
        java.util.Set<CommunityId> communities = new java.util.TreeSet<>();
        Path db = Files.createTempDirectory(dir, "lockstep-" + round);
        try (Storage storage = JdbcStorage.open(StorageConfig.sqlite(db.resolve("data")), pseudonyms,
                Clock.systemUTC())) {
            CoachEngine straight = engine();
            CoachEngine restarted = engine();
            int next = 0;
            Instant lastSave = null;
            List<String> found = new ArrayList<>();
            java.util.Set<String> seenPaths = new java.util.HashSet<>();
            for (int i = 0; i < events.size(); i++) {
                ChatEvent e = events.get(i);
                if (next < restarts.size() && !e.time().isBefore(restarts.get(next))) {
                    while (next < restarts.size() && !e.time().isBefore(restarts.get(next))) {
                        next++;
                    }
                    save(restarted, storage);
                    restarted = engine();
                    storage.engineState().communities().forEach(restarted::restoreCommunity);
                    storage.engineState().all().forEach(restarted::restore);
                    String d = stateDifference(straight, restarted, communities);
                    String where = d == null ? null : "restore " + d.substring(0, d.indexOf(':'));
                    if (d != null && !seenPaths.contains(where) && seenPaths.size() < 6) {
                        seenPaths.add(where);
                        found.add("diverged on restoring before event " + i + " at " + e.time() + ": " + d);
                    }
                }
                communities.add(e.community());
                straight.accept(e);
                restarted.accept(e);
                if (!(e instanceof RecordEnds) && (lastSave == null || !e.time().isBefore(lastSave.plus(SAVE_EVERY)))) {
                    save(restarted, storage);
                    lastSave = e.time();
                }
                comparedAt = e.time();
                String d = stateDifference(straight, restarted, communities);
                String where = d == null ? null : d.substring(0, d.indexOf(':')).replaceAll("\\[\\d+\\]", "[]");
                if (d != null && !seenPaths.contains(where) && seenPaths.size() < 6) {
                    seenPaths.add(where);
                    found.add("diverged after event " + i + " at " + e.time() + " (" + e.getClass().getSimpleName()
                            + " " + (e instanceof dev.rapport.rules.model.ChatMessage m ? m.id().value() + " by "
                            + m.author().value() + " in " + m.channel().value() : "") + "): " + d);
                }
            }
            return found.isEmpty() ? "no divergence in saved state" : String.join("\n  ", found);
        }
    }

    /** The first difference between what the two engines would save, or null. */
    private static String stateDifference(CoachEngine a, CoachEngine b, java.util.Set<CommunityId> communities) {
        for (CommunityId c : communities) {
            String d = diff("community " + c.value(), a.communitySnapshot(c).orElse(null),
                    b.communitySnapshot(c).orElse(null));
            if (d != null) {
                return d;
            }
        }
        java.util.Set<UserId> users = new java.util.TreeSet<>(a.coachedUsers());
        users.addAll(b.coachedUsers());
        for (UserId u : users) {
            for (CommunityId c : communities) {
                String d = diff("person " + u.value() + " in " + c.value(), a.snapshot(u, c).orElse(null),
                        b.snapshot(u, c).orElse(null));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The time of the event last compared after. */
    private static Instant comparedAt = Instant.MIN;

    private static boolean withinWeek(Object m) {
        return !((CommunitySnapshot.Message) m).at().isBefore(comparedAt.minus(Duration.ofDays(7)));
    }

    /** Where two values first differ, walking records, lists and maps; null when equal. */
    private static String diff(String path, Object a, Object b) {
        if (java.util.Objects.equals(a, b)) {
            return null;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return path + ": " + a + " | restarted: " + b;
        }
        if (a.getClass().isRecord()) {
            for (var rc : a.getClass().getRecordComponents()) {
                try {
                    String d = diff(path + "." + rc.getName(), rc.getAccessor().invoke(a), rc.getAccessor().invoke(b));
                    if (d != null) {
                        return d;
                    }
                } catch (ReflectiveOperationException ex) {
                    throw new IllegalStateException(ex);
                }
            }
            return null;
        }
        if (a instanceof List<?> la0 && b instanceof List<?> lb0) {
            List<?> la = la0;
            List<?> lb = lb0;
            if (!la.isEmpty() && la.get(0) instanceof CommunitySnapshot.Message) {
                // Kept messages are listed live ones first, then those taken back: the order says nothing.
                java.util.Comparator<Object> byId = java.util.Comparator.comparing(
                        m -> ((CommunitySnapshot.Message) m).id().value());
                // Older than the week the engine remembers messages for: forgotten at one time or another.
                List<Object> sa = new ArrayList<>(la.stream().filter(HeldOutRoundsRestartTest::withinWeek).toList());
                List<Object> sb = new ArrayList<>(lb.stream().filter(HeldOutRoundsRestartTest::withinWeek).toList());
                sa.sort(byId);
                sb.sort(byId);
                if (sa.equals(sb)) {
                    return null;
                }
                la = sa;
                lb = sb;
            }
            for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
                String d = diff(path + "[" + i + "]", la.get(i), lb.get(i));
                if (d != null) {
                    return d;
                }
            }
            return path + ": " + la.size() + " elements " + (la.size() > lb.size() ? la.subList(lb.size(), la.size())
                    : "") + " | restarted: " + lb.size() + (lb.size() > la.size() ? lb.subList(la.size(), lb.size())
                    : "");
        }
        if (a instanceof java.util.Map<?, ?> ma && b instanceof java.util.Map<?, ?> mb) {
            for (Object k : ma.keySet()) {
                String d = diff(path + "{" + k + "}", ma.get(k), mb.get(k));
                if (d != null) {
                    return d;
                }
            }
            for (Object k : mb.keySet()) {
                if (!ma.containsKey(k)) {
                    return path + "{" + k + "}: absent | restarted: " + mb.get(k);
                }
            }
        }
        if (a instanceof Optional<?> oa && b instanceof Optional<?> ob && oa.isPresent() && ob.isPresent()) {
            return diff(path + ".get", oa.get(), ob.get());
        }
        return path + ": " + a + " | restarted: " + b;
    }

    static List<String> difference(Outcome a, Outcome b) {
        List<String> out = new ArrayList<>();
        for (String s : a.told()) {
            if (!b.told().contains(s)) {
                out.add("told only without restart: " + s);
            }
        }
        for (String s : b.told()) {
            if (!a.told().contains(s)) {
                out.add("told only with restarts: " + s);
            }
        }
        if (out.isEmpty() && !a.told().equals(b.told())) {
            int i = 0;
            while (a.told().get(i).equals(b.told().get(i))) {
                i++;
            }
            out.add("the same tips in another order, from tip " + i + ": " + a.told().get(i) + "\n    with restarts: "
                    + b.told().get(i));
        }
        for (String s : a.kept()) {
            if (!b.kept().contains(s)) {
                out.add("kept only without restart: " + s);
            }
        }
        for (String s : b.kept()) {
            if (!a.kept().contains(s)) {
                out.add("kept only with restarts: " + s);
            }
        }
        return out;
    }

    /** What a replay told as it went, and the findings the engine holds at its end (what eval tips scores). */
    record Outcome(List<String> told, List<String> kept) {
    }

    /** The round's events in the order eval tips reads them. */
    private static List<ChatEvent> events(int round) throws Exception {
        List<ChatEvent> events = new ArrayList<>();
        try (EventReader reader = EventReaders.forCoaching().openInputs(List.of(roundDir(round)), true,
                Optional.empty(), skipped -> { })) {
            for (ChatEvent e = reader.next(); e != null; e = reader.next()) {
                events.add(e);
            }
        }
        return events;
    }

    /** The instants the coach is restarted at: the start (UTC) of each of {@link #RESTART_DAYS} of the round. */
    static List<Instant> restartPoints(int round) throws Exception {
        Instant first = events(round).get(0).time().truncatedTo(ChronoUnit.DAYS);
        return RESTART_DAYS.stream().map(d -> first.plus(Duration.ofDays(d - 1L))).toList();
    }

    private CoachEngine engine() {
        ZoneId zone = config.zone();
        return CoachEngine.builder().rules(RuleCatalogue.standard().rules()).settings(config.coach())
                .enrollment(Enrollment.everyone(zone)).promoDetector(promo).pseudonyms(pseudonyms)
                .roomNorms(RoomNormsConfig.read(config.raw())).build();
    }

    /**
     * The round replayed; the coach is restarted from the database before the first event at or after each of
     * {@code restarts}.
     */
    Outcome replay(int round, List<Instant> restarts) throws Exception {
        List<ChatEvent> events = events(round);
        List<String> told = new ArrayList<>();
        Path db = Files.createTempDirectory(dir, "round-" + round);
        try (Storage storage = JdbcStorage.open(StorageConfig.sqlite(db.resolve("data")), pseudonyms,
                Clock.systemUTC())) {
            CoachEngine engine = engine();
            int next = 0;
            Instant lastSave = null;
            for (ChatEvent e : events) {
                if (next < restarts.size() && !e.time().isBefore(restarts.get(next))) {
                    while (next < restarts.size() && !e.time().isBefore(restarts.get(next))) {
                        next++;
                    }
                    // Saved right before it stops; the next coach knows only what the database holds.
                    save(engine, storage);
                    engine = engine();
                    storage.engineState().communities().forEach(engine::restoreCommunity);
                    storage.engineState().all().forEach(engine::restore);
                }
                engine.accept(e).forEach(f -> told.add(line(f)));
                if (!restarts.isEmpty() && !(e instanceof RecordEnds)
                        && (lastSave == null || !e.time().isBefore(lastSave.plus(SAVE_EVERY)))) {
                    save(engine, storage);
                    lastSave = e.time();
                }
            }
            engine.finish().forEach(f -> told.add(line(f)));
            // Each person's tips in the order they were told; people after one another (at a week's end everyone's
            // weekly tips come at the same instant, in an order of people that a restart may change).
            told.sort(java.util.Comparator.comparing(t -> t.substring(t.indexOf(' ') + 1, t.indexOf(' ', t.indexOf(' ') + 1))));
            List<String> kept = new ArrayList<>();
            for (UserId user : engine.coachedUsers()) {
                engine.findingsOf(user).forEach(f -> kept.add(line(f)));
            }
            return new Outcome(told, kept);
        }
    }

    /** The periodic save: what the engine says changed, as the bot's saver takes it. */
    private static void save(CoachEngine engine, Storage storage) {
        List<UserSnapshot> changed = new ArrayList<>();
        for (PersonInCommunity p : engine.drainChanged()) {
            engine.snapshot(p.user(), p.community()).ifPresent(changed::add);
        }
        List<CommunitySnapshot> communities = new ArrayList<>();
        for (CommunityId c : engine.drainChangedCommunities()) {
            engine.communitySnapshot(c).ifPresent(communities::add);
        }
        storage.engineState().saveAll(changed, communities);
    }

    /** A finding as a line: rule, person, week, when, its tip, and what it points at. */
    private static String line(Finding f) {
        return f.rule().id() + " " + f.user().value() + " " + f.week() + " " + f.at() + " \"" + f.tip() + "\" "
                + f.evidence();
    }

    private static Path roundDir(int round) throws URISyntaxException {
        Path eval = Path.of(HeldOutRoundsRestartTest.class.getResource("/eval").toURI());
        return eval.resolve(round == 1 ? "held-out-scenes" : "held-out-scenes-" + round);
    }

    static List<Integer> allRounds() throws Exception {
        Path eval = Path.of(HeldOutRoundsRestartTest.class.getResource("/eval").toURI());
        try (Stream<Path> dirs = Files.list(eval)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("held-out-scenes"))
                    .map(n -> n.equals("held-out-scenes") ? 1 : Integer.parseInt(n.substring("held-out-scenes-".length())))
                    .sorted().toList();
        }
    }
}
