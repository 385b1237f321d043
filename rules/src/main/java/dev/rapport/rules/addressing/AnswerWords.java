package dev.rapport.rules.addressing;

/**
 * Whether a message opens as the answer to a yes-or-no question ("yes, two of them", "nope, not yet", "sure"). Used
 * where time alone cannot tell an answer from a new remark: the asked person's first word in a channel hours after the
 * question answers it when it opens like this, and is a remark of its own ("has anyone tried…?") otherwise.
 */
public final class AnswerWords {
    private AnswerWords() {
    }

    /** True when the first word is an answer word and the message asks nothing back. */
    public static boolean opens(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return MessageCues.startsWithFirstWord(text, MessageCues.ANSWER_WORDS) && !MessageCues.isQuestion(text);
    }

    /** Who a question put to everyone names as the one to answer: "anyone else's...?", "does anybody stock...?". */
    private static final java.util.List<String> ROOM = java.util.List.of("anyone", "anybody", "someone", "somebody",
            "everyone", "everybody");

    /**
     * True when the message asks the room something, naming the room in its first words ("anyone else's glaze
     * crawling this week?", "has anybody tried the new resin?"): a question of one's own to everyone, which answers
     * nobody's question to oneself, however soon after it comes.
     */
    public static boolean asksTheRoom(String text) {
        if (text == null || text.isEmpty() || !MessageCues.isQuestion(text)) {
            return false;
        }
        return MessageCues.firstWordsInclude(text, ROOM);
    }
}
