package dev.rapport.rules.score;

import java.util.Locale;

/**
 * The four pillars of the networking score, 25 points each. Each formula reads only a week's numbers
 * ({@link dev.rapport.rules.stats.WeeklyStats}), so a stored week scores the same today as on the day it ended.
 */
public enum Pillar {
    GIVE_FIRST("give first", "Give first",
            "help = questions answered + half the reactions you gave; take = questions asked + self-promotional "
                    + "messages. Points = 25 x help / (help + take), scaled down while help is under 3. "
                    + "Full: 3 or more acts of help and nothing asked or promoted. None: no help given."),
    CONVERSE("converse", "Converse",
            "conversation = share of your messages that replied to or addressed someone. When people waited for "
                    + "your answer: 15 x conversation + 10 x answered x speed, where answered = questions to you "
                    + "answered / (answered + left waiting past the deadline) and speed = 1 for a median answer within "
                    + "1 h, 0.75 within 4 h, 0.5 within 24 h, 0.25 later. Nobody waited: 25 x conversation. "
                    + "Full: every message a conversation and every question answered within the hour. None: "
                    + "broadcasts only."),
    REACH_CUSTOMERS("reach customers", "Reach customers",
            "reach = interactions (both ways) with customers, advocates and seekers; known = reach + interactions "
                    + "with peers (people whose audience is not known yet are left out). Points = 25 x min(1, "
                    + "2 x reach / known): half your conversations with the people who buy from you earns full "
                    + "points. None: only peers, or nobody placed yet."),
    LINK_RESTRAINT("link restraint", "Link restraint",
            "share = messages with links that count / messages (links in answers to questions and in promotion "
                    + "channels never count). Points = 25 x (1 - (share - 10%) / 30%), kept between 0 and 25, "
                    + "minus 5 for each link drop, repeated link or burst the link rules saw. Full: at most 1 message "
                    + "in 10 with a link and no drops, repeats or bursts. None: 40% or more, or five of them.");

    /** The most a pillar can earn; four of them make 100. */
    public static final int MAX = 25;

    private final String id;
    private final String title;
    private final String formula;

    Pillar(String id, String title, String formula) {
        this.id = id;
        this.title = title;
        this.formula = formula;
    }

    /** Lower-case name, as typed: {@code give first}. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** How the points are computed, in words a person can check against their own numbers. */
    public String formula() {
        return formula;
    }

    /** The pillar named {@code text} (its id or title, any case, dashes or underscores for spaces). */
    public static java.util.Optional<Pillar> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        for (Pillar p : values()) {
            if (p.id.equals(t)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }
}
