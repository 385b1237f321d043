package dev.rapport.rules.engine;

import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.rule.MessageFacts;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleSettings;
import dev.rapport.rules.stats.IsoWeek;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets the rules look: at a person's message, at the end of their week, at their overdue questions. Reads the rules,
 * each rule's settings in the community ({@link Communities#settings}) and {@link OneBehaviour}'s ranking; separate
 * because the order the rules run in and which of them may speak for one message are decisions of their own, apart
 * from what the engine counts.
 */
final class RuleRunner {

    /** The rules, the promotion family last ({@link #promotionFamilyLast}). */
    private final List<Rule> rules;
    /** Per rule of {@link #rules}: whether it is of the promotion family (at most one finding of it per message). */
    private final boolean[] promotionFamily;
    /** Where sell.cold stands in {@link #rules}, or -1: its new-days setting says who was just met. */
    private final int coldSell;
    private final Communities communities;
    private final PseudonymCache pseudonyms;

    RuleRunner(List<Rule> rules, Communities communities, PseudonymCache pseudonyms) {
        this.rules = promotionFamilyLast(rules);
        this.promotionFamily = new boolean[this.rules.size()];
        for (int r = 0; r < promotionFamily.length; r++) {
            promotionFamily[r] = RuleId.PROMOTION_FAMILY.contains(this.rules.get(r).id());
        }
        int cold = -1;
        for (int r = 0; r < this.rules.size(); r++) {
            if (this.rules.get(r).id() == RuleId.SELL_COLD) {
                cold = r;
            }
        }
        this.coldSell = cold;
        this.communities = communities;
        this.pseudonyms = pseudonyms;
    }

    /**
     * The rules in catalogue order, except that the promotion family runs last and most specific first: a message
     * yields at most one finding of that family, and the one that fits best is the one that speaks.
     */
    private static List<Rule> promotionFamilyLast(List<Rule> rules) {
        List<Rule> ordered = new ArrayList<>(rules.size());
        for (Rule r : rules) {
            if (!RuleId.PROMOTION_FAMILY.contains(r.id())) {
                ordered.add(r);
            }
        }
        for (RuleId id : RuleId.PROMOTION_FAMILY) {
            for (Rule r : rules) {
                if (r.id() == id) {
                    ordered.add(r);
                }
            }
        }
        return List.copyOf(ordered);
    }

    /** Lets each enabled rule look at the message; the promotion family speaks at most once per message. */
    void message(UserState s, ChatMessage m, MessageFacts facts, IsoWeek week, CommunityState community,
                 List<Finding> out) {
        // Rules look at the history as it was before this message, plus the message's own links.
        // The engine sees every channel it is in from the moment it coaches someone: their history starts there.
        Instant historySince = s.knownSince(m.time());
        RuleSettings[] perRule = ruleSettings(community, m.community());
        // Who counts as just met is the community's reading of sell.cold (its new-days), also where another rule of
        // the promotion family asks whether a pitch carries on to the next newcomer.
        RuleRuns.MessageRun run = new RuleRuns.MessageRun(s, m, facts, week, historySince,
                coldSell >= 0 ? perRule[coldSell] : null, out, pseudonyms);
        boolean promotionFound = false;
        boolean habitOrPeopleFound = false;
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            boolean family = promotionFamily[r];
            // After a tip about how one treats people (an ask, a pitch) or about pushing one's work (promo.self), the
            // repeat still looks: the same link over and over is a habit of its own, and the week's OneBehaviour
            // decides whether the other tip speaks for it. Otherwise the post that made both habits plain would
            // only ever tell one of them.
            if (family && promotionFound && !(habitOrPeopleFound && rule.id() == RuleId.LINKS_REPEAT)) {
                continue;
            }
            RuleSettings rs = perRule[r];
            if (!rs.enabled()) {
                continue;
            }
            run.use(rule, rs);
            int before = run.emitted;
            rule.onMessage(run);
            if (family && run.emitted > before) {
                promotionFound = true;
                habitOrPeopleFound = OneBehaviour.rank(rule.id()) <= 1;
            }
        }
    }

    /**
     * The settings of each rule (in {@link #rules} order) in {@code community}, kept by its state until the settings
     * change: looked up per rule per message, they cost a map lookup each.
     */
    private RuleSettings[] ruleSettings(CommunityState place, CommunityId community) {
        RuleSettings[] perRule = place.ruleSettings();
        if (perRule == null) {
            perRule = new RuleSettings[rules.size()];
            for (int r = 0; r < perRule.length; r++) {
                perRule[r] = settings().settings(community, rules.get(r).id());
            }
            place.ruleSettings(perRule);
        }
        return perRule;
    }
    /** Lets each enabled rule look at the end of a person's week; none when the week had no message of theirs. */
    void weekEnd(RuleRuns.WeekRun run, CommunityState place, CommunityId community, boolean anyMessage) {
        RuleSettings[] perRule = ruleSettings(place, community);
        int ruleCount = anyMessage ? rules.size() : 0;
        for (int r = 0; r < ruleCount; r++) {
            Rule rule = rules.get(r);
            RuleSettings rs = perRule[r];
            if (!rs.enabled()) {
                continue;
            }
            run.use(rule, rs);
            rule.onWeekEnd(run);
        }
    }

    /** Lets each enabled rule look at a person's questions that just went overdue. */
    void overdue(RuleRuns.OverdueRun run, CommunityState place, CommunityId community) {
        RuleSettings[] perRule = ruleSettings(place, community);
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            RuleSettings rs = perRule[r];
            if (!rs.enabled()) {
                continue;
            }
            run.use(rule, rs);
            rule.onOverdue(run);
        }
    }

    List<Rule> rules() {
        return rules;
    }

    private CoachSettings settings() {
        return communities.settings();
    }
}
