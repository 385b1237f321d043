package dev.rapport.bot.digest;

import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.score.ScoreCard;
import dev.rapport.rules.stats.AsOf;
import dev.rapport.rules.stats.WeeklyReport;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The digest as Markdown: the score and its pillars first, the chart, then the week as the coach sees it. */
public final class DigestMarkdown {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE yyyy-MM-dd", Locale.ENGLISH);

    /** The Markdown of {@code d}, showing {@code chart} (a file beside it) with its alt text. */
    public String render(Digest d, ChartImage chart) {
        StringBuilder b = new StringBuilder(2048);
        b.append("# Your week ").append(d.week()).append(" — ").append(escape(d.name())).append("\n\n");
        b.append(DigestHtml.period(d)).append(". Only you can see this.\n\n");
        ScoreCard card = d.card();
        ScoreCard.Line total = card.total();
        b.append("## Networking score: ").append(ScoreWords.points(total)).append("\n\n");
        if (total.now().isPresent()) {
            b.append(ScoreWords.change(total)).append(" since last week · ").append(ScoreWords.trendOver(total))
                    .append("\n\n");
            b.append("| pillar | points | since last week | last 4 weeks | what counted |\n");
            b.append("|---|---:|---:|---|---|\n");
            for (ScoreCard.Line line : card.lines().subList(1, card.lines().size())) {
                b.append("| ").append(line.title()).append(" | ").append(ScoreWords.points(line)).append(" | ")
                        .append(ScoreWords.change(line)).append(" | ").append(ScoreWords.trend(line)).append(" | ")
                        .append(escape(card.score().get().seen().get(line.pillar().get()))).append(" |\n");
            }
            b.append('\n');
        } else {
            b.append(ScoreWords.none(card)).append("\n\n");
        }
        b.append("![").append(escape(chart.altText())).append("](").append(chart.fileName()).append(")\n\n");
        if (d.report().isEmpty()) {
            b.append("Nothing happened this week.\n\n");
        } else {
            week(b, d.report().get(), d.asOf().orElse(null));
        }
        b.append("---\nThe score is yours alone: nobody else sees it and it is never ranked. How each pillar is "
                + "computed: `/coach why rule:score`.\n");
        return b.toString();
    }

    private static void week(StringBuilder b, WeeklyReport w, Instant asOf) {
        if (!w.wentWell().isEmpty()) {
            b.append("## What went well\n\n");
            for (String line : w.wentWell()) {
                b.append("- ").append(escape(line)).append('\n');
            }
            b.append('\n');
        }
        b.append("## Numbers\n\n| | this week | last week |\n|---|---:|---:|\n");
        for (DigestNumbers.Row r : DigestNumbers.rows(w.stats(), w.previous())) {
            b.append("| ").append(r.name()).append(" | ").append(r.now()).append(" | ").append(r.before()).append(" |\n");
        }
        b.append('\n');
        if (w.tips().isEmpty()) {
            b.append("## To work on\n\nNothing this week. Keep it up!\n\n");
            return;
        }
        b.append("## To work on\n\n");
        int i = 0;
        for (Finding f : w.tips()) {
            b.append(++i).append(". **").append(f.rule().id()).append("** — ").append(escape(AsOf.seen(f, asOf))).append('\n');
            b.append("   - Why: ").append(escape(f.tip().why())).append(" (principle ").append(f.tip().principle().number())
                    .append(": ").append(escape(f.tip().principle().title())).append(")\n");
            b.append("   - Next step: ").append(escape(DigestHtml.capitalise(f.tip().next()))).append('\n');
        }
        b.append('\n');
    }

    /** Keeps names and tip text from turning into Markdown (a name like *bob* or a pipe in a table). */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c == '\n' ? ' ' : c);
        }
        return b.toString();
    }
}
