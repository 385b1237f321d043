package dev.rapport.rules.score;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.stats.WeeklyStats;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A week's numbers for score tests: a quiet week of chatting, changed one number at a time. */
final class Weeks {
    int messages = 10;
    int replies = 5;
    int answered;
    int asked;
    int mentionsAnswered;
    long median = -1;
    int linkMessages;
    int promotion;
    int overdue;
    int reactions;
    int linkFlags;
    final Map<Audience, Integer> mix = new EnumMap<>(Audience.class);

    static Weeks week() {
        return new Weeks();
    }

    Weeks messages(int n, int replies) {
        this.messages = n;
        this.replies = replies;
        return this;
    }

    Weeks answered(int n) {
        answered = n;
        return this;
    }

    Weeks asked(int n) {
        asked = n;
        return this;
    }

    Weeks promoted(int n) {
        promotion = n;
        return this;
    }

    Weeks reactions(int n) {
        reactions = n;
        return this;
    }

    Weeks answeredToMe(int n, long medianSeconds, int leftWaiting) {
        mentionsAnswered = n;
        median = medianSeconds;
        overdue = leftWaiting;
        return this;
    }

    Weeks linkMessages(int n) {
        linkMessages = n;
        return this;
    }

    Weeks linkFlags(int n) {
        linkFlags = n;
        return this;
    }

    Weeks with(Audience a, int n) {
        mix.put(a, n);
        return this;
    }

    WeeklyStats stats() {
        return new WeeklyStats(messages, replies, answered, asked, mentionsAnswered + overdue, mentionsAnswered, median,
                linkMessages, linkMessages, messages == 0 ? 0 : (double) linkMessages / messages, promotion,
                messages == 0 ? 0 : (double) (messages - replies) / messages, 10, 10, 1.0, mix, -1, overdue, List.of(),
                reactions, linkFlags);
    }

    WeekScore score() {
        return WeekScore.of(stats()).orElseThrow();
    }
}
