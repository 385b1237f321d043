package dev.rapport.rules.text;


/**
 * The few facts about a message's words the rules need, computed in one pass: how many words, how many
 * first-person and second-person words, and whether it asks something. Nothing of the text is kept.
 *
 * @param words        words outside links, code and mentions
 * @param firstPerson  I, me, my, mine, myself, we, us, our, ours (and I'm, I've, we're...)
 * @param secondPerson you, your, yours, yourself, yourselves, ya, u (and you're, you've...)
 * @param question     the message asks something: a question mark, or it opens like a question
 * @param firstPersonPlural of the first-person words, those in the plural: we, us, our, ours (and we're...), the
 *                     voice of a team, a project or a company
 */
public record TextFeatures(int words, int firstPerson, int secondPerson, boolean question, int firstPersonPlural) {

    public static final TextFeatures EMPTY = new TextFeatures(0, 0, 0, false, 0);

    /** Features without a count of plural first-person words. */
    public TextFeatures(int words, int firstPerson, int secondPerson, boolean question) {
        this(words, firstPerson, secondPerson, question, 0);
    }

    /** Verbs that open a yes/no question when a subject follows: "do you...", "is it...", "can anyone...". */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of(
            "is", "are", "am", "was", "were", "do", "does", "did", "can", "could", "would", "will", "should", "shall",
            "may", "might", "has", "have", "had", "isn't", "aren't", "don't", "doesn't", "didn't", "can't", "won't",
            "wouldn't", "shouldn't", "hasn't", "haven't");
    /** Past verbs that also open questions ("did you", "was it"), and what follows them when they tell instead. */
    private static final String[] PAST_WORDS = {"did", "had", "was", "were"};
    /** How, when or how often a thing was done: words that follow a thing done and never start a verb phrase. */
    private static final String[] HOW_DONE = {"both", "twice", "again", "like", "as", "by", "with", "myself",
            "yesterday", "exactly", "your"};
    private static final String[] TOLD_AFTER_PAST = {"the", "a", "an", "my"};
    private static final String[] ARTICLES = {"the", "a", "an"};
    /**
     * "have" and "may" open a wish as often as a question: "have a safe trip", "may the sunniest stall win". Without a
     * question mark, either before an article or "your" wishes someone well; "have you ...", "may I ..." still ask.
     */
    private static final String[] WISH_WORDS = {"have", "may"};
    private static final String[] WISHED_AFTER = {"the", "a", "an", "your"};
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

    /** Words of where or when that follow a thing sought, not a count's noun: "looking for one near me now". */
    private static final String[] WHERE_OR_WHEN = {"near", "nearby", "locally", "around", "close", "in",
            "now", "today", "tomorrow", "soon", "asap"};

    /** The same words as arrays, looked through without a set's hashing or a string per word. */
    private static final String[] AUXILIARY_WORDS = AUXILIARIES.toArray(new String[0]);
    private static final String[] WH_WORD_LIST = WH_WORDS.toArray(new String[0]);
    private static final String[] WH_FOLLOWER_WORDS = WH_FOLLOWERS.toArray(new String[0]);
    private static final String[] ROOM_WORDS = ROOM.toArray(new String[0]);
    private static final String[] ANY_REQUEST_WORDS = ANY_REQUESTS.toArray(new String[0]);
    private static final String[] REQUESTED_WORDS = REQUESTED.toArray(new String[0]);
    private static final String[] SUBJECT_WORDS = {"i", "you", "we", "they", "he", "she", "there", "anyone",
            "anybody", "someone", "somebody", "the", "a", "an", "your", "my", "any", "one", "u", "ya", "people", "it",
            "this", "that"};
    private static final String[] FIRST_PERSON_WORDS = {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
            "ourselves", "i'm", "i've", "i'll", "i'd", "we're", "we've", "we'll", "we'd", "im", "ive"};
    private static final String[] FIRST_PERSON_PLURAL_WORDS = {"we", "us", "our", "ours", "ourselves", "we're",
            "we've", "we'll", "we'd"};
    private static final String[] SECOND_PERSON_WORDS = {"you", "your", "yours", "yourself", "yourselves", "you're",
            "you've", "you'll", "you'd", "ya", "u", "ur", "youre", "y'all", "yall"};

