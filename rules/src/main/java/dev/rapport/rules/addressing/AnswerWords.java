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
}
