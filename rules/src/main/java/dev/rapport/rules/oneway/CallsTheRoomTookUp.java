package dev.rapport.rules.oneway;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.stats.WeekTally;

/**
 * A week's posts to the room that were the group's own calls and notices, which its members took up: several people
 * answered them (took on a task, offered help) and the poster thanked them for it. Such posts are how an organiser
 * speaks to the group, answered by the people they were meant for, not a habit of speaking to nobody.
 *
 * <p>Every part is needed, so that a reply or two never excuses a broadcast: one answer is one reader's manners; posts
 * about oneself ("my new studio") are one's own news, however many answer them; a week that sold or linked anything
 * is read as the link and promotion rules read it; and a poster who thanks nobody for answering is still posting at
 * the room.
 */
final class CallsTheRoomTookUp {
    /** Distinct people who answered the week's posts before they count as the group taking them up. */
    private static final int ANSWERERS = 2;

    private CallsTheRoomTookUp() {
    }

    /** Whether the week's posts to nobody were calls the group took up (see the class comment). */
    static boolean in(WeekTally t) {
        // The group's notices, not one's own news, selling and linking nothing.
        if (!NewsTheRoomTookUp.aboutTheWorldSellingNothing(t)) {
            return false;
        }
        int answerers = 0;
        boolean thanked = false;
        for (WeekTally.CounterpartTally c : t.counterparts().values()) {
            if (c.audience() == Audience.IGNORE || c.received() == 0) {
                continue;
            }
            answerers++;
            thanked |= c.acknowledged() > 0;
        }
        return answerers >= ANSWERERS && thanked;
    }
}
