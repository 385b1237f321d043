package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a message is a notice that someone or something has gone missing, with a plea to look out for it: "our dog
 * got out this morning, has anyone seen him?", "my bike was stolen from the station, please keep an eye out", "the
 * tortoise is missing again, check your gardens". Such a notice is spread where the most people will see it, fast: an
 * emergency told to neighbours, not one's work pushed. Both halves are needed: "what you're missing, check it out"
 * names no loss, and "lost my notes, gutted" asks nobody to look.
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
            + "|(?:got|slipped|escaped) out|ran off|run away|ran away)\\b");
    /** The plea to look out: "has anyone seen", "if you spot", "please look", "keep an eye out", "check your sheds". */
    private static final Pattern LOOK_OUT = Pattern.compile("\\b(?:seen|spotted|spot|if you see|please look"
            + "|look out|looking out|keep an eye|eyes (?:open|peeled)|check (?:your|their|the) \\w+"
            + "|let (?:me|us) know if)\\b");

    private LostNotice() {
    }

    /** Whether {@code text} tells of a loss and asks people to look out for it (links aside). */
    public static boolean is(String text) {
        String words = LINK.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll(" ");
        return GONE.matcher(words).find() && LOOK_OUT.matcher(words).find();
    }
}
