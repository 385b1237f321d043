package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a message opens by owning up to a wait: an apology in its first sentence ("so sorry, I've only now
 * seen this", "Apologies for the silence!", "Jo sorry, my phone died", "my bad, was away"), or saying one is only now
 * seeing what was said ("just back and saw this", "only just seen this"). Someone who wrote nothing since a question
 * came and whose first word back, where it waits, opens so is catching up on it, whatever else the message then asks
 * or tells: the wait was slow, not ignored. Sympathy ("sorry to hear about your cat", "sorry for your loss") owns up
 * to nothing, and an apology deep in a message is about something else.
 */
public final class CatchUp {
    /** The first sentence's opening: at most one name or greeting word, then the apology or the late seeing. */
    private static final GatedPattern OPENS = GatedPattern.compile("^(?:[\\p{L}'.@]+[,!]?\\s+){0,2}?(?:so |very |really |"
            + "terribly )?(?:sorry|apologies|apologi[sz]e|my bad|forgive me|oops)(?!\\s+(?:to hear|for your loss|"
            + "about your|you'?re))\\b"
            + "|^(?:[\\p{L}'.@]+[,!]?\\s+){0,2}?(?:i'?m |i )?(?:only |just )+(?:now )?(?:back and )?(?:saw|seen|seeing"
            + "|read|reading|got) (?:this|it|your|the message|the ping|the mention)\\b"
            + "|^(?:[\\p{L}'.@]+[,!]?\\s+){0,2}?just back and (?:saw|seen|read)\\b",
            "sorry", "apolog", "my bad", "forgive me", "oops", "saw", "see", "read", "got");
    /**
     * A first sentence that only says one is back ("Back from the coast!", "I'm back.", "home again!"): a greeting
     * before the catching up, which the next sentence then does.
     */
    private static final Pattern BACK_GREETING = Pattern.compile("^(?:(?:hi|hey|hello|morning|evening|right|ok|okay"
            + "|and)[,!]?\\s+)?(?:all|everyone|folks)?[,!]?\\s*(?:i'?m |i am |we'?re )?(?:back|home)(?: again| now)?"
            + "(?: from [^.!?\\n]{1,40})?\\s*[.!]+\\s*$");

    /**
     * An apology for one's own asking, not for a wait: for a question one is about to put ("another one sorry, ...",
     * "sorry, one more question", "sorry to bother you again", "sorry for all the questions", "sorry if this is a silly
     * one"). It says sorry for taking the room's time, and the question after it is one's own, not a catching up.
     */
    private static final Pattern FOR_ASKING = Pattern.compile("\\b(?:another|one more|yet another)"
            + "(?: one| question| q)?\\s*[,!]?\\s*(?:so |very |really )?(?:sorry|apologies)\\b"
            + "|\\b(?:sorry|apologies)\\s*[,!]?\\s*(?:to (?:bother|ask|pester|trouble|be a pain|keep asking)"
            + "|for (?:all |so many |the |my |these |asking |the many )*(?:questions|q'?s|asking)"
            + "|(?:another|one more|yet another) (?:one|question|q)\\b|if this is|if (?:it'?s|this'?s) a)");

    private CatchUp() {
    }

    /** Whether {@code text} opens by owning up to a wait (see the class comment). */
    public static boolean opens(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int end = firstSentenceEnd(t);
        // Sorry for asking again ("another one sorry, what ...?") owns up to no wait: a new question of one's own.
        if (OPENS.find(t.substring(0, end)) && !FOR_ASKING.matcher(t.substring(0, end)).find()) {
            return true;
        }
        // Back first, then owning up ("Back from the coast! Sam sorry, I am only catching this now"): the owning up
        // still opens the first word back, after its greeting.
        if (end < t.length() && BACK_GREETING.matcher(t.substring(0, end)).matches()) {
            String rest = t.substring(end).strip();
            return OPENS.find(rest.substring(0, firstSentenceEnd(rest)));
        }
        return false;
    }

    /** Where the first sentence ends (after its mark), or the text's end. */
    private static int firstSentenceEnd(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' && i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1)) || c == '!' || c == '?'
                    || c == '\n') {
                return i + 1;
            }
        }
        return t.length();
    }
}
