package dev.rapport.bot.coach;

import dev.rapport.bot.digest.ScoreWords;
import dev.rapport.bot.importer.Plural;
import dev.rapport.bot.storage.ledger.TipRecord;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.score.ScoreCard;
import dev.rapport.rules.stats.AsOf;
import dev.rapport.rules.stats.WeeklyReport;
import dev.rapport.rules.stats.WeeklyStats;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Stats and tip lists as cards: numbers, what went well first, then at most three things to work on. */
public final class ReportCards {
    public static final int COLOUR = 0x3B7EA1;

    public Card weekly(WeeklyReport report) {
        return weekly(report, null, List.of(), null);
    }

    /**
     * How many communities get a section of their own; the rest are named in one line (an embed has 25 fields and
     * 6,000 characters).
     */
    static final int COMMUNITY_SECTIONS = 8;

    /**
     * The week with its networking score first (the total, then each pillar with its change and trend) and the
     * chart of the last eight weeks as the card's image, which the message carries as an attachment.
     */
    public Card weekly(DigestView view) {
        ScoreCard.Line total = view.card().total();
        StringBuilder score = new StringBuilder();
        if (total.now().isEmpty()) {
            score.append(ScoreWords.none(view.card()));
        } else {
            score.append("**").append(ScoreWords.points(total)).append("** (").append(ScoreWords.change(total))
                    .append(" since last week, ").append(ScoreWords.trend(total)).append(")\n");
            for (ScoreCard.Line line : view.card().lines().subList(1, view.card().lines().size())) {
                score.append(ScoreWords.summary(line)).append('\n');
            }
            score.append("How it is computed: /coach why rule:score");
        }
        return weekly(view.report(), new Card.Field("Networking score", score.toString().strip()), view.communities(),
                view.asOf().orElse(null))
                .image(view.chart().name());
    }

    /** The week as a private message: the card with the chart attached. */
    public Reply message(DigestView view) {
        return Reply.of(weekly(view)).withFile(view.chart());
    }

    /** The weekly digest by DM: a line of text, then the week with its chart. */
    public Reply digest(DigestView view) {
        return message(view).withContent("Your week in review:");
    }

    private Card weekly(WeeklyReport report, Card.Field first, List<DigestView.CommunityWeek> communities,
                        Instant asOf) {
        WeeklyStats s = report.stats();
        Card card = Card.titled("Your week " + report.week(), COLOUR);
        if (first != null) {
            card = card.field(first.name(), first.value());
        }
        if (!report.wentWell().isEmpty()) {
            card = card.field("What went well", bullets(report.wentWell()));
        }
        StringBuilder numbers = new StringBuilder()
                .append("messages: ").append(s.messages()).append('\n')
                .append("replies given: ").append(s.replies()).append('\n')
                .append("questions answered: ").append(s.questionsAnswered()).append('\n')
                .append("help given / thanks and nods: ").append(s.helpGiven()).append(" / ")
                .append(s.acknowledgements()).append('\n')
                .append("mentions received / answered: ").append(s.mentionsReceived()).append(" / ")
                .append(s.mentionsAnswered()).append('\n')
                .append("links shared: ").append(s.links()).append('\n')
                .append("broadcast share: ").append(percent(s.broadcastShare())).append('\n')
                .append("self-focus (I : you): ").append(s.firstPerson()).append(" : ").append(s.secondPerson());
        if (s.medianResponseSeconds() >= 0) {
            numbers.append('\n').append("typical response: ").append(minutes(s.medianResponseSeconds()));
        }
        card = card.field(communities.isEmpty() ? "Numbers" : "Numbers, all your communities", numbers.toString());
        if (report.tips().isEmpty()) {
            card = card.field("To work on", "Nothing this week. Keep it up!");
        } else {
            StringBuilder work = new StringBuilder();
            int i = 1;
            for (Finding f : report.tips()) {
                work.append(i++).append(". [").append(f.rule().id()).append("] ").append(AsOf.seen(f, asOf))
                        .append("\n   Next step: ").append(f.tip().next()).append('\n');
            }
            card = card.field("To work on", work.toString().strip());
        }
        return communities(card, communities).footer("only you can see this");
    }

    /** One field per community: its numbers and which of the tips above come from there. */
    private static Card communities(Card card, List<DigestView.CommunityWeek> communities) {
        int shown = Math.min(communities.size(), COMMUNITY_SECTIONS);
        Card result = card;
        for (DigestView.CommunityWeek c : communities.subList(0, shown)) {
            WeeklyStats s = c.report().stats();
            StringBuilder b = new StringBuilder()
                    .append("messages ").append(s.messages())
                    .append(" · replies given ").append(s.replies())
                    .append(" · questions answered ").append(s.questionsAnswered())
                    .append(" · links shared ").append(s.links());
            // The tips themselves are above, once; here only which of them come from this community.
            StringBuilder rules = new StringBuilder();
            for (Finding f : c.report().tips()) {
                rules.append(rules.length() == 0 ? "" : ", ").append(f.rule().id());
            }
            b.append('\n').append(rules.length() == 0 ? "nothing to work on here" : "to work on: " + rules);
            result = result.field(Card.clip("In " + c.name()), b.toString());
        }
        if (communities.size() > shown) {
            StringBuilder rest = new StringBuilder();
            for (DigestView.CommunityWeek c : communities.subList(shown, communities.size())) {
                rest.append(rest.length() == 0 ? "" : ", ").append(c.name()).append(" (")
                        .append(Plural.of(c.report().stats().messages(), "message")).append(')');
            }
            result = result.field("Also", rest.toString());
        }
        return result;
    }

    public Card tips(List<TipRecord> recent) {
        Card card = Card.titled("Your recent tips", COLOUR);
        if (recent.isEmpty()) {
            return card.description("No tips yet.");
        }
        StringBuilder b = new StringBuilder();
        for (TipRecord t : recent) {
            b.append("• ").append(t.rule().id()).append(" — week ").append(t.week()).append(", ")
                    .append(t.sentAt().toString(), 0, 10)
                    .append(t.feedback().map(f -> " (you said: " + f.name().toLowerCase(Locale.ROOT) + ")").orElse(""))
                    .append('\n');
        }
        return card.description(b.toString().strip());
    }

    private static String bullets(List<String> lines) {
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            b.append("• ").append(l).append('\n');
        }
        return b.toString().strip();
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String minutes(long seconds) {
        return seconds < 3600 ? (seconds / 60) + " min" : String.format(Locale.ROOT, "%.1f h", seconds / 3600.0);
    }
}
