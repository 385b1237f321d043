package dev.rapport.bot.discord.coach;

import dev.rapport.bot.coach.Attachment;
import dev.rapport.bot.coach.DigestView;
import dev.rapport.bot.digest.ScoreWords;
import dev.rapport.bot.storage.ledger.TipRecord;
import dev.rapport.rules.score.ScoreCard;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.stats.WeeklyReport;
import dev.rapport.rules.stats.WeeklyStats;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;

import java.util.List;
import java.util.Locale;

/** Stats and tip lists as Discord embeds: numbers, what went well first, then at most three things to work on. */
public final class ReportEmbeds {
    private static final int COLOUR = 0x3B7EA1;

    public MessageEmbed weekly(WeeklyReport report) {
        return weekly(report, new EmbedBuilder());
    }

    /**
     * The week with its networking score first (the total, then each pillar with its change and trend) and the
     * chart of the last eight weeks as the embed's image, which the message carries as an attachment.
     */
    public MessageEmbed weekly(DigestView view) {
        EmbedBuilder e = new EmbedBuilder();
        ScoreCard.Line total = view.card().total();
        StringBuilder score = new StringBuilder();
        if (total.now().isEmpty()) {
            score.append("No score this week: you wrote no messages of your own.");
        } else {
            score.append("**").append(ScoreWords.points(total)).append("** (").append(ScoreWords.change(total))
                    .append(" since last week, ").append(ScoreWords.trend(total)).append(")\n");
            for (ScoreCard.Line line : view.card().lines().subList(1, view.card().lines().size())) {
                score.append(ScoreWords.summary(line)).append('\n');
            }
            score.append("How it is computed: /coach why rule:score");
        }
        e.addField("Networking score", clip(score.toString().strip()), false);
        e.setImage("attachment://" + view.chart().name());
        return weekly(view.report(), e, view.communities());
    }

    /**
     * How many communities get a section of their own; the rest are named in one line (an embed has 25 fields and
     * 6,000 characters).
     */
    static final int COMMUNITY_SECTIONS = 8;

    /** One field per community: its numbers and what there is to work on there. */
    private static void communities(EmbedBuilder e, List<DigestView.CommunityWeek> communities) {
        int shown = Math.min(communities.size(), COMMUNITY_SECTIONS);
        for (DigestView.CommunityWeek c : communities.subList(0, shown)) {
            WeeklyStats s = c.report().stats();
            StringBuilder b = new StringBuilder()
                    .append("messages ").append(s.messages())
                    .append(" · replies given ").append(s.replies())
                    .append(" · questions answered ").append(s.questionsAnswered())
                    .append(" · links shared ").append(s.links());
            // The tips themselves are above, once; here only which of them come from this community.
            StringBuilder rules = new StringBuilder();
            for (Finding f : c.report().tips()) rules.append(rules.length() == 0 ? "" : ", ").append(f.rule().id());
            b.append('\n').append(rules.length() == 0 ? "nothing to work on here" : "to work on: " + rules);
            e.addField(clip("In " + c.name()), clip(b.toString()), false);
        }
        if (communities.size() > shown) {
            StringBuilder rest = new StringBuilder();
            for (DigestView.CommunityWeek c : communities.subList(shown, communities.size())) {
                rest.append(rest.length() == 0 ? "" : ", ").append(c.name()).append(" (").append(c.report().stats().messages())
                        .append(" messages)");
            }
            e.addField("Also", clip(rest.toString()), false);
        }
    }

    private MessageEmbed weekly(WeeklyReport report, EmbedBuilder e) {
        return weekly(report, e, List.of());
    }

    private MessageEmbed weekly(WeeklyReport report, EmbedBuilder e, List<DigestView.CommunityWeek> communities) {
        WeeklyStats s = report.stats();
        e.setTitle("Your week " + report.week()).setColor(COLOUR);
        if (!report.wentWell().isEmpty()) e.addField("What went well", bullets(report.wentWell()), false);
        StringBuilder numbers = new StringBuilder()
                .append("messages: ").append(s.messages()).append('\n')
                .append("replies given: ").append(s.replies()).append('\n')
                .append("questions answered: ").append(s.questionsAnswered()).append('\n')
                .append("mentions received / answered: ").append(s.mentionsReceived()).append(" / ")
                .append(s.mentionsAnswered()).append('\n')
                .append("links shared: ").append(s.links()).append('\n')
                .append("broadcast share: ").append(percent(s.broadcastShare())).append('\n')
                .append("self-focus (I : you): ").append(s.firstPerson()).append(" : ").append(s.secondPerson());
        if (s.medianResponseSeconds() >= 0) {
            numbers.append('\n').append("typical response: ").append(minutes(s.medianResponseSeconds()));
        }
        e.addField(communities.isEmpty() ? "Numbers" : "Numbers, all your communities", numbers.toString(), false);
        if (report.tips().isEmpty()) {
            e.addField("To work on", "Nothing this week. Keep it up!", false);
        } else {
            StringBuilder work = new StringBuilder();
            int i = 1;
            for (Finding f : report.tips()) {
                work.append(i++).append(". [").append(f.rule().id()).append("] ").append(f.tip().seen())
                        .append("\n   Next step: ").append(f.tip().next()).append('\n');
            }
            e.addField("To work on", clip(work.toString().strip()), false);
        }
        communities(e, communities);
        return e.setFooter("only you can see this").build();
    }

    public MessageEmbed tips(List<TipRecord> recent) {
        EmbedBuilder e = new EmbedBuilder().setTitle("Your recent tips").setColor(COLOUR);
        if (recent.isEmpty()) {
            e.setDescription("No tips yet.");
        } else {
            StringBuilder b = new StringBuilder();
            for (TipRecord t : recent) {
                b.append("• ").append(t.rule().id()).append(" — week ").append(t.week()).append(", ")
                        .append(t.sentAt().toString(), 0, 10)
                        .append(t.feedback().map(f -> " (you said: " + f.name().toLowerCase(Locale.ROOT) + ")").orElse(""))
                        .append('\n');
            }
            e.setDescription(b.toString().strip());
        }
        return e.build();
    }

    /** The chart as Discord takes a file: its bytes, name and alt text (the attachment's description). */
    public static FileUpload upload(Attachment chart) {
        return FileUpload.fromData(chart.bytes(), chart.name()).setDescription(chart.altText());
    }

    private static String bullets(List<String> lines) {
        StringBuilder b = new StringBuilder();
        for (String l : lines) b.append("• ").append(l).append('\n');
        return clip(b.toString().strip());
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String minutes(long seconds) {
        return seconds < 3600 ? (seconds / 60) + " min" : String.format(Locale.ROOT, "%.1f h", seconds / 3600.0);
    }

    private static String clip(String text) {
        return text.length() <= MessageEmbed.VALUE_MAX_LENGTH ? text : text.substring(0, MessageEmbed.VALUE_MAX_LENGTH - 1) + "…";
    }
}
