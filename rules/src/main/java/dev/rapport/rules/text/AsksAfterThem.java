package dev.rapport.rules.text;

import java.util.Locale;

/**
 * A question that asks after the people it is put to, not for help: how their season, trip or week is going ("how's
 * everyone's spring going?", "how was your trip?", "how did your exam go?"), or whether each has done a thing of their
 * own yet ("anyone had their boiler serviced yet?"). Its answer tells of oneself because that is what was asked; it
 * gives the asker nothing to use, so it is no help drawn from one's own experience, while its "I" and "my" are still
 * what the question asked for. "How do you ...?" and "how is it done?" ask for help and are not read here.
 */
public final class AsksAfterThem {
    /** How the people asked are getting on: "how's everyone's ...", "how was your ...", "how are you all ...". */
    private static final GatedPattern HOW_GOES = GatedPattern.compile("\\bhow(?:'s|\\s+is|\\s+are|\\s+was|\\s+were"
            + "|\\s+did|\\s+has|\\s+have)\\s+(?:every(?:one|body)(?:'s)?|your|you\\s+all|you\\s+guys|all\\s+of\\s+you"
            + "|y'all)\\b",
            "how");
    /** Whether each has done a thing of their own yet: "anyone got their permit renewed yet?". */
    private static final GatedPattern DONE_YET = GatedPattern.compile("\\b(?:any(?:one|body)|who)\\s+(?:else\\s+)?"
            + "(?:'s\\s+|has\\s+|have\\s+)?(?:got|had|done|finished|booked|started|sorted)\\s+(?:their|theirs)\\b"
            + "[^?.!]*\\byet\\b",
            "yet");

    private AsksAfterThem() {
    }

    /** Whether {@code text}, a question, asks after the people it is put to rather than for help. */
    public static boolean is(String text) {
        if (text == null || text.length() < 8) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return HOW_GOES.find(t) || DONE_YET.find(t);
    }
}
