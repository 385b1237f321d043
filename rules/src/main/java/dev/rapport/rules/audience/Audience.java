package dev.rapport.rules.audience;

import java.util.Locale;

/** Who a counterpart is to the coached person's business. */
public enum Audience {
    /** An existing customer (configured role or channel). */
    CUSTOMER("customer"),
    /** A customer who speaks up for you (configured role or channel). */
    ADVOCATE("advocate"),
    /** Someone in the same trade: mostly answers and announces. */
    PEER("peer"),
    /** Someone who mostly asks questions: a prospective customer. */
    SEEKER("seeker"),
    /** Not enough to tell. */
    UNKNOWN("unknown"),
    /** Configured to be left out of audience statistics (staff, bots that post as users). */
    IGNORE("ignore");

    private final String configName;

    Audience(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /** Existing customers and advocates: the people principle 7 asks to look after first. */
    public boolean existingCustomer() {
        return this == CUSTOMER || this == ADVOCATE;
    }

    public static Audience parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Audience a : values()) {
            if (a.configName.equals(t)) {
                return a;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an audience; allowed: customer, advocate, peer, seeker, ignore");
    }
}
