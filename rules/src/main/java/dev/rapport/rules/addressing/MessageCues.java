package dev.rapport.rules.addressing;

import java.util.List;

/**
 * What the wording of a chat message says about its place in a conversation: a question, an open call to the
 * room, an answer word, thanks, a connective that continues the speaker's last thought, a short or long message.
 * General facts about how people write in chat; hand-written scanning, no regular expression, no allocation.
 */
final class MessageCues {

    /** Characters beyond which a message explains itself, as a new question does. */
    static final int LONG_MESSAGE = 80;

    /** Words that open a question to the whole room rather than answer someone. */
    private static final List<String> OPENERS = List.of(
            "anyone", "anybody", "someone", "somebody", "hi", "hello", "hey", "hiya", "howdy", "greetings");

    /** Words that continue what the same person just said. */
    static final List<String> CONNECTIVES = List.of(
            "and", "but", "or", "also", "so", "then", "because", "btw", "plus", "though", "although", "except");

    /** Words that open an answer to a yes-or-no question. */
    static final List<String> ANSWER_WORDS = List.of(
            "yes", "no", "yeah", "yep", "yup", "nope", "nah", "sure", "correct", "right", "exactly", "indeed");

    /** Words that thank: "thanks", "thx", "ty". */
    static final List<String> THANKS = List.of("thanks", "thank", "thx", "ty", "tnx", "thanx", "cheers");

    static boolean thanks(String text) {
        int n = text.length();
        int start = 0;
        while (start < n) {
            while (start < n && !Character.isLetter(text.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < n && Character.isLetter(text.charAt(end))) {
                end++;
            }
            for (String word : THANKS) {
                if (end - start == word.length() && text.regionMatches(true, start, word, 0, word.length())) {
                    return true;
                }
            }
            start = end;
        }
        return false;
    }

    /** "and it still fails" (a connective), "yes it is" (an answer word): the first word is one of {@code words}. */
    static boolean startsWithFirstWord(String text, List<String> words) {
        int n = text.length();
        int start = 0;
        while (start < n && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < n && Character.isLetter(text.charAt(end))) {
            end++;
        }
        for (String word : words) {
            if (end - start == word.length() && text.regionMatches(true, start, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** At most three words: "ok", "thanks a lot", "yes it is". */
    static boolean isShort(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words <= 3;
    }

    /** A question mark outside a link ("?q=" in a URL is no question). */
    static boolean isQuestion(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) == '?' && (i + 1 >= n || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** "anyone know...", "hi all, ...": the first words speak to the room, not to one person. */
    static boolean opensToTheRoom(String text) {
        return firstWordsInclude(text, OPENERS);
    }

    /** Whether one of the first four words of {@code text} (letters only, any case) is one of {@code words}. */
    static boolean firstWordsInclude(String text, List<String> words) {
        int n = text.length();
        int start = 0;
        for (int word = 0; word < 4 && start < n; word++) {
            while (start < n && !Character.isLetter(text.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < n && Character.isLetter(text.charAt(end))) {
                end++;
            }
            for (String w : words) {
                if (end - start == w.length() && text.regionMatches(true, start, w, 0, w.length())) {
                    return true;
                }
            }
            start = end;
        }
        return false;
    }

    private MessageCues() {
    }
}
