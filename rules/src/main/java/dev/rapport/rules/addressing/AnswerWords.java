package dev.rapport.rules.addressing;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a message opens as the answer to a yes-or-no question ("yes, two of them", "nope, not yet", "sure") or to
 * one asking for a value ("3.4.1, and the older one too", see {@link FigureFirst}). Used
 * where time alone cannot tell an answer from a new remark: the asked person's first word in a channel hours after the
 * question answers it when it opens like this, and is a remark of its own ("has anyone tried…?") otherwise.
 */
public final class AnswerWords {
    private AnswerWords() {
    }

    /** True when the first word is an answer word or a bare figure, and the message asks nothing back. */
    public static boolean opens(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        // A bare figure first ("2.0.3, and ...") opens the answer to "which one?" or "how many?" as "yes" opens one to
        // a yes-or-no question.
        return (MessageCues.startsWithFirstWord(text, MessageCues.ANSWER_WORDS) || FigureFirst.opens(text))
                && !MessageCues.isQuestion(text);
    }

    /**
     * A short answer: a pronoun and the auxiliary of a yes-or-no question, closing their clause ("I do, the evening
     * course", "we can.", "it isn't!", "they were"). English answers "do you run one?" this way as often as with "yes".
     */
    private static final Pattern SHORT_ANSWER = Pattern.compile(
            "^(?:i|we|it|they|he|she|you|that)\\s+(?:do|does|did|can|will|would|could|am|is|are|was|were|have|has|had"
            + "|don't|doesn't|didn't|can't|won't|wouldn't|couldn't|isn't|aren't|wasn't|weren't|haven't|hasn't"
            + "|hadn't)(?:\\s+(?:too|indeed))?\\s*(?:[,.!;:\u2014-]|$)");

    /**
     * True when the message opens as the answer to a yes-or-no question, with an answer word ({@link #opens}, bare
     * figures aside) or a short answer ("I do, ...", "we can."), and asks nothing back.
     */
    public static boolean opensYesOrNo(String text) {
        if (text == null || text.isEmpty() || MessageCues.isQuestion(text)) {
            return false;
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return MessageCues.startsWithFirstWord(t, MessageCues.ANSWER_WORDS) || SHORT_ANSWER.matcher(t).find();
    }

    /**
     * True when the first word, after an @-mention opening the message (a display name of up to three words), is an
     * answer word, whatever follows: "@Ana Reyes yes please, tomorrow evening?" says yes to what Ana asked, then
     * settles the details with a question of its own, as "sure! which day?" does.
     */
    public static boolean firstWordAnswers(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String t = text.strip();
        if (!t.startsWith("@")) {
            return MessageCues.startsWithFirstWord(t, MessageCues.ANSWER_WORDS);
        }
        // The name's words, then the first word said to them; a name is no answer word ("@Sure" is rare enough).
        String[] words = t.substring(1).split("\\s+", 5);
        for (int i = 1; i < Math.min(words.length, 4); i++) {
            if (MessageCues.startsWithFirstWord(words[i], MessageCues.ANSWER_WORDS)) {
                return true;
            }
            if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Openings that give what a question to the room asked for, other than a yes, a no or a figure ({@link #opens}):
     * a belief offered to "does anyone know ...?" ("I reckon it shut last spring", "pretty sure the depot opens at
     * eight") and a hand raised to "who fancies ...?" ("me!", "me too, put my name down", "count me in"). Lower case,
     * apostrophes dropped.
     */
    private static final java.util.List<String> ROOM_ANSWERS = java.util.List.of("i think", "i believe", "i reckon",
            "pretty sure", "im pretty sure", "im fairly sure", "afaik", "iirc", "as far as i know", "me", "count me in",
            "im in", "i am in");

    /**
     * True when the message opens as an answer to a question put to the room: with an answer word or a figure, a
     * belief offered, or a hand raised; and asks nothing back. Time cannot tell the next line after such a question
     * from a remark of its own ("the rain has stopped at last"); an opening like these can.
     */
    public static boolean takesUpTheRoom(String text) {
        if (text == null || text.isEmpty() || MessageCues.isQuestion(text)) {
            return false;
        }
        if (opens(text)) {
            return true;
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace("\u2019", "").replace("'", "");
        for (String opening : ROOM_ANSWERS) {
            if (t.startsWith(opening)
                    && (t.length() == opening.length() || !Character.isLetterOrDigit(t.charAt(opening.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that report a thing asked for as done, opening a message and closed by a mark or its end ("Done, left
     * comments on both.", "Sent!", "all done."): the word that answers "could you look at X tonight?" as "yes" answers
     * a yes-or-no question. Lower case.
     */
    private static final java.util.List<String> DONE = java.util.List.of("done", "all done", "sent", "finished",
            "fixed");

    /**
     * True when the message opens by reporting the thing asked as done ({@link #DONE}), the word closed by a comma, a
     * full stop, an exclamation or the message's end, and asks nothing: "Done, left comments on both." "Done with the
     * laundry at last" goes on about something of its own, and is no such report.
     */
    public static boolean reportsDone(String text) {
        if (text == null || text.isEmpty() || MessageCues.isQuestion(text)) {
            return false;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (String opening : DONE) {
            if (t.startsWith(opening) && (t.length() == opening.length()
                    || ",.!:;".indexOf(t.charAt(opening.length())) >= 0)) {
                return true;
            }
        }
        return false;
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

    /** Who a word said to the whole room calls on: "all shipped now, thanks for waiting, everyone", "cheers folks". */
    private static final java.util.Set<String> THE_WHOLE_ROOM = java.util.Set.of("everyone", "everybody", "folks",
            "y'all", "yall");

    /**
     * True when the message calls on the whole room as the one it speaks to: a word for everyone ("everyone",
     * "folks", "y'all") that ends the message or one of its sentences ("thanks for your patience everyone", "hi
     * folks, the shop is open."). Its "you" is the room's: news for all, not a word to one person. Said inside a
     * sentence ("everyone's order went out, yours too") it names the room without calling on it.
     */
    public static boolean saidToTheRoom(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String t = text.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        for (String room : THE_WHOLE_ROOM) {
            for (int i = t.indexOf(room); i >= 0; i = t.indexOf(room, i + 1)) {
                boolean starts = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)) && t.charAt(i - 1) != '\'';
                int end = i + room.length();
                if (starts && endsAClause(t, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether nothing but spaces, then the end or a mark that ends a clause, follows {@code from} in {@code t}. */
    private static boolean endsAClause(String t, int from) {
        int i = from;
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        return i == t.length() || ".!,;:)".indexOf(t.charAt(i)) >= 0;
    }
}
