package dev.rapport.rules.text;


/**
 * The few facts about a message's words the rules need, computed in one pass: how many words, how many
 * first-person and second-person words, and whether it asks something. Nothing of the text is kept.
 *
 * @param words        words outside links, code and mentions
 * @param firstPerson  I, me, my, mine, myself, we, us, our, ours (and I'm, I've, we're...)
 * @param secondPerson you, your, yours, yourself, yourselves, ya, u (and you're, you've...)
 * @param question     the message asks something: a question mark, or it opens like a question
 */
public record TextFeatures(int words, int firstPerson, int secondPerson, boolean question) {

    public static final TextFeatures EMPTY = new TextFeatures(0, 0, 0, false);

    /** Verbs that open a yes/no question when a subject follows: "do you...", "is it...", "can anyone...". */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of(
            "is", "are", "am", "was", "were", "do", "does", "did", "can", "could", "would", "will", "should", "shall",
            "may", "might", "has", "have", "had", "isn't", "aren't", "don't", "doesn't", "didn't", "can't", "won't",
            "wouldn't", "shouldn't", "hasn't", "haven't");
    /** Question words: a question when an auxiliary or "to" follows ("how do I", "what is", "where to"). */
    private static final java.util.Set<String> WH_WORDS = java.util.Set.of(
            "who", "what", "when", "where", "why", "how", "which", "whose", "whom");
    private static final java.util.Set<String> WH_FOLLOWERS = java.util.Set.of(
            "to", "about", "much", "many", "long", "often", "come", "else", "would", "i'm", "you're", "it's", "'s");
    /** "anyone know...", "somebody have...": asking the room. */
    private static final java.util.Set<String> ROOM = java.util.Set.of("anyone", "anybody", "someone", "somebody");
    /** "any tips", "any ideas". */
    private static final java.util.Set<String> ANY_REQUESTS = java.util.Set.of(
            "idea", "ideas", "tips", "tip", "recommendations", "suggestions", "thoughts", "advice", "experience", "luck");

    /** "need a ...", "need someone ...": a request. */
    private static final java.util.Set<String> REQUESTED = java.util.Set.of("a", "an", "someone", "somebody", "help",
            "advice", "recommendations");

    public static TextFeatures of(String text) {
        if (text == null || text.isEmpty()) return EMPTY;
        int n = text.length();
        int words = 0;
        int first = 0;
        int second = 0;
        boolean question = false;
        String firstWord = null;
        String secondWord = null;
        int i = 0;
        StringBuilder word = new StringBuilder(16);
        while (i < n) {
            char c = text.charAt(i);
            // "You finished it already?!" exclaims: a '?' next to a '!' is surprise, not a question to answer.
            if (c == '?' && !(i > 0 && text.charAt(i - 1) == '!') && !(i + 1 < n && text.charAt(i + 1) == '!')) {
                question = true;
            }
            if (isLinkStart(text, i)) {
                while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
                continue;
            }
            if (c == '<' || c == '@' || c == '#') { // <@123> mentions, @name, #channel: not words
                while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
                continue;
            }
            if (Character.isLetter(c) || c == '\'' || c == '\u2019') {
                word.setLength(0);
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) word.append(Character.toLowerCase(d));
                    else if (d == '\'' || d == '\u2019') word.append('\'');
                    else break;
                    i++;
                }
                if (word.length() == 0 || word.length() == 1 && word.charAt(0) == '\'') continue;
                words++;
                String w = word.toString();
                if (isFirstPerson(w)) first++;
                else if (isSecondPerson(w)) second++;
                if (firstWord == null) firstWord = w;
                else if (secondWord == null) secondWord = w;
                continue;
            }
            i++;
        }
        if (!question && firstWord != null && words >= 3) question = opensLikeQuestion(firstWord, secondWord);
        return new TextFeatures(words, first, second, question);
    }

    /**
     * Without a question mark, only openings that are questions in nearly every use count: an auxiliary before a
     * subject, a question word before an auxiliary, asking the room, "any tips". "Will do", "would love to",
     * "when I started" are statements.
     */
    private static boolean opensLikeQuestion(String first, String second) {
        if (ROOM.contains(first)) return true;
        if (second == null) return false;
        // A request asks as much as a question: "looking for a video editor...", "hiring a designer...".
        if ((first.equals("looking") || first.equals("searching")) && second.equals("for")) return true;
        if (first.equals("hiring") || first.equals("seeking")) return true;
        if (first.equals("need") && REQUESTED.contains(second)) return true;
        if (first.equals("any")) return ANY_REQUESTS.contains(second);
        if (AUXILIARIES.contains(first)) {
            // "do it now" and "do this first" are instructions; "does it work" is a question.
            if (first.equals("do") && (second.equals("it") || second.equals("this") || second.equals("that"))) return false;
            return isSubjectWord(second);
        }
        if (WH_WORDS.contains(first)) return AUXILIARIES.contains(second) || WH_FOLLOWERS.contains(second);
        return false;
    }

    private static boolean isSubjectWord(String w) {
        switch (w) {
            case "i": case "you": case "we": case "they": case "he": case "she": case "there": case "anyone":
            case "anybody": case "someone": case "somebody": case "the": case "a": case "an": case "your": case "my":
            case "any": case "one": case "u": case "ya": case "people": case "it": case "this": case "that":
                return true;
            default:
                return false;
        }
    }

    private static boolean isLinkStart(String text, int i) {
        return text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8)
                || text.regionMatches(true, i, "www.", 0, 4);
    }

    static boolean isFirstPerson(String w) {
        switch (w) {
            case "i": case "me": case "my": case "mine": case "myself": case "we": case "us": case "our": case "ours":
            case "ourselves": case "i'm": case "i've": case "i'll": case "i'd": case "we're": case "we've":
            case "we'll": case "we'd": case "im": case "ive":
                return true;
            default:
                return false;
        }
    }

    static boolean isSecondPerson(String w) {
        switch (w) {
            case "you": case "your": case "yours": case "yourself": case "yourselves": case "you're": case "you've":
            case "you'll": case "you'd": case "ya": case "u": case "ur": case "youre": case "y'all": case "yall":
                return true;
            default:
                return false;
        }
    }
}
