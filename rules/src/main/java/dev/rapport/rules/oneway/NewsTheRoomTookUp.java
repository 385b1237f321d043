package dev.rapport.rules.oneway;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.stats.WeekTally;

/**
 * A week's run of posts to the room that the room took up as a service: news about the world, not the poster (a
 * supplier's stock, a road's closure, a price), that people kept reacting to, and whose readers spoke back and were
 * answered. Such a run is the room's news service, kept for the people who read it, not a habit of speaking to nobody.
 *
 * <p>Every part is needed, so that a thank-you never excuses a broadcast: a single "thanks" under a run nobody reacted
 * to is one reader's manners; reactions to one's own doings ("my new studio", "my kiln") are congratulations on a post
 * about oneself; and a week that sold or linked anything is read as the link and promotion rules read it.
 */
final class NewsTheRoomTookUp {
    private NewsTheRoomTookUp() {
    }

    /** Whether the week's posts to nobody were news the room took up (see the class comment). */
    static boolean in(WeekTally t) {
        if (!aboutTheWorldSellingNothing(t)) {
            return false;
        }
        // Reacted to as a run, not once: at least one reaction for every two posts to nobody.
        return t.reactionsReceived() * 2 >= t.broadcastTurns() && readersAnswered(t);
    }

    /**
     * The week had posts to nobody, sold and linked nothing, and was about the world or the group, not oneself: fewer
     * "I", "my", "we" in the week than posts to nobody. What both readings of a week as a service start from (this one
     * and {@link CallsTheRoomTookUp}).
     */
    static boolean aboutTheWorldSellingNothing(WeekTally t) {
        int toNobody = t.broadcastTurns();
        return toNobody > 0 && t.selfPromotion() == 0 && t.linkMessages() == 0 && t.firstPerson() < toNobody;
    }

    /** Someone spoke back to the person this week, and nobody who did was left without a word back. */
    private static boolean readersAnswered(WeekTally t) {
        boolean spokeBack = false;
        for (WeekTally.CounterpartTally c : t.counterparts().values()) {
            if (c.audience() == Audience.IGNORE) {
                continue;
            }
            if (c.leftWithoutAWord()) {
                return false;
            }
            spokeBack |= c.received() > 0;
        }
        return spokeBack;
    }
}
