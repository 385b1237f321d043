package dev.rapport.rules.audience;

import dev.rapport.rules.text.GatedPattern;
import java.util.regex.Pattern;

/**
 * Work done at an occasion of the writer's, told to the one who did it: "you played our wedding", "you called our
 * barn dance in the spring", "you ran our quiz night". An occasion (a wedding, a party, a dance, a fundraiser) is not a
 * thing one phones, sees or owns: whatever the trade's verb, "you" doing it to "our" occasion says the other worked
 * it, as a band, a caller, a host or a caterer does. Not a guest's verbs ("you came to our wedding", "you missed our
 * party", "you made our day"). Read only beside talk of pay ({@link BoughtBefore#paidWorkTold}), as the other shapes
 * of work told are.
 */
final class EventWorked {
    /** Verbs of a guest or a feeling, not of work: "you came to our...", "you loved our...", "you made our night". */
    private static final String GUEST = "(?:came|come|went|go|attended|attend|missed|miss|saw|see|seen|loved|love|liked"
            + "|like|enjoyed|enjoy|joined|join|visited|visit|left|skipped|crashed|ruined|made|make|saved|save|remember"
            + "|remembered|mentioned|heard|hear|invited|know|knew|have|had|need|want|are|were|was|is|and|or|to|for|from"
            + "|of|about|on|in|at|with|too|all|guys|two|lot|also|already|never|ever|just|do|does)";
    /** Occasions a household or a group holds and hires people to work: "our wedding", "our village hall dance". */
    private static final String OCCASION = "(?:weddings?|party|parties|ceilidhs?|dances?|balls?|galas?|proms?|discos?"
            + "|fetes?|f\u00eates?|festivals?|fundraisers?|receptions?|christenings?|launch|launches|quiz|quizzes|gigs?"
            + "|concerts?|events?|birthday|anniversary|dinners?|ceremony|ceremonies|recitals?|socials?|barbecues?"
            + "|bbqs?|reunions?|hooleys?|knees-ups?|fairs?(?!\\s+(?:share|trade|price|play|enough|point)\\b))";
    /**
     * Not asked ("could you play our party?") nor supposed ("if you played our wedding"): told, as done. Looked
     * behind only where "you" begins a word (the lookahead before it), not at every position of the text.
     */
    private static final String TOLD = "(?<!\\bif\\s)(?<!\\bunless\\s)(?<!\\bcould\\s)(?<!\\bcan\\s)(?<!\\bwould\\s)"
            + "(?<!\\bwill\\s)(?<!\\bshould\\s)(?<!\\bdid\\s)(?<!\\bdo\\s)";
    private static final GatedPattern WORKED = GatedPattern.compile("\\b(?=you)" + TOLD + "you(?:\\s+(?:guys|two|all|lot))?\\s+(?!" + GUEST
            + "\\b)[a-z']{2,}\\s+(?:our|my)\\s+(?:[\\w'-]+\\s+){0,3}?" + OCCASION + "\\b",
            "our", "my");

    /**
     * The same work told of an occasion named by whoever holds it rather than "our" ("you catered the rowing club's
     * spring ball last May", "you played St Cuthbert's harvest dance in 2032"), with when it was done: a school, a
     * club or a village holds its occasions, and the one who writes for it says their name. Said as well by someone
     * the holder sent ("you played my sister's wedding last year"), so it is read only beside the price of that
     * job asked again ({@link #toldOfItsHolder}): only the one who paid it asks for it to hold.
     */
    private static final GatedPattern WORKED_FOR_ITS_HOLDER = GatedPattern.compile("\\b(?=you)" + TOLD
            + "you(?:\\s+(?:guys|two|all|lot))?\\s+(?!" + GUEST + "\\b)[a-z']{2,}\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?"
            + "[\\w-]+'s\\s+(?:[\\w'-]+\\s+){0,3}?" + OCCASION + "\\s+" + BoughtBefore.WHEN_DONE,
            "'s");
    /**
     * The price of the job before asked to hold again, as a question: "same price as last year?", "is it the same fee
     * as last time?". A seller states their own terms so ("same price as last year for regulars"), so only asked.
     */
    private static final Pattern SAME_PRICE_ASKED = Pattern.compile("\\bsame\\s+(?:rate|rates|price|prices|fee|fees"
            + "|charge|terms)\\s+as\\s+(?:last\\s+(?:time|year|season|summer|spring|autumn|winter|month|job)|before)\\b"
            + "[^.!?\\n]{0,40}\\?");

    private EventWorked() {
    }

    /**
     * Whether the lower-cased {@code t} tells of the one spoken to working an occasion named by its holder, with
     * when, and asks that job's price of before again: a client back for the next one.
     */
    static boolean toldOfItsHolder(String t) {
        return t.indexOf('?') >= 0 && SAME_PRICE_ASKED.matcher(t).find() && WORKED_FOR_ITS_HOLDER.find(t);
    }

    /** Whether the lower-cased {@code t} tells of the one spoken to working an occasion of the writer's. */
    static boolean told(String t) {
        return WORKED.find(t);
    }
}
