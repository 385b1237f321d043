package dev.rapport.rules.text;

import java.util.List;

/**
 * A question that exclaims rather than asks: "how gorgeous is that?", "who knew?", "can you believe it?", "guess
 * what?", "what's not to love?". Said to someone about their work or news it is praise or surprise: nobody owes it an
 * answer, and leaving it unanswered leaves nobody waiting. A message is one only when every question in it exclaims:
 * "how cute is that? which glaze is it?" still asks something.
 */
public final class Exclamation {
    /**
     * The forms of an exclaiming question (general English), lower-case, without apostrophes: "how" and a word of
     * praise or wonder before "is"/"are", and the set phrases of surprise.
     */
    private static final List<String> PHRASES = List.of("who knew", "guess what", "can you believe", "could you believe",
            "what could go wrong", "how about that", "whats not to love", "what more could you want", "am i right",
            "how did i not know", "who would have thought", "who wouldve thought", "isnt it lovely",
            "isnt it gorgeous", "isnt it amazing", "isnt it beautiful", "isnt she lovely", "isnt he lovely");
    /** Words of praise or wonder between "how" and "is": "how cool is that?". */
    private static final List<String> WONDER = List.of("cool", "amazing", "great", "awesome", "lovely", "cute", "beautiful",
            "gorgeous", "stunning", "good", "crazy", "wild", "funny", "sad", "weird", "adorable", "perfect", "neat",
            "fun", "nice", "pretty", "incredible", "brilliant", "mad", "insane", "satisfying", "clever", "impressive");

    private Exclamation() {
    }

    /** Whether every question in {@code text} exclaims (and it has one). */
    public static boolean is(String text) {
        if (text == null || text.indexOf('?') < 0) {
            return false;
        }
        String t = lowerWithoutApostrophes(text);
        int sentenceStart = 0;
        boolean any = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' || c == '!' || c == '\n') {
                sentenceStart = i + 1;
            } else if (c == '?') {
                // "?q=" in a link asks nothing
                if (i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1))) {
                    continue;
                }
                if (!exclaims(t, sentenceStart, i)) {
                    return false;
                }
                any = true;
                sentenceStart = i + 1;
            }
        }
        return any;
    }

    /** Whether the sentence from {@code start} to {@code end} exclaims. */
    private static boolean exclaims(String t, int start, int end) {
        String s = t.substring(start, end);
        for (String p : PHRASES) {
            if (wordAt(s, p)) {
                return true;
            }
        }
        int how = s.indexOf("how ");
        while (how >= 0) {
            if (how == 0 || !Character.isLetter(s.charAt(how - 1))) {
                int w0 = how + 4;
                int w1 = w0;
                while (w1 < s.length() && Character.isLetter(s.charAt(w1))) {
                    w1++;
                }
                String word = s.substring(w0, w1);
                int verb = s.startsWith(" is ", w1) ? w1 + 4 : s.startsWith(" are ", w1) ? w1 + 5
                        : s.startsWith(" was ", w1) ? w1 + 5 : -1;
                // "how cool is that?" exclaims; "how good is the gold for rings?" asks.
                if (WONDER.contains(word) && verb > 0 && pointsAtIt(s, verb)) {
                    return true;
                }
            }
            how = s.indexOf("how ", how + 1);
        }
        return false;
    }

    /** What is wondered at, pointed at rather than named: "that", "this", "these", "it", "she". */
    private static final List<String> POINTED = List.of("that", "this", "these", "those", "it", "he", "she", "they");

    private static boolean pointsAtIt(String s, int at) {
        int end = at;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return POINTED.contains(s.substring(at, end));
    }

    private static boolean wordAt(String s, String p) {
        for (int at = s.indexOf(p); at >= 0; at = s.indexOf(p, at + 1)) {
            int end = at + p.length();
            if ((at == 0 || !Character.isLetter(s.charAt(at - 1)))
                    && (end == s.length() || !Character.isLetter(s.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static String lowerWithoutApostrophes(String text) {
        StringBuilder b = new StringBuilder(text.length());
        String v = Lowered.view(text);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c != '\'' && c != '\u2019') {
                b.append(Lowered.at(v, i));
            }
        }
        return b.toString();
    }
}
