package dev.rapport.rules.text;

import java.util.List;
import java.util.Set;

/**
 * A request for help that need not be worded as a question: "my screen stays black, can someone help me please",
 * "need help with the printer", "any ideas". People who ask for help describe their own situation, and they ask the
 * room rather than one person; the rules about self-focus must not read that as talking about oneself.
 */
public final class HelpRequest {
    /**
     * Everyday ways of asking for help in any chat (general English, not taken from any data set): a plea for help
     * ("help me", "please help"), a stated need ("need help"), a call for ideas or advice, a request to be told how.
     * Written without apostrophes, as the text is read without them: "dont" and "don't" are typed alike.
     */
    private static final List<String> PHRASES = List.of("help me", "help please", "help pls", "help plz",
            "please help", "pls help", "plz help", "someone help", "somebody help", "anyone help", "need help",
            "need some help", "need a hand", "any idea", "any ideas", "any advice", "any suggestion",
            "any suggestions", "any tips", "can you tell me", "can anyone tell me", "can someone tell me",
            "what should i do", "how do i", "how can i", "how to fix", "no idea how", "idk how", "idk what",
            "dont know how to", "doing wrong", "anyone know how", "anyone know why", "does anyone know",
            "anybody know how", "what am i missing", "someone can help", "anyone can help", "can someone help",
            "can anyone help");

    /**
     * Everyday ways of reporting a problem, which is asking for help without a question (general English for
     * something that fails, not taken from any data set): "it doesn't work", "won't boot", "I get an error", typed
     * with or without apostrophes, by native speakers or not ("it not working").
     */
    private static final List<String> PROBLEMS = List.of("doesnt work", "does not work", "dont work", "it not work",
            "not working", "stopped working", "isnt working", "wont work", "wont start", "wont boot",
            "wont load", "wont turn on", "wont switch on", "wont charge", "wont connect", "wont open", "wont heat",
            "wont rise", "wont print", "wont sync", "wont save", "doesnt load", "does not load", "doesnt open",
            "doesnt start", "doesnt turn on", "doesnt connect", "doesnt sync", "doesnt save", "not loading",
            "not connecting", "not syncing", "not responding", "isnt responding", "stopped responding",
            "not heating", "not charging", "not printing", "get an error", "getting an error", "gives an error",
            "gives me an error", "error message", "keeps crashing", "keeps failing", "keeps freezing",
            "keeps disconnecting", "keeps dropping", "keeps restarting", "keeps happening", "i cant get",
            "i cannot get", "cant get it", "cant get the", "cant seem to", "it broke", "broke down", "broke after", "cant login", "cant log in", "cannot log in",
            "cant connect", "cannot connect", "im stuck", "i am stuck", "still stuck", "stuck on", "stuck with",
            "stuck again", "having trouble", "having a problem", "having problems", "having issues",
            "having an issue", "have a problem with", "have an issue with", "problem with my", "issue with my",
            "trouble with my", "does not show", "doesnt show", "does not boot", "doesnt boot", "gets stuck",
            "got stuck", "cant find", "cannot find", "not found", "not detected", "no sound", "freezes", "hangs",
            "went wrong", "something wrong", "goes wrong", "black screen", "blank screen", "screen went black",
            "throws an", "no luck", "no joy", "didnt help", "didnt work", "did not work", "didnt fix",
            "still the same", "same problem", "same issue", "same error");
    /** Single words that report a failure wherever they stand ("error", "crashed"): troubleshooting vocabulary. */
    private static final List<String> FAILURE_WORDS = List.of("error", "errors", "crash", "crashes", "crashed",
            "crashing", "broken", "fails", "failed", "failing", "glitch", "glitching", "buggy");
    /**
     * What one tried is how a problem is told ("I tried turning it off and on", "tried everything", "already tried
     * that, still nothing"), but "I tried the new café" samples something: trying counts when what follows is a remedy
     * ("turning", "to fix"), or the attempt itself ("everything", "that", "again").
     */
    private static final Set<String> ATTEMPTED = Set.of("to", "everything", "all", "both", "that", "it", "this",
            "these", "those", "again", "already", "every", "several", "multiple", "many", "various", "restarting",
            "reinstalling", "resetting", "rebooting", "updating");
    /** Words of liking that make what was tried a treat, not a remedy: "tried that recipe, lovely". */
    private static final List<String> LIKED = List.of("love", "loved", "lovely", "great", "amazing", "delicious",
            "fun", "recommend", "enjoyed", "tasty", "worth it", "happy with", "so good", "beautiful", "gorgeous");
    /**
     * A question asked without its question mark starts like one ("why does...", "how do..."), after an optional
     * "but", "and" or "so".
     */
    private static final List<String> QUESTION_OPENERS = List.of("why ", "how do ", "how can ", "how to ", "what is ",
            "where is ", "is there a ", "is it possible ");

