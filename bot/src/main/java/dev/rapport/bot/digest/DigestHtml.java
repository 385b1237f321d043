package dev.rapport.bot.digest;

import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.score.ScoreCard;
import dev.rapport.rules.stats.AsOf;
import dev.rapport.rules.stats.WeeklyReport;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The digest as a standalone HTML page (no scripts, no external files but its chart), light or dark as the reader's system. */
public final class DigestHtml {
    static final String STYLE = "<style>:root{color-scheme:light dark}body{font-family:system-ui,sans-serif;"
            + "max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.45}table{border-collapse:collapse;"
            + "margin:.5rem 0 1rem}td,th{padding:.25rem .6rem;border-bottom:1px solid #8884;text-align:left}"
            + "td.n{text-align:right}img{max-width:100%;height:auto;border-radius:6px}.muted{opacity:.75}</style>";

    public String render(Digest d, ChartImage chart) {
        StringBuilder b = new StringBuilder(4096);
        page(b, "Your week " + d.week() + " — " + d.name());
        b.append("<h1>Your week ").append(d.week()).append(" — ").append(esc(d.name())).append("</h1>\n");
        b.append("<p class=\"muted\">").append(esc(period(d))).append(". Only you can see this.</p>\n");
        ScoreCard card = d.card();
        ScoreCard.Line total = card.total();
        b.append("<h2>Networking score: ").append(esc(ScoreWords.points(total))).append("</h2>\n");
        if (total.now().isPresent()) {
            b.append("<p>").append(esc(ScoreWords.change(total))).append(" since last week · ")
                    .append(esc(ScoreWords.trendOver(total))).append("</p>\n");
            b.append("<table><tr><th>pillar</th><th>points</th><th>since last week</th><th>last 4 weeks</th>"
                    + "<th>what counted</th></tr>\n");
            for (ScoreCard.Line line : card.lines().subList(1, card.lines().size())) {
                b.append("<tr><td>").append(esc(line.title())).append("</td><td class=\"n\">")
                        .append(esc(ScoreWords.points(line))).append("</td><td class=\"n\">")
                        .append(esc(ScoreWords.change(line))).append("</td><td>").append(esc(ScoreWords.trend(line)))
                        .append("</td><td>").append(esc(card.score().get().seen().get(line.pillar().get())))
                        .append("</td></tr>\n");
            }
            b.append("</table>\n");
        } else {
            b.append("<p>").append(esc(ScoreWords.none(card))).append("</p>\n");
        }
        b.append("<p><img src=\"").append(esc(chart.fileName())).append("\" width=\"").append(chart.width())
                .append("\" height=\"").append(chart.height()).append("\" alt=\"").append(esc(chart.altText()))
                .append("\"></p>\n");
        if (d.report().isEmpty()) {
            b.append("<p>Nothing happened this week.</p>\n");
        } else {
            week(b, d.report().get(), d.asOf().orElse(null));
        }
        b.append("<hr><p class=\"muted\">The score is yours alone: nobody else sees it and it is never ranked. "
                + "How each pillar is computed: <code>/coach why rule:score</code>.</p>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void week(StringBuilder b, WeeklyReport w, Instant asOf) {
        if (!w.wentWell().isEmpty()) {
            b.append("<h2>What went well</h2>\n<ul>\n");
            for (String line : w.wentWell()) {
                b.append("<li>").append(esc(line)).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("<h2>Numbers</h2>\n<table><tr><th></th><th>this week</th><th>last week</th></tr>\n");
        for (DigestNumbers.Row r : DigestNumbers.rows(w.stats(), w.previous())) {
            b.append("<tr><td>").append(esc(r.name())).append("</td><td class=\"n\">").append(esc(r.now()))
                    .append("</td><td class=\"n\">").append(esc(r.before())).append("</td></tr>\n");
        }
        b.append("</table>\n<h2>To work on</h2>\n");
        if (w.tips().isEmpty()) {
            b.append("<p>Nothing this week. Keep it up!</p>\n");
            return;
        }
        b.append("<ol>\n");
        for (Finding f : w.tips()) {
            b.append("<li><strong>").append(esc(f.rule().id())).append("</strong> — ").append(esc(AsOf.seen(f, asOf)))
                    .append("<br>Why: ").append(esc(f.tip().why())).append(" (principle ")
                    .append(f.tip().principle().number()).append(": ").append(esc(f.tip().principle().title()))
                    .append(")<br>Next step: ").append(esc(capitalise(f.tip().next()))).append("</li>\n");
        }
        b.append("</ol>\n");
    }

    /** The people of a digest folder, most improved first, each linking to their page. */
    public String index(List<Digest> digests, String title) {
        StringBuilder b = new StringBuilder(1024 + 200 * digests.size());
        page(b, title);
        b.append("<h1>").append(esc(title)).append("</h1>\n");
        b.append("<p class=\"muted\">For the operator of this export only: each page is one person's private digest. "
                + "Sorted by the change of the score since last week, most improved first; people without a score "
                + "this week last.</p>\n");
        b.append("<table><tr><th>person</th><th>week</th><th>score</th><th>since last week</th><th>last 4 weeks</th>"
                + "</tr>\n");
        for (Digest d : digests) {
            ScoreCard.Line total = d.card().total();
            b.append("<tr><td><a href=\"").append(esc(d.fileStem())).append(".html\">").append(esc(d.name()))
                    .append("</a></td><td>").append(d.week()).append("</td><td class=\"n\">")
                    .append(esc(ScoreWords.points(total))).append("</td><td class=\"n\">")
                    .append(esc(ScoreWords.change(total))).append("</td><td>").append(esc(ScoreWords.trend(total)))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void page(StringBuilder b, String title) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title))
                .append("</title>\n").append(STYLE).append("\n</head>\n<body>\n");
    }

    /** "Monday 2026-01-05 to Sunday 2026-01-11". */
    static String period(Digest d) {
        String week = "Week from " + DigestMarkdown.DAY.format(d.week().monday()) + " to "
                + DigestMarkdown.DAY.format(d.week().monday().plusDays(6));
        // Read after the week is over, the digest says when: its ages are as of that day.
        return d.asOf().filter(at -> !at.isBefore(d.week().end(ZoneOffset.UTC)))
                .map(at -> week + ", as of " + DigestMarkdown.DAY.format(at.atZone(ZoneOffset.UTC)))
                .orElse(week);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String esc(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
