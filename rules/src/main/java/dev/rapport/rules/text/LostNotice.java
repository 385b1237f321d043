package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a message is a notice that someone or something has gone missing, with a plea to look out for it: "our dog
 * got out this morning, has anyone seen him?", "my bike was stolen from the station, please keep an eye out", "the
 * tortoise is missing again, check your gardens". Such a notice is spread where the most people will see it, fast: an
 * emergency told to neighbours, not one's work pushed. Both halves are needed: "what you're missing, check it out"
 * names no loss, and "lost my notes, gutted" asks nobody to look. A person missing is told the same way ("last seen at
 * the bus station, please share"), or by the plea alone when it can mean nothing else (whoever sees him asked to ring
 * the police; the room asked to look out for one's own father or dog).
 */
public final class LostNotice {
    private static final Pattern LINK = Pattern.compile("\\S*://\\S*|\\bwww\\.\\S*");
    /**
     * The loss, said as a state ("is missing", "went missing", "missing since", "was stolen", "got out", "didn't come
     * home", "ran off") or named ("lost dog", "missing cat"): general English for something or someone gone.
     */
    private static final Pattern GONE = Pattern.compile("\\b(?:(?:is|are|'s|has been|have been|gone|went|go|still)"
            + " missing|missing (?:since|from|again)|(?:was|were|been|got|has been|is) (?:lost|stolen|taken)"
            + "|(?:lost|missing|stolen|escaped) (?:dog|cat|pet|puppy|kitten|tortoise|rabbit|bird|parrot|horse|bike"
            + "|child|son|daughter|kid|keys|wallet|purse)s?"
            + "|(?:didn'?t|did not|hasn'?t|has not|haven'?t|never) come (?:in|home|back)"
            + "|(?:got|slipped|escaped) out|ran off|run away|ran away"
            // a person gone, as the appeals for one say it: "last seen by the river", "not been seen since Friday",
            // "wandered off", or the police's own appeal named
            + "|last seen|(?:hasn'?t|has not|not|haven'?t|have not) been seen|wandered off"
            + "|(?:police|missing persons?'?) appeal)\\b");
    /** The plea to look out: "has anyone seen", "if you spot", "please look", "keep an eye out", "check your sheds". */
    private static final Pattern LOOK_OUT = Pattern.compile("\\b(?:seen|spotted|spot|if you see|please look"
            + "|look out|looking out|keep an eye|eyes (?:open|peeled)|check (?:your|their|the) \\w+"
            + "|let (?:me|us) know if"
            // the plea to pass the notice on: "please share", "share this far and wide"
            + "|please (?:share|pass (?:it|this) on)|share (?:this|it|widely|far and wide))\\b");
    /**
     * Whoever sees someone asked to ring the emergency number or the police ("if anybody spots her, call 911", "anyone
     * who sees him please phone the police"): only someone missing, or a danger, is reported on sight, so the plea is
     * the notice by itself, the loss left unsaid.
     */
    private static final Pattern SEEN_THEN_CALL = Pattern.compile("\\b(?:if|anyone|anybody|someone|whoever)\\b[^.?!]{0,60}?"
            + "\\b(?:sees?|spots?|finds?)\\b[^.?!]{0,80}?\\b(?:ring|call|phone|dial|contact)"
            + " (?:999|911|112|000|101|the police|police)\\b");
    /**
     * A plea to look out for one of one's own, a relative or a pet ("keep an eye out for our mum", "please look out for
     * my cat"): said to the whole room, it is the notice that they are missing. "Look out for my son's new single"
     * looks out for a thing of theirs, not for them.
     */
    private static final Pattern LOOK_OUT_FOR_KIN = Pattern.compile("\\b(?:look|looking|keep an eye|eyes (?:open|peeled))"
            + " out for (?:my|our) (?:dad|father|mum|mom|mother|son|daughter|brother|sister|grandad|granddad|grandpa"
            + "|grandma|granny|nan|gran|husband|wife|partner|uncle|aunt|auntie|child|boy|girl|kid|dog|cat|puppy"
            + "|kitten)\\b(?!')");

    private LostNotice() {
    }

    /** Whether {@code text} tells of a loss and asks people to look out for it (links aside). */
    public static boolean is(String text) {
        String words = LINK.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll(" ");
        return GONE.matcher(words).find() && LOOK_OUT.matcher(words).find() || SEEN_THEN_CALL.matcher(words).find()
                || LOOK_OUT_FOR_KIN.matcher(words).find();
    }
}
