package dev.rapport.rules.text;

import dev.rapport.rules.addressing.CommonWords;
import dev.rapport.rules.model.UserId;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of a message's mentions it speaks to, and which it only names. "@Ines is @Corin around this week?" asks Ines
 * about Corin; "can you check the invoice? cc @Corin" copies Corin. A question waits for the people it speaks to, not
 * for everyone it names.
 *
 * <p>A mention speaks to someone when it opens the message (after a greeting at most), or when it closes it after
 * a comma ("does that look right, @Tamsin?"), or closes any of its sentences so ("got the strings, @Tamsin. The old
 * ones ..."). Mentions inside a sentence, or after "cc", name a third person.
 * Platforms that do not mark mentions in the text (IRC, where addressing was inferred from "nick: ...") keep all
 * their mentions: there, a mention is addressing by construction.
 *
 * <p>The mentions must come in the order they appear in the text (the importers keep that order).
 */
public final class SpokenTo {
    private static final Set<String> GREETINGS = Set.of("hi", "hey", "hello", "heya", "hiya", "yo", "ok", "okay",
            "so", "and", "also", "thanks", "thank", "you", "morning", "good", "dear", "oh", "sorry", "congrats", "welcome",
            "thx", "ty", "tysm", "cheers", "congratulations", "evening", "afternoon", "gm", "yes", "yeah", "yep", "nope",
            "haha", "lol", "omg", "wow", "ah", "btw", "ps");
    /** Courtesies after which a closing mention is said to its person: "that fixed it, thank you @Tamsin". */
    private static final Set<String> CLOSING_COURTESIES = Set.of("thanks", "thank", "you", "u", "thx", "ty", "tysm",
            "cheers", "congrats", "congratulations", "welcome", "sorry", "bye", "cya", "later", "luck", "night",
            "morning", "hi", "hey", "hello");
    /**
     * Words that open a sentence with a comma and call nobody: a verdict or a link to what came before ("Perfect, can
     * you ...?", "Actually, could we ...?", "Secondly, ...").
     */
    private static final Set<String> NOT_CALLED = Set.of("perfect", "brilliant", "lovely", "awesome", "excellent",
            "fab", "super", "amazing", "sweet", "superb", "grand", "fantastic", "anyway", "anyways", "actually",
            "meanwhile", "otherwise", "honestly", "seriously", "besides", "plus", "finally", "lastly", "secondly",
            "separately", "quick", "question", "however", "alright", "sadly", "luckily", "happily", "unfortunately");
    /** Between two mentions of the opening group: a few characters of separators ("@A, @B and @C"). */
    private static final int MAX_GAP = 30;
    /** A display name and a joining word at most: "@Tamsin Holt and @Bram". */
    private static final int MAX_NAME_WORDS = 3;

    private SpokenTo() {
    }

    /** The mentioned people the message speaks to, in order. */
    public static List<UserId> of(String text, List<UserId> mentions) {
        if (mentions.isEmpty() || text == null || text.indexOf('@') < 0) {
            return mentions;
        }
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) {
            at.add(i);
        }
        // Mentions past those the text marks were read by the platform's reader from a name the message turns to after
        // its first part ("Thanks @Gus for the tip. And Hal, your plans were lovely": bot/coach/NamedTurns), and come
        // last: each is said to its person, besides whomever the marked mentions speak to.
        if (at.size() < mentions.size()) {
            List<UserId> spoken = new ArrayList<>(of(text, mentions.subList(0, at.size())));
            for (UserId later : mentions.subList(at.size(), mentions.size())) {
                if (!spoken.contains(later)) {
                    spoken.add(later);
                }
            }
            return spoken;
        }
        int opening = openingGroup(text, at);
        // "Thanks @Gus for the tip! @Hal, what day works?": the question speaks to the mentions opening its own
        // sentence; they come first, so the question waits for them and not for the person thanked before it.
        int asked = questionSentenceGroup(text, at, opening > 0 ? 1 : 0);
        int called = asked >= 0 ? -1 : calledByName(text, at);
        if (called >= 0 && at.size() == mentions.size()) {
            List<UserId> spoken = new ArrayList<>(opening + 1);
            spoken.add(mentions.get(called));
            for (int k = 0; k < opening; k++) {
                if (!spoken.contains(mentions.get(k))) {
                    spoken.add(mentions.get(k));
                }
            }
            return spoken;
        }
        if (asked >= 0 && at.size() == mentions.size()) {
            List<UserId> spoken = new ArrayList<>(mentions.size());
            int end = asked;
            while (end < at.size() && (end == asked || sameGroup(text, at.get(end - 1), at.get(end)))) {
                end++;
            }
            spoken.addAll(mentions.subList(asked, end));
            for (int k = 0; k < opening; k++) {
                if (!spoken.contains(mentions.get(k))) {
                    spoken.add(mentions.get(k));
                }
            }
            return spoken;
        }
        if (opening > 0) {
            return mentions.subList(0, Math.min(opening, mentions.size()));
        }
        int named = namedThenAsked(text, at);
        if (named >= 0 && at.size() == mentions.size()) {
            return List.of(mentions.get(named));
        }
        if (mentions.size() == 1 && at.size() == 1
                && (closesAfterComma(text, at.get(0)) || closesAfterCourtesy(text, at.get(0)))) {
            return mentions;
        }
        // "Thanks, @Ana. The other thing is ...": a sentence closed by a comma and a mention is said to that person
        // wherever it stands in the message, as one closing the message is; what follows it does not make it a name.
        if (at.size() == mentions.size()) {
            List<UserId> spoken = new ArrayList<>(1);
            for (int k = 0; k < at.size(); k++) {
                if ((k == 0 || !sameGroup(text, at.get(k - 1), at.get(k))) && closesSentenceAfterComma(text, at.get(k))
                        && !spoken.contains(mentions.get(k))) {
                    spoken.add(mentions.get(k));
                }
            }
            return spoken;
        }
        return List.of();
    }

    /**
     * The mentioned people a question is put to by name: the mentions opening the sentence that carries its question
     * mark ("signed up too. @Ana is there space for my partner?", "@Ana is there space? she doesn't dive"). Empty when
     * no question sentence opens with a mention ("@Ana thanks. what time?" asks whoever it is said to). A reply to one
     * person that asks another by name asks the one named: replying only placed the message under the first one's words.
     */
    public static List<UserId> asked(String text, List<UserId> mentions) {
        if (mentions.isEmpty() || text == null || text.indexOf('?') < 0) {
            return List.of();
        }
        // No mention marked, and one person the reader found called by name after the message's first part ("Will do,
        // I'll bring ink. Sam, want a lift?"): when the questions all open by calling that one name, and nothing before
        // them calls anyone, they are put to the one called; the words before answered whoever was replied to.
        if (text.indexOf('@') < 0) {
            return mentions.size() == 1 && questionsCallOneLater(text) ? mentions : List.of();
        }
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) {
            at.add(i);
        }
        if (at.size() != mentions.size()) {
            return List.of();
        }
        int opening = openingGroup(text, at);
        int asked = questionSentenceGroup(text, at, opening > 0 ? 1 : 0);
        int called = asked >= 0 ? -1 : calledByName(text, at);
        if (called >= 0) {
            return List.of(mentions.get(called));
        }
        if (asked >= 0) {
            int end = asked + 1;
            while (end < at.size() && sameGroup(text, at.get(end - 1), at.get(end))) {
                end++;
            }
            return mentions.subList(asked, end);
        }
        // The message's own first sentence is the question, and the mentions open it.
        if (opening > 0 && firstSentenceAsks(text)) {
            return mentions.subList(0, Math.min(opening, mentions.size()));
        }
        int named = opening > 0 ? -1 : namedThenAsked(text, at);
        if (named >= 0) {
            return List.of(mentions.get(named));
        }
        return List.of();
    }

    /**
     * The index of the one mention that opens a sentence told to its person, when the very next sentence asks them a
     * question in the second person: "Hello all, new here. @Ana you tiled our bathroom last year. Could you look at a
     * crack?" turns to Ana by name and goes on speaking to her, so the question is hers, though its own sentence opens
     * with "Could". -1 when the question says no "you" (it may be put to the room), when a mention stands in it or
     * another one in the naming sentence (a third person named), or when the naming sentence opens the message
     * (the opening group's own reading covers that).
     */
    private static int namedThenAsked(String text, List<Integer> at) {
        int mark = text.lastIndexOf('?');
        if (mark < 0) {
            return -1;
        }
        for (; mark > 0; mark = text.lastIndexOf('?', mark - 1)) {
            int start = sentenceStart(text, mark - 1);
            if (start <= 0) {
                return -1;
            }
            String question = text.substring(start, mark).toLowerCase(Locale.ROOT);
            if (question.indexOf('@') >= 0 || !question.matches("(?s).*\\byou(?:r)?\\b.*")) {
                continue;
            }
            int before = sentenceStart(text, start - 3);
            if (before <= 0) {
                return -1;
            }
            int found = -1;
            for (int k = 0; k < at.size(); k++) {
                int a = at.get(k);
                if (a >= before && a < start) {
                    if (found >= 0) {
                        return -1;
                    }
                    found = k;
                }
            }
            if (found < 0 || !text.substring(before, at.get(found)).isBlank()) {
                return -1;
            }
            return found;
        }
        return -1;
    }

    /**
     * A mention told as the owner of the thing its sentence names ("@Ana Brook's", "<@42>'s"), and a word of the
     * thing after it: "my brother says @Ana Brook's cakes won the village show".
     */
    private static final Pattern OWNER_MENTION = Pattern.compile(
            "(?:<@!?\\d+>|@[^\\s@'\u2019?.!,]+(?:\\s+[^\\s@'\u2019?.!,]+){0,2}?)['\u2019]s\\s+\\p{L}");
    /** "you" or "your" as a word: a question put in the second person. */
    private static final Pattern SECOND_PERSON = Pattern.compile("\\byour?\\b");

    /**
     * The one person a message pings by their @name as the owner of a thing it tells of ("my brother says @Ana
     * Brook's cakes won the village show"), when the very next sentence asks in the second person ("Are you
     * free on the 9th?"): the ping calls them, and the "you" right after it can only be theirs, though the name
     * stands inside a sentence about their work. Empty for any other message: one that names two people, a name told
     * without a thing of theirs ("I asked @Ana yesterday. Are you ...?" may ask the room), or a question after it
     * without "you" ("Does anyone know ...?"). Read only of a message that replies to nobody and calls nobody
     * otherwise ({@link #of} empty): a reply's "you" is the one replied to.
     */
    public static List<UserId> ownerAsked(String text, List<UserId> mentions) {
        if (mentions.size() != 1 || text == null || text.indexOf('?') < 0) {
            return List.of();
        }
        int a = text.indexOf('@');
        if (a < 0 || text.indexOf('@', a + 1) >= 0) {
            return List.of();
        }
        int from = a > 0 && text.charAt(a - 1) == '<' ? a - 1 : a;
        if (!OWNER_MENTION.matcher(text).region(from, text.length()).lookingAt()) {
            return List.of();
        }
        for (int mark = text.indexOf('?'); mark > 0; mark = text.indexOf('?', mark + 1)) {
            int start = sentenceStart(text, mark - 1);
            if (start <= a) {
                continue;
            }
            String question = text.substring(start, mark).toLowerCase(Locale.ROOT);
            if (!SECOND_PERSON.matcher(question).find()) {
                return List.of();
            }
            // The sentence right before the question's is the one that names them.
            return start >= 3 && sentenceStart(text, start - 3) <= a ? mentions : List.of();
        }
        return List.of();
    }

    /**
     * The index of the mention whose person a later question calls by the first word of their name and a comma:
     * "I only do the bread, cakes are @Ana Brook's. Ana, could you do a sponge for Saturday?" names Ana first as a
     * third person (who makes the cakes) and then turns to her with her name, as people do in speech, so the question
     * is hers, not that of the person replied to. The name is the one the mention's own text shows ("@Ana Brook"), so
     * it is general: no list of names. -1 when no question sentence after the message's first opens with such a name
     * and a comma ("Ana's cakes are great, could you ...?" calls nobody), or the mention stands inside that sentence.
     */
    private static int calledByName(String text, List<Integer> at) {
        for (int mark = text.lastIndexOf('?'); mark > 0; mark = text.lastIndexOf('?', mark - 1)) {
            int start = sentenceStart(text, mark - 1);
            if (start <= 0) {
                continue;
            }
            int end = start;
            while (end < mark && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (end == start || end - start < 2 || end >= mark || text.charAt(end) != ','
                    || !Character.isUpperCase(text.charAt(start))) {
                continue;
            }
            String name = text.substring(start, end);
            for (int k = 0; k < at.size(); k++) {
                int a = at.get(k);
                if (a >= start && a < mark) {
                    break;
                }
                if (text.regionMatches(true, a + 1, name, 0, name.length())
                        && (a + 1 + name.length() == text.length()
                        || !Character.isLetter(text.charAt(a + 1 + name.length())))) {
                    return k;
                }
            }
        }
        return -1;
    }

    /**
     * Whether the message turns from one person to another by name, with its question for the second: it opens by
     * calling someone by a name and a comma and tells them something ("Rosa, you're down for the Saturday."), and
     * every sentence that asks opens by calling someone else the same way ("Milo, could you do the Sunday with her?").
     * Settling things with two people at once, one speaks to each in turn, and the question is the second's, not that
     * of the one the message replies to. A name is a capitalised word that is no greeting and no common word ("Also,
     * could you ...?", "Great, can you ...?" call nobody); the same name twice is one person spoken to throughout.
     */
    public static boolean questionTurnedToAnother(String text) {
        if (text == null || text.indexOf('?') < 0) {
            return false;
        }
        String first = calledAt(text, 0);
        if (first == null) {
            return false;
        }
        boolean asked = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            if (i + 1 < text.length() && text.charAt(i + 1) != ' ') {
                continue;
            }
            if (c == '?') {
                String called = start == 0 ? null : calledAt(text, start);
                if (called == null || called.equalsIgnoreCase(first)) {
                    return false;
                }
                asked = true;
            }
            start = i + 2;
        }
        return asked;
    }

    /**
     * Whether the message opens with words to nobody by name, then calls one person by name and a comma in a later
     * sentence, and every sentence that asks opens by calling that same one ("Will do. Sam, want a lift?"): each
     * question is turned to them, and the one name is the only person the message calls.
     */
    private static boolean questionsCallOneLater(String text) {
        if (calledAt(text, 0) != null || firstSentenceAsks(text)) {
            return false;
        }
        String name = null;
        boolean asked = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c != '.' && c != '!' && c != '?') || (i + 1 < text.length() && text.charAt(i + 1) != ' ')) {
                continue;
            }
            String called = start == 0 ? null : calledAt(text, start);
            if (called != null && name != null && !called.equalsIgnoreCase(name)) {
                return false;
            }
            if (called != null) {
                name = called;
            }
            if (c == '?') {
                if (called == null) {
                    return false;
                }
                asked = true;
            }
            start = i + 2;
        }
        return asked;
    }

    /** The name a sentence starting at {@code start} opens by calling, with a comma after it; null if none. */
    private static String calledAt(String text, int start) {
        if (start >= text.length() || !Character.isUpperCase(text.charAt(start))) {
            return null;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end - start < 2 || end >= text.length() || text.charAt(end) != ',') {
            return null;
        }
        String word = text.substring(start, end);
        String lower = word.toLowerCase(Locale.ROOT);
        if (GREETINGS.contains(lower) || CLOSING_COURTESIES.contains(lower) || NOT_CALLED.contains(lower)
                || CommonWords.englishAndChat().contains(lower)) {
            return null;
        }
        return word;
    }

    /** Where the sentence holding the character at {@code from} starts: after '.', '!', '?' or an emoji and a space. */
    private static int sentenceStart(String text, int from) {
        for (int i = from; i > 0; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || Character.isLowSurrogate(c)) && i + 1 < text.length()
                    && text.charAt(i + 1) == ' ') {
                return i + 2;
            }
        }
        return 0;
    }

    /** Whether the first sentence of {@code text} ends with a question mark. */
    private static boolean firstSentenceAsks(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return c == '?';
            }
        }
        return false;
    }

    /** How many mentions open the message: 0 when it opens with words. */
    private static int openingGroup(String text, List<Integer> at) {
        int first = at.get(0);
        for (String w : text.substring(0, first).toLowerCase(Locale.ROOT).split("[^\\p{L}<]+")) {
            if (!w.isEmpty() && !GREETINGS.contains(w) && !w.equals("<")) {
                return 0;
            }
        }
        int count = 1;
        for (int k = 1; k < at.size(); k++) {
            String gap = text.substring(at.get(k - 1), at.get(k));
            // Between two mentions of the group stand a name and separators ("@Tamsin Holt, @Bram"), not a sentence.
            if (gap.length() > MAX_GAP || gap.strip().split("\\s+").length > MAX_NAME_WORDS || gap.indexOf('?') >= 0 || gap.indexOf('.') >= 0 || gap.indexOf('!') >= 0
                    || gap.indexOf(':') >= 0 && gap.indexOf('>') < 0) {
                break;
            }
            count++;
        }
        return count;
    }

    /**
     * The index (in {@code at}) of the first mention opening a sentence that carries a question mark, when that
     * sentence is not the message's first; -1 when there is none. The last question is looked at first; an earlier one
     * counts too ("Referral for Leeds. @Ana you're in Leeds, right? Can I pass on their number?": the question put to
     * Ana comes before the one that follows it up). A sentence ends at '.', '!', '?' or an emoji followed by a space.
     *
     * @param from the first mention that may open it: mentions opening the message are its opening group
     */
    private static int questionSentenceGroup(String text, List<Integer> at, int from) {
        for (int mark = text.lastIndexOf('?'); mark > 0; mark = text.lastIndexOf('?', mark - 1)) {
            int start = -1;
            for (int i = mark - 1; i > 0; i--) {
                char c = text.charAt(i);
                // An emoji ends a sentence as a full stop does ("one wants a quote 🎉 @Ana how did yours go?").
                if ((c == '.' || c == '!' || c == '?' || Character.isLowSurrogate(c)) && text.charAt(i + 1) == ' ') {
                    start = i + 1;
                    break;
                }
            }
            if (start < 0) {
                return -1;
            }
            int k = opensSentence(text, at, from, start, mark);
            if (k >= 0) {
                return k;
            }
        }
        return -1;
    }

    /** The first mention from {@code from} that opens the sentence between {@code start} and {@code mark}, or -1. */
    private static int opensSentence(String text, List<Integer> at, int from, int start, int mark) {
        for (int k = from; k < at.size(); k++) {
            int a = at.get(k);
            if (a < start) {
                continue;
            }
            if (a > mark) {
                return -1;
            }
            for (String w : text.substring(start, a).toLowerCase(Locale.ROOT).split("[^\\p{L}<]+")) {
                if (!w.isEmpty() && !GREETINGS.contains(w) && !w.equals("<")) {
                    return -1;
                }
            }
            return k;
        }
        return -1;
    }

    /** Whether the mentions at {@code a} and {@code b} belong to one group: a name and separators between them. */
    private static boolean sameGroup(String text, int a, int b) {
        String gap = text.substring(a, b);
        return gap.length() <= MAX_GAP && gap.strip().split("\\s+").length <= MAX_NAME_WORDS && gap.indexOf('?') < 0
                && gap.indexOf('.') < 0 && gap.indexOf('!') < 0 && (gap.indexOf(':') < 0 || gap.indexOf('>') >= 0);
    }

    /**
     * "that fixed it, thank you @Tamsin", "off to the match, good luck @Bram!": a courtesy right before, and at most a name and
     * punctuation or an emoji after.
     */
    private static boolean closesAfterCourtesy(String text, int at) {
        int end = at;
        while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
            if (!Character.isWhitespace(text.charAt(end - 1))) {
                return false;
            }
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || !CLOSING_COURTESIES.contains(text.substring(start, end).toLowerCase(Locale.ROOT))) {
            return false;
        }
        String after = text.substring(at + 1).strip();
        return after.split("\\s+").length <= 3 && after.indexOf(',') < 0 && after.indexOf('.') < 0;
    }

    /**
     * "I put your name forward, @Tamsin. The stall is ...": a comma before, and after it at most a name and the stop,
     * '!' or '?' that ends the sentence (followed by a space), or the message's end. A possessive ("..., @Tamsin's
     * are better.") names her, and so does a mention going on with a verb ("..., @Tamsin showed me."); a mention
     * right after another ("ask @Bram, @Tamsin.") is one of a list the message names.
     */
    private static boolean closesSentenceAfterComma(String text, int at) {
        if (!afterComma(text, at)) {
            return false;
        }
        int end = at + 1;
        while (end < text.length() && !(isStop(text.charAt(end))
                && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1))))) {
            end++;
        }
        String name = text.substring(at + 1, end).strip();
        if (name.isEmpty() || name.indexOf(',') >= 0 || name.indexOf('\'') >= 0 || name.indexOf('\u2019') >= 0
                || name.indexOf('@') >= 0) {
            return false;
        }
        // A display name's further words are capitalised ("@Tamsin Holt."); "@Tamsin showed me." goes on with a verb.
        String[] words = name.split("\\s+");
        if (words.length > MAX_NAME_WORDS) {
            return false;
        }
        for (int w = 1; w < words.length; w++) {
            if (!Character.isUpperCase(words[w].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a comma comes right before the mention at {@code at}, spaces aside: "..., @Tamsin". */
    private static boolean afterComma(String text, int at) {
        int before = at - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        return before >= 0 && text.charAt(before) == ',';
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** "..., @Tamsin?" or "..., @Tamsin Holt!": a comma before, and at most a name and punctuation after. */
    private static boolean closesAfterComma(String text, int at) {
        if (!afterComma(text, at)) {
            return false;
        }
        String after = text.substring(at + 1).strip();
        String[] words = after.split("\\s+");
        return words.length <= 3 && after.indexOf(',') < 0;
    }
}
