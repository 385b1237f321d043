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

    private NotTheOneAsked() {
    }

    /** Whether {@code text} opens by saying it is not from the person who was asked. */
    public static boolean opens(String text) {
        return text != null && OPENS.matcher(text).find() && !NOT_A_NAME.matcher(text).find();
    }
}
