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

    /** Whether an answer with these features talks of its writer and gives its asker nothing of theirs. */
    public static boolean is(TextFeatures f) {
        int self = f.firstPerson() - f.firstPersonPlural();
        return !f.question() && f.secondPerson() == 0 && self >= MIN_SELF && self * SELF_EVERY >= f.words();
    }
}
