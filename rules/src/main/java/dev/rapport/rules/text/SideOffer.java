package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A reply that turns someone's request towards another thing: "while you're at it, have you thought about X?",
 * "have you considered X instead?", "ever looked into X?". Under a request for an offer, an offer put this way answers
 * a different request than the one asked: the asker wanted the first thing, and what is offered is the replier's
 * own idea of what they should buy. The phrases are general English for steering someone to something else.
 */
public final class SideOffer {
    private static final Pattern STEERS = Pattern.compile("\\b(?:(?:have|had) you (?:ever )?|ever |you ever )"
            + "(?:thought (?:about|of)|considered|looked (?:in)?to)\\b"
            + "|\\bwhile you(?:'re| are| have|'ve| got)(?: got)? (?:at it|there|the \\w+ (?:out|open|off|up))");

    private SideOffer() {
    }

    /** Whether the text steers the one it answers towards another thing than the one they asked for. */
    public static boolean steers(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return STEERS.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).find();
    }
}
