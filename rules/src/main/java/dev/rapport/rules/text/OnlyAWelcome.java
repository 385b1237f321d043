package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a reply only welcomes its addressee: "Welcome Jo! so good to have you here", "a warm welcome, glad you
 * joined 😊". A newcomer who opens with a question to someone by name and is greeted by another member has been
 * made welcome, not answered: the question is still the named person's. A welcome followed by anything else
 * ("welcome! the Tuesday class at the hall is lovely") says something, and is read as any reply is.
 */
public final class OnlyAWelcome {
    /** After the welcome and perhaps a name, at most a pleasantry about the newcomer being here. */
    private static final Pattern ONLY = Pattern.compile("^(?:(?:hi|hey|hello|oh|and)\\s+)?(?:a\\s+(?:big|warm)\\s+)?"
            + "welcome(?:\\s+(?:aboard|along|in))?(?:\\s+@?[\\p{L}'.-]+){0,2}?"
            + "(?:\\s+(?:it's\\s+|it\\s+is\\s+|so\\s+|really\\s+)?(?:lovely|great|nice|good|glad|happy|wonderful|fab)"
            + "\\s+(?:to\\s+(?:have|see|meet)\\s+you|to\\s+have\\s+(?:[\\p{L}'-]+\\s+){0,2}here|you(?:'re|\\s+are)\\s+here"
            + "|you\\s+joined|you\\s+found\\s+us)(?:\\s+(?:here|too|all|both|with\\s+us))*)?$");

    /**
     * What is not a letter, digit, apostrophe, @, dot or hyphen: punctuation and emoji, read as a space. This and the
     * two below compiled once: String.replaceAll compiled each again on every reply read.
     */
    private static final Pattern TONE = Pattern.compile("[^\\p{L}\\p{N}'@.-]+");
    /** A full stop after a word (not one inside a handle or a site): the end of a sentence, read as a space. */
    private static final Pattern STOP = Pattern.compile("(?<=\\p{L})\\.(?=\\s|$)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private OnlyAWelcome() {
    }

    /** Whether {@code text} is only a welcome, perhaps with a name and a pleasantry about being here. */
    public static boolean is(String text) {
        if (text == null || text.length() > 120 || text.indexOf('?') >= 0 || text.contains("http")) {
            return false;
        }
        // Read on every reply to a coached person: most hold no "welcome", which the reading below needs (it only
        // turns characters into spaces, so the word is in the text as written), and are turned away without it.
        if (!Lowered.contains(Lowered.view(text), "welcome")) {
            return false;
        }
        // Punctuation and emoji are the tone of a welcome, not words: they are read as spaces.
        String words = TONE.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll(" ");
        words = SPACES.matcher(STOP.matcher(words).replaceAll(" ").strip()).replaceAll(" ");
        return ONLY.matcher(words).matches();
    }
}
