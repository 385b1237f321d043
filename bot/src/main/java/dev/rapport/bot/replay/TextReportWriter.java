package dev.rapport.bot.replay;

import dev.rapport.bot.importer.ImportReport;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.stats.Durations;
import dev.rapport.rules.stats.WeeklyReport;
import dev.rapport.rules.stats.WeeklyStats;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Writes a replay as a readable report: inputs, a ranked summary, then full weekly reports. */
public final class TextReportWriter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final int SUMMARY_ROWS = 25;
    private static final int WEEKS_PER_PERSON = 6;

    private final PrintWriter out;

    public TextReportWriter(PrintWriter out) {
        this.out = out;
    }

    /** The whole replay: {@code users} are the people to report in full (in order). */
    public void write(ReplayResult r, List<UserId> users) {
        header(r);
        if (users.size() != 1) summary(r);
        for (UserId user : users) person(r, user);
        out.flush();
    }

    private void header(ReplayResult r) {
        out.println("Rapport replay");
        for (ImportReport in : r.inputs()) {
            out.printf(Locale.ROOT, "  %s (%s): %d messages", in.source(), in.format().cliName(), in.messages());
            if (in.botMessages() > 0) out.printf(Locale.ROOT, ", %d by bots ignored", in.botMessages());
            if (in.skipped() > 0) out.printf(Locale.ROOT, ", %d other lines skipped", in.skipped());
            out.println();
            for (String w : in.warnings()) out.println("    warning: " + w);
        }
        r.problem().ifPresent(p -> out.println("  problem: " + p + " (what was read before it is analysed below)"));
        if (r.first() != null) {
            out.printf(Locale.ROOT, "  %d messages, %s to %s, weeks in %s%n", r.messages(),
                    DAY.format(r.first().atZone(r.zone())), DAY.format(r.last().atZone(r.zone())), r.zone());
        }
        audienceRoles(r);
        out.println();
    }

    /** Which roles told who is a customer, an advocate or staff, and whether configured or known by name. */
    private void audienceRoles(ReplayResult r) {
        var byCommunity = r.engine().recognisedRoles();
        if (byCommunity.isEmpty()) {
            out.println("  audience roles: none recognised (configure audience.roles, or name roles Customer, Patron...)");
            return;
        }
        for (var c : byCommunity.entrySet()) {
            String roles = c.getValue().entrySet().stream()
                    .map(e -> e.getKey() + " = " + e.getValue().audience().configName()
                            + (e.getValue().configured() ? " (configured)" : " (default role name)"))
                    .collect(Collectors.joining(", "));
            out.println("  audience roles" + (byCommunity.size() > 1 ? " in " + c.getKey().value() : "") + ": " + roles);
        }
    }

    private void summary(ReplayResult r) {
        List<ReplayResult.Ranked> ranking = r.ranking();
        out.printf(Locale.ROOT, "Tips: %d for %d people (%.1f per 1,000 messages; link and promotion tips: %.1f per 1,000)%n",
                r.totalTips(), ranking.size(), ReplayResult.perThousand(r.totalTips(), r.messages()),
                ReplayResult.perThousand(r.linkSpamTips(), r.messages()));
        Map<RuleId, Integer> byRule = r.tipsByRule();
        if (!byRule.isEmpty()) {
            out.println("  by rule: " + byRule.entrySet().stream().map(e -> e.getKey().id() + " " + e.getValue())
                    .collect(Collectors.joining(", ")));
        }
        out.println();
        out.println("People, most to work on first");
        out.printf(Locale.ROOT, "  %3s  %-24s %8s %5s  %s%n", "#", "person", "messages", "tips", "rules");
        int i = 0;
        for (ReplayResult.Ranked p : ranking) {
            if (++i > SUMMARY_ROWS) {
                out.printf(Locale.ROOT, "  ... and %d more (use --user ID for anyone's report)%n", ranking.size() - SUMMARY_ROWS);
                break;
            }
            String rules = p.rules().isEmpty() ? "-" : p.rules().stream().map(RuleId::id).collect(Collectors.joining(", "));
            out.printf(Locale.ROOT, "  %3d  %-24s %8d %5d  %s%n", i, clip(p.name(), 24), p.messages(), p.tips(), rules);
        }
        out.println();
    }

    private void person(ReplayResult r, UserId user) {
        List<WeeklyReport> reports = r.reportsOf(user);
        reports.removeIf(w -> w.stats().messages() == 0 && w.tips().isEmpty());
        if (reports.isEmpty()) {
            out.println("== " + r.label(user) + ": no messages in this replay");
            out.println();
            return;
        }
        int skip = Math.max(0, reports.size() - WEEKS_PER_PERSON);
        if (skip > 0) {
            out.printf(Locale.ROOT, "== %s: %d earlier weeks not shown (see --output json)%n", r.label(user), skip);
        }
        for (WeeklyReport week : reports.subList(skip, reports.size())) week(r, week);
    }

    private void week(ReplayResult r, WeeklyReport w) {
        WeeklyStats s = w.stats();
        Optional<WeeklyStats> p = w.previous();
        out.printf(Locale.ROOT, "== %s, week %s (from %s)%n", r.label(w.user()), w.week(), DAY.format(w.week().monday()));
        if (!w.wentWell().isEmpty()) {
            out.println("  What went well");
            for (String line : w.wentWell()) out.println("    - " + line);
        }
        out.printf(Locale.ROOT, "  %-28s %10s %10s%n", "Numbers", "this week", "last week");
        row("messages", s.messages(), p.map(WeeklyStats::messages));
        row("replies given", s.replies(), p.map(WeeklyStats::replies));
        row("questions answered", s.questionsAnswered(), p.map(WeeklyStats::questionsAnswered));
        row("mentions received", s.mentionsReceived(), p.map(WeeklyStats::mentionsReceived));
        row("questions to you answered", s.mentionsAnswered(), p.map(WeeklyStats::mentionsAnswered));
        text("median response", s.medianResponseSeconds() < 0 ? "-" : Durations.humane(s.medianResponseSeconds()),
                p.map(x -> x.medianResponseSeconds() < 0 ? "-" : Durations.humane(x.medianResponseSeconds())));
        row("links shared", s.links(), p.map(WeeklyStats::links));
        text("link share", percent(s.linkShare()), p.map(x -> percent(x.linkShare())));
        row("self-promotion", s.selfPromotion(), p.map(WeeklyStats::selfPromotion));
        text("broadcast share", percent(s.broadcastShare()), p.map(x -> percent(x.broadcastShare())));
        text("self-focus (I : you)", s.firstPerson() + " : " + s.secondPerson(),
                p.map(x -> x.firstPerson() + " : " + x.secondPerson()));
        text("reciprocity", s.reciprocity() < 0 ? "-" : percent(s.reciprocity()),
                p.map(x -> x.reciprocity() < 0 ? "-" : percent(x.reciprocity())));
        row("help given", s.helpGiven(), p.map(WeeklyStats::helpGiven));
        row("thanks and nods", s.acknowledgements(), p.map(WeeklyStats::acknowledgements));
        if (!s.audienceMix().isEmpty()) {
            out.println("  Audience: " + s.audienceMix().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey().configName() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        if (!s.topCounterparts().isEmpty()) {
            out.println("  Top counterparts: " + s.topCounterparts().stream()
                    .map(c -> c.pseudonym() + (c.audience() == Audience.UNKNOWN ? "" : " (" + c.audience().configName() + ")")
                            + " gave " + c.given() + "/got " + c.received())
                    .collect(Collectors.joining("; ")));
        }
        if (w.tips().isEmpty()) {
            out.println("  Nothing to work on this week.");
        } else {
            out.println("  To work on");
            int i = 0;
            for (Finding f : w.tips()) {
                out.printf(Locale.ROOT, "    %d. [%s] %s%n", ++i, f.rule().id(), f.tip().seen());
                out.printf(Locale.ROOT, "       Why: %s (principle %d: %s)%n", f.tip().why(),
                        f.tip().principle().number(), f.tip().principle().title());
                out.printf(Locale.ROOT, "       Next step: %s%n", capitalise(f.tip().next()));
                if (!f.evidence().suggestions().isEmpty()) {
                    out.println("       Messages to look at: " + f.evidence().suggestions().stream()
                            .map(m -> f.evidence().where().containsKey(m) ? m + " in " + f.evidence().where().get(m) : m.value())
                            .collect(Collectors.joining(", ")));
                }
            }
            int more = (int) w.findings().stream().filter(Finding::actionable).count() - w.tips().size();
            if (more > 0) out.printf(Locale.ROOT, "    (%d more finding%s this week; the digest keeps to three)%n", more, more == 1 ? "" : "s");
        }
        out.println();
    }

    private void row(String name, long value, Optional<? extends Number> previous) {
        out.printf(Locale.ROOT, "    %-26s %10d %10s%n", name, value, previous.map(Object::toString).orElse("-"));
    }

    private void text(String name, String value, Optional<String> previous) {
        out.printf(Locale.ROOT, "    %-26s %10s %10s%n", name, value, previous.orElse("-"));
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
