package dev.rapport.rules.text;

import java.util.regex.Pattern;

/**
 * Whether a reply to a question put to someone else opens by saying it is not from them: "not Fay but: a buff
 * stoneware does that", "I'm not Oskar, but the blue one works", "not who you asked, but I'd try 2s exposures". The
 * helper answers the asker from their own experience and says so: the question about the asked person's own doing
 * is still theirs to answer. A hedge ("not sure but ...", "Not really, but ...") is no such opening: the word after
 * "not" must be a name (capitalised, or an @handle) or say whom.
 */
public final class NotTheOneAsked {
    private static final Pattern OPENS = Pattern.compile("^\\s*(?:(?:I'?m|I am|i'?m)\\s+)?[Nn]ot\\s+"
            + "(?:@\\S+|\\p{Lu}[\\p{L}'\\-]*(?:\\s+\\p{Lu}[\\p{L}'\\-]*)?|(?:who|the one|the person) (?:you|u) "
            + "(?:asked|pinged|tagged|meant))\\s*[,:;]?\\s+but\\b");
    /** Capitalised words that are no name: "Not Sure but ...", "Not Really, but". */
    private static final Pattern NOT_A_NAME = Pattern.compile("^\\s*(?:(?:I'?m|I am|i'?m)\\s+)?[Nn]ot\\s+(?:sure|really|"
            + "exactly|quite|much|that|yet|me|always|entirely|certain|100%)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The one asked named as the one who will settle it: "he'll confirm", "she can let you know", "Fay will know for
     * sure": a person (he, she, they or a capitalised name) with "will", "can", "should" or the like before a verb of
     * giving the final word.
     */
    private static final Pattern LEAVES_IT = Pattern.compile("(?:\\b(?:he|she|they)|\\b\\p{Lu}[\\p{L}'\\-]+)"
            + "(?:'ll|\\s+(?:will|can|could|should|would|might))\\s+(?:(?:be able to|have to)\\s+)?"
            + "(?:confirm|double[- ]check|know (?:for sure|better)|let you know|tell you for sure|get back to you)\\b");
    /** Words with a capital that are no person: "I'll confirm", "It'll", "You can". */
    private static final Pattern NOT_A_PERSON = Pattern.compile("^(?:I|It|You|We|This|That|There)$");

    private NotTheOneAsked() {
    }

    /** Whether {@code text} opens by saying it is not from the person who was asked. */
    public static boolean opens(String text) {
        return text != null && OPENS.matcher(text).find() && !NOT_A_NAME.matcher(text).find();
    }

    /**
     * Whether {@code text}, said to someone whose question was put to another, leaves the answer to that other ("I
     * don't think Fay fires on Sundays but she'll confirm"): a guess that says whose word settles it is no answer for
     * them, and the question still waits on the one asked.
     */
    public static boolean leavesItToThem(String text) {
        if (text == null) {
            return false;
        }
        java.util.regex.Matcher m = LEAVES_IT.matcher(text);
        while (m.find()) {
            String who = m.group().split("[\\s']", 2)[0];
            if (!NOT_A_PERSON.matcher(who).matches()) {
                return true;
            }
        }
        return false;
    }
}
