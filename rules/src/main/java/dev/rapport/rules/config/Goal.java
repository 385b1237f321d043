package dev.rapport.rules.config;

import java.util.Locale;

/**
 * What a person wants from a community: the coach coaches toward it. People choose it when they opt in; otherwise
 * the community's setting applies (find customers, unless the operator says otherwise).
 */
public enum Goal {
    /** Meet the people who would buy: audience rules push toward prospective customers. */
    FIND_CUSTOMERS("find-customers"),
    /** Look after existing customers: the advocates rule matters, networking beyond peers less. */
    KEEP_CUSTOMERS("keep-customers"),
    /** Meet peers to work with: talking mostly with peers is the point, not a trap. */
    FIND_COLLABORATORS("find-collaborators"),
    /** Learn from the community: whom one talks with is not a business question at all. */
    LEARN("learn");

    private final String configName;

    Goal(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /** Whether rules about finding customers among one's audience apply. */
    public boolean findsCustomers() {
        return this == FIND_CUSTOMERS;
    }

    /** Whether rules about looking after existing customers apply. */
    public boolean keepsCustomers() {
        return this == FIND_CUSTOMERS || this == KEEP_CUSTOMERS;
    }

    public static Goal parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Goal g : values()) {
            if (g.configName.equals(t)) {
                return g;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a goal; allowed: find-customers, keep-customers, "
                + "find-collaborators, learn");
    }
}
