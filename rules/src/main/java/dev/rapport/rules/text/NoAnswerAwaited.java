package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message with a question mark that waits for no answer, whoever it names:
 * <ul>
 *     <li>a bare mark ("?", "?? :)", "Sam: ?"): puzzlement at what was just said, a raised eyebrow in text. It asks
 *     nothing that has an answer to owe; the exchange goes on or it does not.</li>
 *     <li>a question its asker withdraws in the same breath ("... which one did you pick? not that it matters",
 *     "is the hall booked? never mind, found it"): they say themselves that they are no longer waiting.</li>
 * </ul>
 * A question whose asker leaves the answer free to come in private ("where do you keep the spare key? (DM fine)", "...?
 * feel free to DM me") says the answer may go where a coach reading the room cannot see it: a silence in the channel
 * is no sign it went unanswered ({@link #answerMayBePrivate}). Asking for the private word itself ("DM me the
 * details?") is not leaving it free, and still asks.
 * A name alone with a question mark ("Sam?", "@sam ??") calls that person, as "Sam: ?" does: it asks for their
 * attention, and what they are wanted for comes next, if it is a question at all ({@link #onlyCalls}).
 * "never mind" only counts as a clause of its own (followed by a stop or the end): "never mind the price, which one
 * is quieter?" still asks.
 * A question its asker answers at once, a yes or a no and what is so ("the blue tin? no, the green one", "worth the
 * drive? yes, every mile"), is said aloud to oneself, a correction or a verdict: it leaves nothing to answer
 * ({@link #answeredByItsAsker}). With a "you" in it ("did you get it? no, the other one I mean") or another question
 * after the answer, it still asks.
 * Small talk about someone's time away as the message's only question ("Milo had it covered. Good trip?") welcomes
 * them back: it asks after the occasion, and nobody waits on the answer ({@link #onlyAPleasantry}). A question of
 * substance beside it ("good holiday? and did the invoice go out?") still asks.
 * A tease as the message's only question ("Coming to heckle?") is a joke at the asker's own expense: owed a laugh, not
 * an answer ({@link #onlyATease}).
 * A bare idea thrown out with a grin as the message's only question ("So pleased. Next year, a cookbook? 😄"): a few
 * words with no verb, no question word and no "you", closed by a laughing or winking face, muses in jest; nobody
 * waits on an answer to it ({@link #onlyAGrinningIdea}). "Next year, could you write a cookbook? 😄" still asks.
 * A guess at what the other is doing, vouched for at once by the asker's own doing ("Raised beds? That's what we did,
 * never looked back"): a few words with no verb, question word or "you", then "that's what I/we ..." agrees and
 * advises from experience; it waits on no reply ({@link #onlyAVouchedGuess}). "Raised beds? Did you build them?"
 * still asks.
 */
public final class NoAnswerAwaited {
    /** A name said to first: "sam:", "sam,", "@sam" (the bare mark after it is what is said). */
    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*@?[\\w\\[\\]`^{}|\\\\.-]+\\s*[:,>]\\s*");
    /** A smiley made of punctuation and a letter or two (":)", ":p", ";-D", "xD", "^^"), kept out of "words". */
    private static final Pattern SMILEY = Pattern.compile("[:;=8][-'^o]?[()\\[\\]pPdDoO3/\\\\|*]+|[xX][dD]+|\\^+_?\\^+|<3");
    /** The asker saying the question no longer waits on anyone. */
    private static final Pattern WITHDRAWN = Pattern.compile(
            "\\bnot that it matters\\b|\\b(?:doesn'?t|does not|no longer) matters? (?:any ?more|now)\\b"
                    + "|\\b(?:never ?mind|nvm)\\s*(?:[.!,;:)\\-]|$)");

    /**
     * Leave given to answer in private: "(DM fine)", "DMs are fine", "PM is ok", "DM welcome", "feel free to DM me",
     * "happy to take it to DMs". Generalises the asker's permission, not a request to be messaged.
     */
    private static final Pattern PRIVATE_ANSWER_FREE = Pattern.compile(
            "\\b(?:dms?|pms?|dm'?s|pm'?s|private messages?)\\s+(?:is |are )?(?:fine|ok|okay|welcome|works|good too"
                    + "|also fine|also ok)\\b"
                    + "|\\bfeel free to (?:dm|pm|message|inbox) me\\b|\\bhappy to take (?:it|this) to (?:dms?|pms?)\\b");

    /**
     * A short question (no stop inside it) answered by its own asker straight after: a yes or a no closed by a comma
     * or a full stop, then the words it settles on.
     */
    private static final Pattern SELF_ANSWERED = Pattern.compile(
            "(?:^|[.!?]\\s)([^.!?]{1,60})\\?\\s+(?:no|nope|nah|yes|yep|yeah)[,.]\\s*\\p{L}");

    /**
     * Small talk about the other's time away, as the message's last and only question: "Good holiday?", "nice
     * trip?", "how was the wedding?", "did you have a good weekend?". Generalises the welcome-back pleasantry, a
     * friendly close that asks after the occasion, not for anything the asker is waiting on.
     */
    private static final Pattern PLEASANTRY = Pattern.compile("(?:^|[.!,;:]\\s*)(?:and |so )?(?:(?:was it an? |did you "
            + "have an? )?(?:good|nice|great|lovely|fun|relaxing)|how was (?:the|your))\\s+(?:holiday|hols|trip|break"
            + "|weekend|wedding|honeymoon|time away|week off|day off|time off|leave|birthday|christmas|easter"
            + "|half[- ]term)(?: away| off)?\\s*\\?+(?:[^\\p{L}\\p{N}?]|[:;]-?[dp])*$");

    /**
     * A joke at one's own expense put as the message's last and only question: the other asked to come and heckle, boo
     * or laugh at the speaker ("Coming along to boo?", "will you sit at the front and jeer?"). Generalises friendly
     * teasing: nobody means it as a question the other owes an answer to within the day; a laugh or nothing is fine.
     */
    private static final GatedPattern TEASE = GatedPattern.compile("(?:^|[.!,;:]\\s+)([^.!?]*\\b(?:heckle|heckling|boo"
            + "|booing|jeer|jeering|laugh at me|mock me|make fun of me|throw tomatoes)\\b[^.!?]*)\\?+"
            + "(?:[^\\p{L}\\p{N}?]|[:;]-?[dp])*$",
            "heckl", "boo", "jeer", "laugh at me", "mock me", "make fun of me", "throw tomatoes");

    /** A single name (an @-mention or a bare word), then question marks only: "Sam?", "@sam ??". */
    private static final Pattern NAME_CALLED = Pattern.compile("^\\s*(@?)([\\w\\[\\]`^{}|\\\\.-]+)\\s*\\?+\\s*$");

    private NoAnswerAwaited() {
    }

    /**
     * Whether {@code text} only calls the person it speaks to: their name, or an @-mention, and question marks
     * ("Sam?" said to Sam). A one-word question that is not their name ("tomorrow?", "why?") still asks.
     */
    public static boolean onlyCalls(String text, String name) {
        if (text == null || name == null) {
            return false;
        }
        Matcher called = NAME_CALLED.matcher(text);
        return called.matches() && (!called.group(1).isEmpty() || called.group(2).equalsIgnoreCase(name));
    }

    /**
     * Whether {@code text} has a question mark but waits for no answer that can be seen (a bare mark, a question
     * withdrawn, or one whose answer may come in private).
     */
    public static boolean is(String text) {
        return text != null && text.indexOf('?') >= 0 && (bareMark(text) || withdrawn(text)
                || answerMayBePrivate(text) || answeredByItsAsker(text) || onlyAPleasantry(text)
                || onlyATease(text) || onlyAGrinningIdea(text) || onlyAVouchedGuess(text));
    }

    /** The message's only question, a fragment, then the asker's "that's what I/we ..." (or "how"). */
    private static final Pattern VOUCHED_GUESS = Pattern.compile("^\\s*([^.!?]+)\\?\\s+that'?s (?:what|how) (?:i|we)\\b");

    /**
     * Whether the message's only question guesses at what the other is doing and the asker vouches for it from their
     * own doing straight after ("Slatted shelves? That's what we went with"): agreement and advice, owed no answer. Generalises
     * sharing one's experience in answer to someone's news: the guess is put as a question only to be agreed with.
     */
    static boolean onlyAVouchedGuess(String text) {
        if (text.indexOf('?') != text.lastIndexOf('?')) {
            return false;
        }
        Matcher m = VOUCHED_GUESS.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        if (!m.find()) {
            return false;
        }
        String guess = m.group(1).strip();
        return !guess.isEmpty() && guess.split("\\s+").length <= MOST_IDEA_WORDS && !ASKING_WORD.matcher(guess).find();
    }

    /** Faces that laugh or wink (😄 😁 😆 😂 🤣 😉 😜 😝): a grin, not the nervous 😅 of a real request. */
    private static final String GRINS = "\\x{1F604}\\x{1F601}\\x{1F606}\\x{1F602}\\x{1F923}\\x{1F609}\\x{1F61C}"
            + "\\x{1F61D}";
    /** The message's last sentence, a question, closed by grins only: "Next year, a cookbook? 😄". */
    private static final Pattern GRINNING_CLOSE = Pattern.compile("(?:^|[.!]\\s+)([^.!?]+)\\?\\s*[" + GRINS
            + "]+[\\s\\x{FE0F}" + GRINS + "]*$");
    /** Words that make a question ask: a question word, a verb before its subject, "you" (lower case). */
    private static final Pattern ASKING_WORD = Pattern.compile("\\b(?:who|what|whats|when|where|why|how|which|whose"
            + "|is|are|am|was|were|do|does|did|can|could|would|will|should|shall|may|might|has|have|had|any|anyone"
            + "|anybody|you|your|u|ur|fancy|want|wanna)\\b|'");
    /** At most this many words: an idea tossed out, not a question put. */
    private static final int MOST_IDEA_WORDS = 6;

    /**
     * Whether the message's only question is an idea thrown out in jest: a short fragment with no verb, question word
     * or "you", closed by a laughing or winking face ("Next year, a style guide? 😄").
     */
    static boolean onlyAGrinningIdea(String text) {
        if (text.indexOf('?') != text.lastIndexOf('?')) {
            return false;
        }
        Matcher m = GRINNING_CLOSE.matcher(text);
        if (!m.find()) {
            return false;
        }
        String idea = m.group(1).toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        return !idea.isEmpty() && idea.split("\\s+").length <= MOST_IDEA_WORDS && !ASKING_WORD.matcher(idea).find();
    }

    /**
     * Whether the message's only question teases: the other invited to heckle, boo or laugh at the speaker ("Talk's
     * on Friday. Coming to heckle?"). A joke, owed a laugh rather than an answer; a question beside it still asks.
     */
    static boolean onlyATease(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        // Most questions name none of the teasing words: the gate says so without the scan.
        if (!TEASE.mayMatch(t)) {
            return false;
        }
        Matcher m = TEASE.matcher(t);
        return m.find() && t.indexOf('?') >= m.start(1);
    }

    /**
     * Whether the message's only question is small talk about the other's time away ("Jo fixed it, no bother. Good
     * holiday?"): a welcome back, owed a smile rather than an answer within the day.
     */
    static boolean onlyAPleasantry(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        Matcher m = PLEASANTRY.matcher(t);
        return m.find() && t.indexOf('?') >= m.start();
    }

    /**
     * Whether the asker answers their only question themselves in the same message ("knob? no, the dial"): the question
     * has no second-person word and no question mark follows the answer.
     */
    static boolean answeredByItsAsker(String text) {
        Matcher m = SELF_ANSWERED.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.find() || text.indexOf('?', m.end()) >= 0 || text.indexOf('?') < m.start(1)) {
            return false;
        }
        for (String word : m.group(1).split("[^\\p{L}']+")) {
            if (TextFeatures.isSecondPerson(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the asker leaves the answer free to come in private ("(DM fine)", "feel free to DM me"). */
    static boolean answerMayBePrivate(String text) {
        return PRIVATE_ANSWER_FREE.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether {@code text}, after any name it is said to, is only question marks, other stops and smileys. */
    static boolean bareMark(String text) {
        String rest = LEADING_NAME.matcher(text).replaceFirst("");
        for (String token : rest.trim().split("\\s+")) {
            if (token.isEmpty() || SMILEY.matcher(token).matches()) {
                continue;
            }
            for (int i = 0; i < token.length(); i++) {
                if (Character.isLetterOrDigit(token.charAt(i))) {
                    return false;
                }
            }
        }
        return rest.indexOf('?') >= 0;
    }

    /** Whether the asker takes the question back in the same message ("not that it matters", "never mind."). */
    static boolean withdrawn(String text) {
        return WITHDRAWN.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
