package dev.rapport.rules.rule;

import dev.rapport.rules.audience.AdvocatesRule;
import dev.rapport.rules.audience.PeersOnlyRule;
import dev.rapport.rules.links.LinksBurstRule;
import dev.rapport.rules.links.LinksDropRule;
import dev.rapport.rules.links.LinksRepeatRule;
import dev.rapport.rules.links.LinksShareRule;
import dev.rapport.rules.oneway.AsksRule;
import dev.rapport.rules.oneway.BroadcastRule;
import dev.rapport.rules.oneway.GiveTakeRule;
import dev.rapport.rules.oneway.SelfFocusRule;
import dev.rapport.rules.oneway.UnansweredRule;
import dev.rapport.rules.promo.ColdSellRule;
import dev.rapport.rules.promo.SelfPromotionRule;

import java.util.List;
import java.util.Optional;

/** The rule catalogue: one instance of every rule, in the order of {@link RuleId}. */
public final class RuleCatalogue {
    private final List<Rule> rules;

    private RuleCatalogue(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every rule Rapport ships. */
    public static RuleCatalogue standard() {
        return new RuleCatalogue(List.of(
                new LinksShareRule(), new LinksRepeatRule(), new LinksBurstRule(), new LinksDropRule(),
                new SelfPromotionRule(), new ColdSellRule(),
                new BroadcastRule(), new UnansweredRule(), new AsksRule(), new GiveTakeRule(), new SelfFocusRule(),
                new PeersOnlyRule(), new AdvocatesRule()));
    }

    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> find(RuleId id) {
        return rules.stream().filter(r -> r.id() == id).findFirst();
    }

    public Rule get(RuleId id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no rule " + id + " in the catalogue"));
    }
}
