package dev.rapport.bot.replay;

import dev.rapport.bot.importer.ImportReport;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.bot.cli.TerminalText;
import dev.rapport.bot.importer.Plural;
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
        if (users.size() != 1) {
            summary(r);
        }
        for (UserId user : users) {
            person(r, user);
        }
        out.flush();
    }

    private void header(ReplayResult r) {
        out.println("Rapport replay");
        for (ImportReport in : r.inputs()) {
            out.printf(Locale.ROOT, "  %s (%s): %s", safe(in.source()), in.format().cliName(),
                    Plural.of(in.messages(), "message"));
            if (in.botMessages() > 0) {
                out.printf(Locale.ROOT, ", %d by bots ignored", in.botMessages());
            }
            if (in.skipped() > 0) {
                out.print(", " + Plural.of(in.skipped(), "other line") + " skipped");
            }
            out.println();
            for (String w : in.warnings()) {
                out.println("    warning: " + safe(w));
            }
        }
        r.problem().ifPresent(p -> out.println("  problem: " + safe(p) + " (what was read before it is analysed below)"));
        if (r.first() != null) {
            out.printf(Locale.ROOT, "  %s, %s to %s, weeks in %s%n", Plural.of(r.messages(), "message"),
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
        out.printf(Locale.ROOT, "Tips: %d for %d of %s (%.1f per 1,000 messages; link and promotion tips: %.1f per 1,000)%n",
                r.totalTips(), r.peopleWithTips(), ranking.size() == 1 ? "1 person" : ranking.size() + " people",
                ReplayResult.perThousand(r.totalTips(), r.messages()),
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
            out.printf(Locale.ROOT, "  %3d  %-24s %8d %5d  %s%n", i, clip(safe(p.name()), 24), p.messages(), p.tips(), rules);
        }
        out.println();
    }

    private void person(ReplayResult r, UserId user) {
        List<WeeklyReport> reports = r.shownWeeks(user);
        if (reports.isEmpty()) {
            out.println("== " + safe(r.label(user)) + ": no messages in this replay");
            out.println();
            return;
        }
        int skip = Math.max(0, reports.size() - WEEKS_PER_PERSON);
        if (skip > 0) {
            out.printf(Locale.ROOT, "== %s: %s not shown (see --output json)%n", safe(r.label(user)),
                    Plural.of(skip, "earlier week"));
        }
        for (WeeklyReport week : reports.subList(skip, reports.size())) {
            week(r, week);
        }
    }

    private void week(ReplayResult r, WeeklyReport w) {
        WeeklyStats s = w.stats();
        Optional<WeeklyStats> p = w.previous();
        out.printf(Locale.ROOT, "== %s, week %s (from %s)%n", safe(r.label(w.user())), w.week(), DAY.format(w.week().monday()));
        if (!w.wentWell().isEmpty()) {
            out.println("  What went well");
            for (String line : w.wentWell()) {
                out.println("    - " + line);
            }
        }
        out.printf(Locale.ROOT, "  %-28s %10s %10s%n", "Numbers", "this week", "last week");
        row("messages", s.messages(), p.map(WeeklyStats::messages));
        row("replies given", s.replies(), p.map(WeeklyStats::replies));
        row("questions answered", s.questionsAnswered(), p.map(WeeklyStats::questionsAnswered));
        row("mentions received", s.mentionsReceived(), p.map(WeeklyStats::mentionsReceived));
        row("questions to you answered", s.mentionsAnswered(), p.map(WeeklyStats::mentionsAnswered));
        text("median response", duration(s.medianResponseSeconds()), p.map(x -> duration(x.medianResponseSeconds())));
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
                            .map(m -> f.evidence().where().containsKey(m)
                                    ? m + " in " + safe(r.names().channel(f.evidence().where().get(m))) : m.value())
                            .collect(Collectors.joining(", ")));
                }
            }
            int more = (int) w.findings().stream().filter(Finding::actionable).count() - w.tips().size();
            if (more > 0) {
                out.printf(Locale.ROOT, "    (%d more finding%s this week; the digest keeps to three)%n", more, more == 1 ? "" : "s");
            }
        }
        out.println();
    }

    private void row(String name, long value, Optional<? extends Number> previous) {
        out.printf(Locale.ROOT, "    %-26s %10d %10s%n", name, value, previous.map(Object::toString).orElse("-"));
    }

    private void text(String name, String value, Optional<String> previous) {
        out.printf(Locale.ROOT, "    %-26s %10s %10s%n", name, value, previous.orElse("-"));
    }

    /**
     * A duration short enough for its column: {@code 40m}, {@code 47h 15m}, {@code 3d 2h}; "-" for none. The
     * sentences of a tip keep the long form.
     */
    static String duration(long seconds) {
        if (seconds < 0) {
            return "-";
        }
        if (seconds < 60) {
            return "<1m";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + "m";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + "h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + "m");
        }
        long days = hours / 24;
        return days + "d" + (hours % 24 == 0 ? "" : " " + hours % 24 + "h");
    }

    private static String safe(String s) {
        return TerminalText.safe(s);
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