    /**
     * Everyday ways of saying one is not coping (general English for strain, not taken from any data set): worn out,
     * overwhelmed, at the end of one's tether, low, frightened of failing. Written without apostrophes, as the text is
     * read without them.
     */
    private static final List<String> STRAIN = List.of("cant cope", "cannot cope", "not coping", "struggling",
            "overwhelmed", "exhausted", "burnt out", "burned out", "worn out", "so tired", "running on empty",
            "end of my tether", "at my wits end", "breaking point", "falling apart", "cant keep doing", "cant keep going",
            "cant do this", "im not ok", "im not okay", "not doing well", "feeling low", "really low", "really hard",
            "rough week", "rough month", "hard week", "hard month", "im scared", "im terrified", "im failing",
            "i feel like a failure", "need to vent", "needed to vent");
    /** How many ways of strain a message says before it is read as confiding it: one may be a figure of speech. */
    private static final int STRAIN_TOLD = 2;

    private HelpRequest() {
    }

    /**
     * Whether {@code text} tells the room one is not coping, in two or more ways ("I'm exhausted and I can't cope with
     * the night feeds"): a trouble confided asks for support as a problem report asks for a fix, and the "I" and "my"
     * it takes to tell it are no talking about oneself. One word of it ("so tired after that gig") is just a remark.
     */
    public static boolean confidesStrain(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String t = Lowered.withoutApostrophes(text);
        int told = 0;
        for (String p : STRAIN) {
            if (containsWords(t, p) && ++told >= STRAIN_TOLD) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} asks for help in one of the everyday ways. */
    public static boolean is(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String t = Lowered.withoutApostrophes(text);
        return contains(t, PHRASES) || contains(t, PROBLEMS) || contains(t, FAILURE_WORDS) || opensAQuestion(t)
                || triedARemedy(t) && !contains(t, LIKED);
    }

    /** "tried" followed by a remedy being tried: a word ending in "ing" ("tried descaling"), or one of ATTEMPTED. */
    private static boolean triedARemedy(String t) {
        for (int at = t.indexOf("tried"); at >= 0; at = t.indexOf("tried", at + 1)) {
            int end = at + "tried".length();
            if (at > 0 && Character.isLetter(t.charAt(at - 1)) || end < t.length() && Character.isLetter(t.charAt(end))) {
                continue;
            }
            int start = end;
            while (start < t.length() && t.charAt(start) == ' ') {
                start++;
            }
            int wordEnd = start;
            while (wordEnd < t.length() && Character.isLetter(t.charAt(wordEnd))) {
                wordEnd++;
            }
            String next = t.substring(start, wordEnd);
            if (ATTEMPTED.contains(next) || next.length() > 5 && next.endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> JOINERS = List.of("but ", "and ", "so ");

    private static boolean opensAQuestion(String t) {
        String s = t.stripLeading();
        for (String joiner : JOINERS) {
            if (s.startsWith(joiner)) {
                s = s.substring(joiner.length()).stripLeading();
                break;
            }
        }
        for (String opener : QUESTION_OPENERS) {
            if (s.startsWith(opener)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String t, List<String> phrases) {
        for (String p : phrases) {
            if (containsWords(t, p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t} holds {@code p} as whole words: "help meeting" is not "help me". */
    private static boolean containsWords(String t, String p) {
        int at = t.indexOf(p);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetter(t.charAt(at - 1));
            int end = at + p.length();
            // "broken-in boots" are not broken
            boolean endOk = end == t.length() || !Character.isLetter(t.charAt(end)) && t.charAt(end) != '-';
            if (startOk && endOk) {
                return true;
            }
            at = t.indexOf(p, at + 1);
        }
        return false;
    }
}