    /**
     * One pass over the text. A word is a range of the text, compared in place with the word lists (lower-cased,
     * with a typographic apostrophe read as a plain one): no word is copied out, and nothing but the result is
     * allocated.
     */
    public static TextFeatures of(String text) {
        if (text == null || text.isEmpty()) {
            return EMPTY;
        }
        int n = text.length();
        int words = 0;
        int first = 0;
        int plural = 0;
        int second = 0;
        boolean question = false;
        // Where the first word starts; its first three words are read again from there ({@link #asks}).
        int opening = -1;
        // A number before the first word ("11 is a great number", "3 were enough") is the sentence's subject: what
        // follows it is a statement, never a question's opening auxiliary.
        boolean ledByNumber = false;
        // The opening words of the last sentence, when there is more than one: chat puts its question last, often
        // without its mark ("picked up a used kiln. is it safe to fire indoors"), read as the message's opening is.
        int sentences = 1;
        boolean sentenceEnded = false;
        int lastOpening = -1;
        int lastWords = 0;
        boolean lastLedByNumber = false;
        // Whether a number or a room's name came after the latest sentence's end, before its next word: it leads that
        // next sentence, once one starts. Kept apart so that a message's closing full stop, which starts no sentence,
        // does not take the lead away from its last one ("welcome Jo. #garden is where we swap seeds.").
        boolean nextLedByNumber = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            // So is a channel named before the first word ("#repairs is the place for that", "<#123> is where we
            // meet"): a room is talked about, never spoken to, so the "is" after it tells where to go, it asks nothing.
            if (opening < 0 && (Character.isDigit(c) || channelAt(text, i))) {
                ledByNumber = true;
            }
            // A full stop, an exclamation or a new line before a space ends a sentence (not the dot of a domain).
            if (words > 0 && (c == '\n'
                    || (c == '.' || c == '!') && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1))))) {
                sentenceEnded = true;
                nextLedByNumber = false;
            }
            if (sentenceEnded && (Character.isDigit(c) || channelAt(text, i))) {
                nextLedByNumber = true;
            }
            // "You finished it already?!" exclaims: a '?' next to a '!' is surprise, not a question to answer.
            if (c == '?' && !(i > 0 && text.charAt(i - 1) == '!') && !(i + 1 < n && text.charAt(i + 1) == '!')) {
                question = true;
            }
            int end = unreadEnd(text, i);
            if (end >= 0) {
                i = end;
                continue;
            }
            end = wordEnd(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            if (isWord(text, i, end)) {
                words++;
                if (in(text, i, end, FIRST_PERSON_WORDS)) {
                    first++;
                    if (in(text, i, end, FIRST_PERSON_PLURAL_WORDS)) {
                        plural++;
                    }
                } else if (in(text, i, end, SECOND_PERSON_WORDS)) {
                    second++;
                }
                if (opening < 0) {
                    opening = i;
                }
                if (sentenceEnded) {
                    sentenceEnded = false;
                    sentences++;
                    lastWords = 0;
                    lastOpening = i;
                    lastLedByNumber = nextLedByNumber;
                }
                lastWords++;
            }
            i = end;
        }
        if (!question && opening >= 0 && words >= 3 && !ledByNumber) {
            question = asks(text, opening, false);
        }
        if (!question && sentences > 1 && lastWords >= 3 && !lastLedByNumber) {
            question = asks(text, lastOpening, true);
        }
        if (!question && opening >= 0 && !ledByNumber) {
            question = whichThingAsked(text, opening);
        }
        if (!question && sentences > 1 && !lastLedByNumber) {
            question = whichThingAsked(text, lastOpening);
        }
        return new TextFeatures(words, first, second, question, plural);
    }

    /**
     * Whether a channel is named at {@code i}: "#name" (a '#' before a letter or digit, as exports write a channel
     * mention) or Discord's raw "<#123>". Not a lone '#', nor a heading's "# ".
     */
    private static boolean channelAt(String t, int i) {
        char c = t.charAt(i);
        if (c == '#') {
            return i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1));
        }
        return c == '<' && i + 1 < t.length() && t.charAt(i + 1) == '#';
    }

    /** Where a link or a mention (<@123>, @name, #channel) starting at {@code i} ends, or -1: they are not words. */
    private static int unreadEnd(String t, int i) {
        char c = t.charAt(i);
        if (!isLinkStart(t, i) && c != '<' && c != '@' && c != '#') {
            return -1;
        }
        int n = t.length();
        while (i < n && !Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Where the run of letters, digits and apostrophes starting with a letter or one at {@code i} ends, or -1. */
    private static int wordEnd(String t, int i) {
        char c = t.charAt(i);
        if (!Character.isLetter(c) && c != '\'' && c != '\u2019') {
            return -1;
        }
        int n = t.length();
        while (i < n) {
            char d = t.charAt(i);
            if (!Character.isLetterOrDigit(d) && d != '\'' && d != '\u2019') {
                break;
            }
            i++;
        }
        return i;
    }

    /** Whether the run [start, end) of {@link #wordEnd} is a word: a lone apostrophe is not. */
    private static boolean isWord(String t, int start, int end) {
        return end - start > 1 || Character.isLetter(t.charAt(start));
    }

    /** Where the next word at or after {@code from} starts, or -1: the text read as {@link #of} reads it. */
    private static int nextWord(String t, int from) {
        int i = from;
        while (i < t.length()) {
            int end = unreadEnd(t, i);
            if (end < 0) {
                end = wordEnd(t, i);
                if (end >= 0 && isWord(t, i, end)) {
                    return i;
                }
            }
            i = end < 0 ? i + 1 : end;
        }
        return -1;
    }

    /**
     * Whether the three words from {@code start} (the first of them starts there) open a question without its mark
     * (see {@link #opensLikeQuestion}). Read again here rather than kept during the pass: most messages have their
     * question mark or fewer than three words and never get here. {@code afterRemark}: the words open the last
     * sentence, after something already said.
     */
    private static boolean asks(String t, int start, boolean afterRemark) {
        int f1 = wordEnd(t, start);
        int s0 = nextWord(t, f1);
        int s1 = s0 < 0 ? -1 : wordEnd(t, s0);
        int u0 = s0 < 0 ? -1 : nextWord(t, s1);
        int u1 = u0 < 0 ? -1 : wordEnd(t, u0);
        return opensLikeQuestion(t, start, f1, s0, s1) && !pastVerbBeforeACount(t, start, f1, s0, s1, u0, u1)
                && !thingDoneAndHow(t, start, f1, s0, s1, u0, u1)
                && !ownMissWondered(t, start, f1, s0, s1, u0, u1)
                && !somebodyToldOf(t, start, f1, s0, s1, u0, u1)
                && !(afterRemark && adviceAfterRemark(t, start, f1, s0, s1))
                && !(!afterRemark && searchTakenUp(t, start, f1, s0, s1, u0, u1));
    }

    /** The words that ask which thing: "which gate", "what time", "whose turn". */
    private static final String[] WHICH_WORDS = {"which", "what", "whose"};
    /** How many words the thing asked about may take: "gate of the old rowing club". */
    private static final int THING_WORDS = 5;
    /** The verbs put before their subject when a question asks which thing ("... is it", "... do I"). */
    private static final String[] BE_INVERTED = {"is", "are", "was", "were"};
    private static final String[] DO_INVERTED = {"do", "does", "did"};
    /** Personal subjects: no thing is named by them, and one before the verb makes a statement ("what I need is"). */
    private static final String[] PERSONAL_SUBJECTS = {"i", "you", "we", "they", "he", "she", "it", "u", "ya"};
    /** The subjects a "be" asked with closes on ("which gate is it", "whose bikes are they"). */
    private static final String[] BE_SUBJECTS = {"it", "they", "he", "she", "we"};
    /** A preposition left at the close of a question about a place or time ("which floor is it on"). */
    private static final String[] STRANDED = {"in", "on", "at", "from", "for", "with", "by", "to"};
    /** Marks that end or set off a clause: the words of one question run on without them. */
    private static final String CLAUSE_MARKS = ",;:.!\u2013\u2014\n";

    /**
     * "which", "what" or "whose" before a thing named and then its verb put before the subject, without its question
     * mark ("which gate of the rowing club is it, went round twice", "what time do we meet", "whose turn is it"),
     * asks which one: English inverts verb and subject only to ask, a statement keeps its subject first ("which gate
     * it is, I forget", "what a day it was"). Narrow so no statement is read as asking: no personal subject inside the
     * thing ("what I need is you", "what we did was this" tell), "be" only with it, they, he, she or we closing the
     * clause ("what matters is it works" tells what matters), and "do", "does" or "did" before a personal subject.
     */
    private static boolean whichThingAsked(String t, int f0) {
        int f1 = wordEnd(t, f0);
        if (!in(t, f0, f1, WHICH_WORDS)) {
            return false;
        }
        int end = f1;
        int named = 0;
        while (true) {
            int w0 = nextWord(t, end);
            if (w0 < 0 || clauseBreak(t, end, w0)) {
                return false;
            }
            int w1 = wordEnd(t, w0);
            boolean be = in(t, w0, w1, BE_INVERTED);
            if (be || in(t, w0, w1, DO_INVERTED)) {
                return named > 0 && subjectAfterInverted(t, w1, be);
            }
            if (named == THING_WORDS || in(t, w0, w1, PERSONAL_SUBJECTS) || in(t, w0, w1, AUXILIARY_WORDS)
                    || named == 0 && (is(t, w0, w1, "a") || is(t, w0, w1, "an"))) {
                return false;
            }
            named++;
            end = w1;
        }
    }

    /**
     * Whether a personal subject follows the inverted verb ending at {@code end} in the same clause: after "be", one of
     * {@link #BE_SUBJECTS} closing the clause, or with a preposition left at its close; after "do", any personal one.
     */
    private static boolean subjectAfterInverted(String t, int end, boolean be) {
        int s0 = nextWord(t, end);
        if (s0 < 0 || clauseBreak(t, end, s0)) {
            return false;
        }
        int s1 = wordEnd(t, s0);
        if (!be) {
            return in(t, s0, s1, PERSONAL_SUBJECTS);
        }
        if (!in(t, s0, s1, BE_SUBJECTS)) {
            return false;
        }
        if (closesClause(t, s1)) {
            return true;
        }
        int p0 = nextWord(t, s1);
        return p0 >= 0 && !clauseBreak(t, s1, p0) && in(t, p0, wordEnd(t, p0), STRANDED)
                && closesClause(t, wordEnd(t, p0));
    }

    /** Whether the word ending at {@code end} closes its clause: the text ends, or a stop or a pause follows. */
    private static boolean closesClause(String t, int end) {
        int next = nextWord(t, end);
        return next < 0 || clauseBreak(t, end, next);
    }

    /**
     * Whether a mark of a stop or a pause stands between the word ending at {@code end} and the next: a dash, or a
     * hyphen with space beside it ("is it - went round twice"), not one that joins two words ("boat-house").
     */
    private static boolean clauseBreak(String t, int end, int next) {
        return anyBetween(t, end, next, CLAUSE_MARKS) || next - end > 1 && anyBetween(t, end, next, "-");
    }

    /**
     * "why" or "how" before the writer's own negated past, without its question mark ("why didn't I try this sooner",
     * "why did I never ask before", "how did I not see it", "how have I never heard of this"), wonders aloud at
     * something the writer missed until now: self-reproach or delight at a tip, said rather than asked. Only the
     * writer could say why they missed it, and nobody owes an answer (general English, as "how did I not know?" in
     * {@link Exclamation}). Only with "I" as the subject and a "not", "never" or "n't" after the verb: "why did you
     * leave early", "how did I do" and "why did I get two invoices" still ask; so does any of them with its mark.
     */
    private static boolean ownMissWondered(String t, int f0, int f1, int s0, int s1, int u0, int u1) {
        if (u0 < 0 || !(is(t, f0, f1, "why") || is(t, f0, f1, "how")) || !is(t, u0, u1, "i")) {
            return false;
        }
        if (in(t, s0, s1, OWN_MISS_NEGATED)) {
            return true;
        }
        if (!in(t, s0, s1, OWN_MISS_VERBS)) {
            return false;
        }
        int v0 = nextWord(t, u1);
        return v0 >= 0 && (is(t, v0, wordEnd(t, v0), "never") || is(t, v0, wordEnd(t, v0), "not"));
    }

    /**
     * "someone" or "anyone" before "is", "was" or "must", or before "has to", "had to", "has been", without a question
     * mark, tells of someone rather than asks the room: "someone has to!" (said back to thanks for a chore), "somebody
     * was busy", "anyone is welcome". Asking the room takes the verb bare or as an auxiliary's question ("anyone know a
     * good printer", "someone have a spare", "anyone had this happen"), and any of them with its mark still asks.
     */
    private static boolean somebodyToldOf(String t, int f0, int f1, int s0, int s1, int u0, int u1) {
        if (s0 < 0 || !in(t, f0, f1, ROOM_WORDS)) {
            return false;
        }
        if (in(t, s0, s1, TOLD_OF_SOMEBODY)) {
            return true;
        }
        return (is(t, s0, s1, "has") || is(t, s0, s1, "had")) && u0 >= 0
                && (is(t, u0, u1, "to") || is(t, u0, u1, "been"));
    }

    /** The verbs after "someone" that tell of them: {@link #somebodyToldOf}. */
    private static final String[] TOLD_OF_SOMEBODY = {"is", "was", "must"};

    /** The past and perfect auxiliaries of {@link #ownMissWondered}, and their negated forms. */
    private static final String[] OWN_MISS_VERBS = {"did", "have", "had"};
    private static final String[] OWN_MISS_NEGATED = {"didn't", "haven't", "hadn't", "didnt", "havent", "hadnt"};

    /**
     * "looking for one" opening a message, with "one" standing for a thing (the sentence ends or goes on with where or
     * when: "looking for one near me now, thanks", "searching for one locally"), takes up a thing named before it, and
     * nothing before it in the message names one: it is the writer's answer to what someone told them, the advice
     * taken ("you want a farrier who does remedial work" - "looking for one near me now"), not a request to the room.
     * "one" before anything else counts what is sought ("looking for one more player", "one volunteer") and is still
     * a request, as is the search told after a remark in the same message ("need a sitter. looking for one in town").
     */
    private static boolean searchTakenUp(String t, int f0, int f1, int s0, int s1, int u0, int u1) {
        if (u0 < 0 || !is(t, s0, s1, "for") || !is(t, u0, u1, "one")
                || !(is(t, f0, f1, "looking") || is(t, f0, f1, "searching"))) {
            return false;
        }
        int v0 = nextWord(t, u1);
        return v0 < 0 || setOff(t, u1, v0) || endsSentence(t, u1, v0) || in(t, v0, wordEnd(t, v0), WHERE_OR_WHEN);
    }

    /** Whether a full stop, a "!" or a "?" stands between the word ending at {@code end} and the next. */
    private static boolean endsSentence(String t, int end, int next) {
        return anyBetween(t, end, next, ".!?");
    }

    /**
     * "do" before an article, closing a message after something already said and without a question mark, tells
     * what to do: "you'll be fine. do a practice run first", "lovely colour. do the edges last". Advice follows a
     * remark that way far more often than a question drops its mark there, and a question about a thing ("do the
     * vents need cleaning") keeps its mark or opens the message, where it is read as before.
     */
    private static boolean adviceAfterRemark(String t, int f0, int f1, int s0, int s1) {
        return s0 >= 0 && is(t, f0, f1, "do") && in(t, s0, s1, ARTICLES);
    }

    /**
     * Without a question mark, only openings that are questions in nearly every use count: an auxiliary before a
     * subject, a question word before an auxiliary, asking the room, "any tips". "Will do", "would love to",
     * "when I started" are statements.
     */
    private static boolean opensLikeQuestion(String t, int f0, int f1, int s0, int s1) {
        if (in(t, f0, f1, ROOM_WORDS)) {
            return true;
        }
        if (s0 < 0) {
            return false;
        }
        // A request asks as much as a question: "looking for a video editor...", "hiring a designer...".
        if ((is(t, f0, f1, "looking") || is(t, f0, f1, "searching")) && is(t, s0, s1, "for")) {
            return true;
        }
        if (is(t, f0, f1, "hiring") || is(t, f0, f1, "seeking")) {
            return true;
        }
        if (is(t, f0, f1, "need") && in(t, s0, s1, REQUESTED_WORDS)) {
            return true;
        }
        if (is(t, f0, f1, "any")) {
            return in(t, s0, s1, ANY_REQUEST_WORDS);
        }
        if (in(t, f0, f1, AUXILIARY_WORDS)) {
            // An auxiliary set off by a comma is a word said on its own ("don't, it happens to everyone", "will do,
            // thanks", "can't, sorry"): a question runs from its auxiliary straight into the subject ("don't you...").
            if (setOff(t, f1, s0)) {
                return false;
            }
            // "do it now" and "do this first" are instructions; "does it work" is a question.
            if (is(t, f0, f1, "do") && (is(t, s0, s1, "it") || is(t, s0, s1, "this") || is(t, s0, s1, "that"))) {
                return false;
            }
            // "did it, it fits now", "did that. no change": a past verb and the thing done, the clause ending there,
            // tell what one did with the "I" dropped, a report back; a question in the past goes on to its verb ("did
            // it work", "did that help") or keeps its mark.
            if ((is(t, f0, f1, "did") || is(t, f0, f1, "had")) && (is(t, s0, s1, "it") || is(t, s0, s1, "this")
                    || is(t, s0, s1, "that")) && clauseEndsAt(t, s1)) {
                return false;
            }
            // Chat drops the "I" or the "it" before a verb in the past: "went to the late one, it was packed", "had a
            // great time", "was a long day". Without its question mark, a past verb before an article or "my" tells
            // what happened; a question in the past without one ("did you get it", "was it late") has its subject.
            if (in(t, f0, f1, PAST_WORDS) && in(t, s0, s1, TOLD_AFTER_PAST)) {
                return false;
            }
            // A well-wish: "have a lovely weekend", "may your kiln be kind" (see WISH_WORDS).
            if (in(t, f0, f1, WISH_WORDS) && in(t, s0, s1, WISHED_AFTER)) {
                return false;
            }
            return in(t, s0, s1, SUBJECT_WORDS);
        }
        if (in(t, f0, f1, WH_WORD_LIST)) {
            return in(t, s0, s1, AUXILIARY_WORDS) || in(t, s0, s1, WH_FOLLOWER_WORDS);
        }
        return false;
    }

    /**
     * Whether the clause ends with the word ending at {@code end}: the text ends, or a mark of a stop or a pause
     * follows.
     */
    private static boolean clauseEndsAt(String t, int end) {
        int k = end;
        while (k < t.length() && t.charAt(k) == ' ') {
            k++;
        }
        return k == t.length() || ",;:.!-\u2013\u2014".indexOf(t.charAt(k)) >= 0;
    }

    /** Whether a comma, a semicolon, a colon or a dash stands between the word ending at {@code end} and the next. */
    private static boolean setOff(String t, int end, int next) {
        return anyBetween(t, end, next, ",;:-\u2013\u2014");
    }

    /** Whether any of {@code marks} stands between the word ending at {@code end} and the next word. */
    private static boolean anyBetween(String t, int end, int next, String marks) {
        for (int k = end; k < next; k++) {
            if (marks.indexOf(t.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A past verb before "one" and a thing ("did one corner, looks great", "had one left over"), without its question
     * mark, tells what happened with its "I" dropped, as before an article: "one" is the count of what was done. Only
     * "one of ..." ("did one of you take the ladder") is a subject the question asks about.
     */
    private static boolean pastVerbBeforeACount(String t, int f0, int f1, int s0, int s1, int u0, int u1) {
        return s0 >= 0 && u0 >= 0 && in(t, f0, f1, PAST_WORDS) && is(t, s0, s1, "one") && !is(t, u0, u1, "of");
    }

    /**
     * "did it" or "had it" and then how, when or how often ("did it twice over like the video showed", "had it
     * with the steam setting", "did that again"): a question in the past goes on from the thing to its verb ("did it
     * work", "did that help"), while these words are never a verb, so without its mark the opening tells what the
     * writer did, with the "I" dropped, as "did it, ..." does. A verb after the thing still asks.
     */
    private static boolean thingDoneAndHow(String t, int f0, int f1, int s0, int s1, int u0, int u1) {
        return s0 >= 0 && u0 >= 0 && (is(t, f0, f1, "did") || is(t, f0, f1, "had"))
                && (is(t, s0, s1, "it") || is(t, s0, s1, "this") || is(t, s0, s1, "that"))
                && in(t, u0, u1, HOW_DONE);
    }

    /** Whether the word from {@code start} to {@code end} is one of {@code words}. */
    private static boolean in(String t, int start, int end, String[] words) {
        for (String w : words) {
            if (is(t, start, end, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word from {@code start} to {@code end} is {@code word}: each character lower-cased on its own,
     * a typographic apostrophe read as a plain one.
     */
    private static boolean is(String t, int start, int end, String word) {
        if (end - start != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char d = t.charAt(start + k);
            char lowered = d == '\u2019' ? '\'' : Character.toLowerCase(d);
            if (lowered != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLinkStart(String text, int i) {
        // Only an 'h' or a 'w' (either case) starts one: the three comparisons are not made at every character.
        int lowered = text.charAt(i) | 0x20;
        if (lowered != 'h' && lowered != 'w') {
            return false;
        }
        return text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8)
                || text.regionMatches(true, i, "www.", 0, 4);
    }

    static boolean isFirstPerson(String w) {
        return in(w, 0, w.length(), FIRST_PERSON_WORDS);
    }

    static boolean isSecondPerson(String w) {
        return in(w, 0, w.length(), SECOND_PERSON_WORDS);
    }
}
