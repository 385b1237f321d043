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
        if (!ctx.firstTimeIn("burst", Duration.ofMinutes(minutes))) {
            return;
        }
        ctx.emit(evidence.count("links", links).count("window-minutes", minutes).build(),
                new Tip("You shared " + links + " links within " + minutes + " minutes.", id().principle(),
                        "pick the one link that matters most and say in a sentence why it helps the reader."));
    }
}
