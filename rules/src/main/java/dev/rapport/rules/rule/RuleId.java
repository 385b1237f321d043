package dev.rapport.rules.rule;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The stable ids of the rule catalogue. Ids appear in config, tips, the tip ledger and {@code /coach why}. */
public enum RuleId {
    LINKS_SHARE("links.share", Principle.LINKS_ARE_SEASONING),
    LINKS_REPEAT("links.repeat", Principle.LINKS_ARE_SEASONING),
    LINKS_BURST("links.burst", Principle.LINKS_ARE_SEASONING),
    LINKS_DROP("links.drop", Principle.LINKS_ARE_SEASONING),
    PROMO_SELF("promo.self", Principle.LINKS_ARE_SEASONING),
    SELL_COLD("sell.cold", Principle.MEET_CREATE_VALUE_SELL),
    ONEWAY_BROADCAST("oneway.broadcast", Principle.RELATIONSHIPS_BEFORE_REACH),
    ONEWAY_UNANSWERED("oneway.unanswered", Principle.TWO_WAY_STREET),
    ONEWAY_ASKS("oneway.asks", Principle.TWO_WAY_STREET),
    ONEWAY_GIVE_TAKE("oneway.give-take", Principle.TWO_WAY_STREET),
    ONEWAY_SELF_FOCUS("oneway.self-focus", Principle.NOT_ABOUT_YOU),
    AUDIENCE_PEERS_ONLY("audience.peers-only", Principle.WHERE_CUSTOMERS_ARE),
    AUDIENCE_ADVOCATES("audience.advocates", Principle.BEST_CUSTOMERS_BRING_NEXT);

    private final String id;
    private final Principle principle;

    RuleId(String id, Principle principle) {
        this.id = id;
        this.principle = principle;
    }

    /** The id as written in config and shown to people, e.g. {@code links.repeat}. */
    public String id() {
        return id;
    }

    public Principle principle() {
        return principle;
    }

    /**
     * The rules about pushing one's own stuff, most specific first: one message yields at most one finding of this
     * family (a welcome that points to a guide must not be told it is both self-promotion and a cold pitch). Tips
     * about people come first, then habits over days, then single moments (a burst, a drop), which the habit that
     * contains them already says; over a week the engine keeps one tip per behaviour the same way.
     */
    public static final java.util.List<RuleId> PROMOTION_FAMILY = java.util.List.of(SELL_COLD, ONEWAY_ASKS, PROMO_SELF,
            LINKS_REPEAT, LINKS_BURST, LINKS_DROP);

    public static Optional<RuleId> find(String id) {
        for (RuleId r : values()) {
            if (r.id.equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Parses an id, or fails with a message that lists the known ids. */
    public static RuleId parse(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown rule '" + id + "'; known rules: " + allIds()));
    }

    public static String allIds() {
        return Arrays.stream(values()).map(RuleId::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
