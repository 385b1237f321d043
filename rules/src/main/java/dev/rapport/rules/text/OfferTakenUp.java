package dev.rapport.rules.text;

import java.util.Locale;

/**
 * Whether a reply takes up an offer made to the writer: "deal", "I'll take it", "let's do it", "book me in", "Friday is
 * perfect", "works for me", "messaging you now", "I'll DM you". Said by someone who asked the room for a provider or a
 * price, to one who offered, it says the request is settled: they chose whom to go with. General English of accepting.
 * Not "thanks, that's useful" (heard, not chosen) nor a question ("would Friday work?").
 */
public final class OfferTakenUp {
    /** The ways of saying yes to an offer (general English). */
    private static final GatedPattern TAKEN = GatedPattern.compile("(?:^|[.,;:!\\n]\\s*)deal\\b"
            + "|\\bi(?:'ll| will) take (?:it|them|one|you up on)\\b|\\blet'?s do (?:it|that)\\b|\\bgo ahead\\b"
            + "|\\b(?:book|pencil|put) (?:me|us) (?:in|down)\\b"
            + "|\\b(?:messaging|dming|dm'ing|pming|texting|calling|emailing|ringing) you (?:now|shortly|in a (?:sec|bit|minute))\\b"
            + "|\\bi(?:'ll| will) (?:message|dm|pm|text|call|email|ring) you\\b"
            + "|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|that|then) (?:is|would be|'s) "
            + "(?:perfect|ideal|great|fine)\\b"
            + "|\\b(?:works|suits) (?:me|us)\\b",
            "deal", "take", "do", "go ahead", "me", "us", "you", "perfect", "ideal", "great", "fine");

    private OfferTakenUp() {
    }

    /** Whether {@code text} takes up an offer made to its writer (not asked as a question). */
    public static boolean is(String text) {
        if (text == null || text.isEmpty() || text.indexOf('?') >= 0) {
            return false;
        }
        return TAKEN.find(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }
}
