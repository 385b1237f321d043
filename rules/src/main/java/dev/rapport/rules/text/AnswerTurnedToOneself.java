package dev.rapport.rules.text;

/**
 * An answer that turns to oneself: said to someone who asked, it talks of the writer ("I", "my", "mine" four times or
 * more, one word in six or more) and gives the asker nothing of theirs: no "you", no question back. Conversation
 * research calls it a shift response; help drawn from one's own experience ("I had the same, I swapped the fuse")
 * tells a little of oneself to serve the answer, while this spends the answer on oneself ("I never had that, my kit
 * is the best round here, I built it myself"). Whether it is the week's habit is judged over the week
 * ({@code WeekTally#talkTurnedToOneself}), never from one answer.
 */
public final class AnswerTurnedToOneself {
    /** Singular first-person words ("I", "me", "my", "mine") an answer needs before it is read as about oneself. */
    static final int MIN_SELF = 4;
    /** At least one word in this many is one of them. */
    static final int SELF_EVERY = 6;

    private AnswerTurnedToOneself() {
    }

    /** Sentences, every one of them telling of the writer, that make an answer turned to oneself a tale of oneself. */
    static final int TALE_SENTENCES = 2;

    /**
     * Whether an answer turned to oneself ({@link #is}) tells of its writer in every one of its sentences, two or more
     * ("I had that for years. I moved my saddle and my knees were fine."): help from one's own experience tells of
     * oneself in a sentence to serve the answer ("I have the same printer and I use the driver from my distribution");
     * an answer that goes on, sentence after sentence, about the writer is their tale, whatever help is in it. Only
     * singular "I", "me", "my" and "mine" tell of the writer (a business's "we" is left as it was).
     */
    public static boolean tellsOfOneselfThroughout(String text) {
        String[] sentences = text.strip().split("(?<=[.!?])\\s+");
        if (sentences.length < TALE_SENTENCES) {
            return false;
        }
        for (String sentence : sentences) {
            TextFeatures f = TextFeatures.of(sentence);
            if (f.firstPerson() - f.firstPersonPlural() == 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether an answer with these features talks of its writer and gives its asker nothing of theirs. */
    public static boolean is(TextFeatures f) {
        int self = f.firstPerson() - f.firstPersonPlural();
        return !f.question() && f.secondPerson() == 0 && self >= MIN_SELF && self * SELF_EVERY >= f.words();
    }
}
