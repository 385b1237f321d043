package dev.rapport.rules.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What went well in a week, in the coach's voice: the digest says this before anything to work on. */
final class Highlights {
    private Highlights() {
    }

    static List<String> of(WeeklyStats s, Optional<WeeklyStats> previous) {
        List<String> lines = new ArrayList<>(4);
        if (s.questionsAnswered() > 0) {
            lines.add("You answered " + plural(s.questionsAnswered(), "question") + " from other people.");
        }
        if (s.mentionsAnswered() > 0) {
            // Praise speed only when it is worth praising: within a day.
            long median = s.medianResponseSeconds();
            String speed = median >= 0 && median <= 86_400 ? ", typically within " + Durations.within(median) : "";
            lines.add("You replied to " + plural(s.mentionsAnswered(), "question") + " aimed at you" + speed + ".");
        }
        if (s.messages() >= 5 && s.broadcastShare() <= 0.5) {
            lines.add(Math.round((1 - s.broadcastShare()) * 100) + "% of your messages were conversations with someone.");
        }
        // Praise for engaging back needs help given back: a week of thanks only is polite, and give-take may be
        // coaching that very week.
        if (s.reciprocity() >= 0.8 && s.mentionsReceived() > 0 && s.helpGiven() > 0) {
            // "Nearly" only when someone was left: said of a week where everyone heard back, it reads as a reproach.
            lines.add(s.reciprocity() >= 1.0 ? "You engaged back with everyone who reached out to you."
                    : "You engaged back with nearly everyone who reached out to you.");
        }
        previous.ifPresent(p -> {
            if (p.messages() >= 5 && s.messages() >= 5 && s.linkShare() < p.linkShare() - 0.1) {
                lines.add("Fewer of your messages carried links than last week.");
            }
            if (p.replies() > 0 && s.replies() > p.replies()) {
                lines.add("More conversations than last week (" + p.replies() + " -> " + s.replies() + ").");
            }
        });
        if (lines.isEmpty() && s.messages() > 0) {
            lines.add("You showed up and took part: " + plural(s.messages(), "message") + ".");
        }
        return lines;
    }

    static String plural(long n, String word) {
        return n + " " + (n == 1 ? word : word + "s");
    }
}
