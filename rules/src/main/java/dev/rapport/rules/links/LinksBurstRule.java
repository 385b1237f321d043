package dev.rapport.rules.links;

import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.rule.MessageContext;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.UserHistory.LinkPost;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** {@code links.burst}: many links within a few minutes. */
public final class LinksBurstRule implements Rule {
    public static final Param LINKS = Param.count("links", 4, 2, 100, "links within the window that make a burst");
    public static final Param WINDOW_MINUTES = Param.count("window-minutes", 10, 1, 60, "minutes of the window");

    @Override
    public RuleId id() {
        return RuleId.LINKS_BURST;
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public List<Param> params() {
        return List.of(LINKS, WINDOW_MINUTES);
    }

    @Override
    public String describe() {
        return "Watches for 4 or more links from you within 10 minutes.";
    }

    @Override
    public void onMessage(MessageContext ctx) {
        if (ctx.facts().countedLinks().isEmpty()) {
            return;
        }
        int minutes = ctx.settings().count(WINDOW_MINUTES);
        Instant start = ctx.now().minus(Duration.ofMinutes(minutes));
        Evidence.Builder evidence = Evidence.builder();
        int links = 0;
        for (LinkPost p : ctx.history().recentLinks()) {
            if (p.time().isBefore(start)) {
                continue;
            }
            links++;
            evidence.message(p.message());
        }
        if (links < ctx.settings().count(LINKS)) {
            return;
        }
        if (oneReplyToSomeoneElse(ctx, start)) {
            return;
        }
        if (!ctx.firstTimeIn("burst", Duration.ofMinutes(minutes))) {
            return;
        }
        ctx.emit(evidence.count("links", links).count("window-minutes", minutes).build(),
                new Tip("You shared " + links + " links within " + minutes + " minutes.", id().principle(),
                        "pick the one link that matters most and say in a sentence why it helps the reader."));
    }

    /**
     * Whether every link of the window came in this one message, an explicit reply (not one guessed) to someone else's
     * post: links packed into one reply are said to that person, the reading that goes with one answer to them, whether
     * or not their post read as a question. A burst is links poured out post after post, or at the room.
     */
    private static boolean oneReplyToSomeoneElse(MessageContext ctx, Instant start) {
        if (ctx.message().replyToAuthor().isEmpty() || ctx.message().replyGuessed()
                || ctx.message().replyToAuthor().get().equals(ctx.message().author())) {
            return false;
        }
        for (LinkPost p : ctx.history().recentLinks()) {
            if (!p.time().isBefore(start) && !p.message().equals(ctx.message().id())) {
                return false;
            }
        }
        return true;
    }
}
