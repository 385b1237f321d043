package dev.rapport.rules.links;

import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.model.ChannelKind;
import dev.rapport.rules.rule.MessageContext;
import dev.rapport.rules.rule.MessageFacts;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code links.drop}: a link-first or link-only message into a channel the person has not spoken in for a while. */
public final class LinksDropRule implements Rule {
    public static final Param QUIET_DAYS = Param.count("quiet-days", 14, 1, 365, "days of silence in a channel before a link there is a drive-by");

    @Override
    public RuleId id() {
        return RuleId.LINKS_DROP;
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public List<Param> params() {
        return List.of(QUIET_DAYS);
    }

    @Override
    public String describe() {
        return "Watches for a message that opens with a link, or is only a link, posted into a channel or thread where you "
                + "have not spoken for 14 days (a drive-by post).";
    }

    @Override
    public void onMessage(MessageContext ctx) {
        MessageFacts f = ctx.facts();
        if (f.countedLinks().isEmpty() || !(f.linkFirst() || f.linkOnly()) || !f.broadcast()) {
            return;
        }
        if (ctx.message().kind() == ChannelKind.DIRECT) {
            return;
        }
        int days = ctx.settings().count(QUIET_DAYS);
        Optional<Instant> last = ctx.history().lastSpokeIn(ctx.message().channel());
        Instant quietSince = ctx.now().minus(Duration.ofDays(days));
        if (last.isPresent() && !last.get().isBefore(quietSince)) {
            return;
        }
        // "Never spoke there" is only known once the engine has watched long enough (a new opt-in, an export's start).
        if (last.isEmpty() && ctx.historySince().isAfter(quietSince)) {
            return;
        }
        if (!ctx.firstTimeIn(ctx.message().channel().value(), Duration.ofDays(days))) {
            return;
        }
        String where = last.isEmpty() ? "a channel where you had not spoken before"
                : "a channel where you had been quiet for " + Duration.between(last.get(), ctx.now()).toDays() + " days";
        ctx.emit(Evidence.builder().message(ctx.message().id()).link(f.countedLinks().get(0).fingerprint())
                        .count("quiet-days", last.map(l -> Duration.between(l, ctx.now()).toDays()).orElse(-1L)).build(),
                new Tip("You opened with a link in " + where + ".", id().principle(),
                        "next time you visit, say hello and join a conversation there before sharing anything."));
    }
}
