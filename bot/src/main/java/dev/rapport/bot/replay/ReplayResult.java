package dev.rapport.bot.replay;

import dev.rapport.bot.importer.ImportReport;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyReport;
import dev.rapport.rules.stats.WeeklyStats;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a replay produced: the inputs as read, the engine with everyone's weeks, and the ranking.
 *
 * @param inputs   one report per input file
 * @param engine   the engine after the replay (closed weeks)
 * @param zone     the time zone weeks were taken in
 * @param messages messages analysed
 * @param first    the earliest event
 * @param last     the latest event
 * @param problem  an input problem that stopped reading early, if any
 * @param names    names of people and channels, where the export told them
 * @param authors  messages per author, everyone (coached or not), to help find the right --user
 * @param ranking  everyone coached, most to work on first (see {@link #rank})
 * @param earlier  stored weeks from earlier replays, by person and week, for week-over-week comparison
 */
public record ReplayResult(List<ImportReport> inputs, CoachEngine engine, ZoneId zone, long messages, Instant first,
                           Instant last, Optional<String> problem, ExportNames names,
                           Map<UserId, Integer> authors, List<Ranked> ranking,
                           Map<UserId, Map<IsoWeek, WeeklyStats>> earlier) {

    /** One person's replay in a line: how much there is to work on. */
    public record Ranked(UserId user, String name, int messages, int tips, int score, List<RuleId> rules) {
    }

    public ReplayResult {
        inputs = List.copyOf(inputs);
        authors = Map.copyOf(authors);
        ranking = List.copyOf(ranking);
        earlier = Map.copyOf(earlier);
    }

    /** The same result, with stored weeks from earlier replays to compare against. */
    public ReplayResult withEarlierWeeks(Map<UserId, Map<IsoWeek, WeeklyStats>> stored) {
        return new ReplayResult(inputs, engine, zone, messages, first, last, problem, names, authors, ranking, stored);
    }

    /** The most active authors, most messages first. */
    public List<UserId> mostActive(int limit) {
        return authors.entrySet().stream()
                .sorted(Map.Entry.<UserId, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    public String nameOf(UserId user) {
        return names.nameOf(user);
    }

    /** The same result with inputs named differently (the demo's files are shown as demo/..., not a temp path). */
    public ReplayResult relabelInputs(java.util.function.UnaryOperator<String> label) {
        List<ImportReport> relabelled = inputs.stream().map(in -> in.named(label.apply(in.source()))).toList();
        return new ReplayResult(relabelled, engine, zone, messages, first, last, problem, names, authors, ranking,
                earlier);
    }

    /** "Name (id)" where the export has a name, else the id. */
    public String label(UserId user) {
        String name = names.display().get(user);
        return name == null || name.equals(user.value()) ? user.value() : name + " (" + user.value() + ")";
    }

    /**
     * The person {@code query} names among the authors: by id, or by display or account name ignoring case, or by
     * the first word of one name (see {@link ExportNames#find}).
     */
    public Optional<UserId> find(String query) {
        return names.find(query, mostActive(authors.size()));
    }

    /** Everyone {@code query} could mean (more than one when a name is shared), most messages first. */
    public List<UserId> matches(String query) {
        return names.matches(query, mostActive(authors.size()));
    }

    /** Authors whose names are nearest to {@code query}, for "did you mean". */
    public List<UserId> nearest(String query, int limit) {
        return names.nearest(query, mostActive(authors.size()), limit);
    }

    /** People who got at least one tip. */
    public long peopleWithTips() {
        return ranking.stream().filter(r -> r.tips() > 0).count();
    }

    /** The weeks a report shows for a person: those with messages or tips, oldest first. */
    public List<WeeklyReport> shownWeeks(UserId user) {
        List<WeeklyReport> reports = reportsOf(user);
        reports.removeIf(w -> w.stats().messages() == 0 && w.tips().isEmpty());
        return reports;
    }

    /** Everyone coached, most to work on first: severity-weighted count of tips, then more messages first. */
    public static List<Ranked> rank(CoachEngine engine, ExportNames names) {
        List<Ranked> list = new ArrayList<>();
        for (UserId user : engine.coachedUsers()) {
            // The sum of their weekly reports' message counts, read from the tallies without making every report.
            int messages = engine.messagesOf(user);
            if (messages == 0) {
                continue;
            }
            int tips = 0;
            int score = 0;
            List<RuleId> rules = new ArrayList<>();
            for (Finding f : engine.findingsOf(user)) {
                if (!f.actionable()) {
                    continue;
                }
                tips++;
                score += weight(f.severity());
                if (!rules.contains(f.rule())) {
                    rules.add(f.rule());
                }
            }
            list.add(new Ranked(user, names.nameOf(user), messages, tips, score, rules));
        }
        list.sort(Comparator.comparingInt(Ranked::score).reversed()
                .thenComparing(Comparator.comparingInt(Ranked::messages).reversed())
                .thenComparing(Ranked::user));
        return list;
    }

    private static int weight(Severity s) {
        return switch (s) {
            case HIGH -> 3;
            case MEDIUM -> 2;
            case LOW -> 1;
        };
    }

    /** Every week of a person with activity, oldest first. */
    public List<WeeklyReport> reportsOf(UserId user) {
        List<WeeklyReport> reports = new ArrayList<>();
        Map<IsoWeek, WeeklyStats> stored = earlier.getOrDefault(user, Map.of());
        for (IsoWeek w : engine.weeksOf(user)) {
            engine.report(user, w).map(r -> r.previous().isEmpty() && stored.containsKey(w.previous())
                    ? r.withPrevious(stored.get(w.previous())) : r).ifPresent(reports::add);
        }
        return reports;
    }

    /** Actionable findings per rule over everyone. */
    public Map<RuleId, Integer> tipsByRule() {
        Map<RuleId, Integer> counts = new EnumMap<>(RuleId.class);
        for (UserId user : engine.coachedUsers()) {
            for (Finding f : engine.findingsOf(user)) {
                if (f.actionable()) {
                    counts.merge(f.rule(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    public int totalTips() {
        return tipsByRule().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Tips from the link and promotion rules, the ones that would call helpful people spammers if they misfired. */
    public int linkSpamTips() {
        int n = 0;
        for (var e : tipsByRule().entrySet()) {
            RuleId r = e.getKey();
            if (r.id().startsWith("links.") || r == RuleId.PROMO_SELF || r == RuleId.SELL_COLD) {
                n += e.getValue();
            }
        }
        return n;
    }

    public static double perThousand(long count, long messages) {
        return messages == 0 ? 0 : count * 1000.0 / messages;
    }
}
