package dev.rapport.bot.digest;

import dev.rapport.rules.stats.Durations;
import dev.rapport.rules.stats.WeeklyStats;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The week's numbers as rows of "this week" and "last week", shared by the Markdown and HTML digests. */
final class DigestNumbers {
    record Row(String name, String now, String before) {
    }

    private DigestNumbers() {
    }

    static List<Row> rows(WeeklyStats s, Optional<WeeklyStats> p) {
        return List.of(
                row("messages", s, p, x -> String.valueOf(x.messages())),
                row("replies given", s, p, x -> String.valueOf(x.replies())),
                row("questions answered", s, p, x -> String.valueOf(x.questionsAnswered())),
                row("reactions given", s, p, x -> String.valueOf(x.reactionsGiven())),
                // Reciprocity is help given back; thanks are counted beside it, apart, because they are polite,
                // not help.
                row("help given", s, p, x -> String.valueOf(x.helpGiven())),
                row("thanks and nods", s, p, x -> String.valueOf(x.acknowledgements())),
                row("questions asked", s, p, x -> String.valueOf(x.questionsAsked())),
                row("questions to you answered", s, p, x -> String.valueOf(x.mentionsAnswered())),
                row("median response", s, p, x -> x.medianResponseSeconds() < 0 ? "-" : Durations.humane(x.medianResponseSeconds())),
                row("links shared", s, p, x -> String.valueOf(x.links())),
                row("link share", s, p, x -> percent(x.linkShare())),
                row("self-promotion", s, p, x -> String.valueOf(x.selfPromotion())),
                row("broadcast share", s, p, x -> percent(x.broadcastShare())));
    }

    private static Row row(String name, WeeklyStats s, Optional<WeeklyStats> p, Function<WeeklyStats, String> value) {
        return new Row(name, value.apply(s), p.map(value).orElse("-"));
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
