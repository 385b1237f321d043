package dev.rapport.rules.text;

import java.util.List;

/**
 * A question that exclaims rather than asks: "how gorgeous is that?", "who knew?", "can you believe it?", "guess
 * what?", "what's not to love?". Said to someone about their work or news it is praise or surprise: nobody owes it an
 * answer, and leaving it unanswered leaves nobody waiting. So is a question that only reacts ("oh really?", "right?",
 * "no way?", "for real?": surprise or agreement said back), a suggestion offered after a remark ("the hem dips
 * on one side, maybe the lining?": an idea, not a question), a statement with a hedge's rising tone ("she does repairs
 * I think?", "it was the blue one I guess?": an uncertain answer, not a question), and one put to the room inside a
 * reply ("anyone?", "can anybody help?": it asks whoever reads, not the person replied to). A message is one only
 * when every question in it is of these kinds: "how cute is that? which glaze is it?" still asks something.
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
            "fun", "nice", "pretty", "incredible", "brilliant", "mad", "insane", "satisfying", "clever", "impressive",
            "sweet", "epic", "rad", "wonderful", "fabulous", "fab", "magnificent", "delicious", "dreamy", "lucky",
            "exciting", "special", "glorious", "charming", "elegant", "spectacular", "cosy", "cozy", "bonkers",
            "hilarious", "cheeky", "jealous", "proud", "unreal", "wholesome");

    /**
     * Whole sentences that only react to what was said (general English of chat): surprise, agreement asked for
     * back, disbelief. Lower-case without apostrophes; a leading "oh", "ah", "wow" and the like may come first.
     */
    private static final List<String> REACTIONS = List.of("really", "right", "seriously", "for real", "no way",
            "yeah", "oh yeah", "isnt it", "innit", "aint it", "eh", "true", "is that so", "you think", "amirite",
            "no kidding", "arent they", "wasnt it", "didnt it", "dont you think");
    /** Interjections that may open a reaction: "oh really?", "wow, seriously?". */
    private static final List<String> OPENERS = List.of("oh", "ah", "ahh", "ooh", "wow", "lol", "haha", "omg", "huh",
            "hmm", "ha", "whoa", "wait", "so");
    /** A hedge closing a statement: "she sells them I think?". */
    private static final List<String> HEDGES = List.of("i think", "i guess", "i believe", "i suppose", "iirc",
            "afaik", "afaict", "i reckon");
    /** Words that open a question: a sentence they open asks, whatever closes it. */
    private static final List<String> QUESTION_OPENERS = List.of("did", "do", "does", "is", "are", "was", "were",
            "can", "could", "would", "will", "should", "have", "has", "what", "how", "which", "where", "when", "who",
            "why", "shall", "may");
    /**
     * Who a question to the room is put to: "anyone?", "can anybody help?". "Another member" and "other members" ask
     * past the one just named or thanked ("thanks Jo, that's one quote. would another member send one too?"): the
     * room, as "anyone else" does.
     */
    private static final List<String> ROOM = List.of("anyone", "anybody", "someone", "somebody", "any of you",
            "anyone else", "anybody else", "everyone", "you all", "yall", "people", "another member",
            "other members", "any other member", "another volunteer", "any other takers");

    /**
     * Openings of a question asking who among everyone would join, is in or wants something (apostrophes dropped,
     * as {@link Lowered#withoutApostrophes} reads them): "who'd come?", "who's in?", "who else?", "who wants one?".
     */
    private static final List<String> WHO_AMONG_US = List.of(" whod ", " who would ", " whos in ", " who is in ",
            " who else ", " who wants ", " whos up for ", " who is up for ", " who fancies ");

    private Exclamation() {
    }

    /** Whether every question in {@code text} exclaims (and it has one). */
    public static boolean is(String text) {
        return is(text, false);
    }

    /**
     * {@link #is}, for a reply that answers the reader's own question: there a suggestion said with a question's
     * tentative tone needs no remark before it ("maybe trim the intro? the second line is the joke" to "thoughts on
     * my opener?"): asked for ideas, the writer offers one, and nobody owes it an answer. With a person in it ("maybe
     * we could meet?", "perhaps you could send it?") it still asks.
     */
    public static boolean isInAnswer(String text) {
        return is(text, true);
    }

    private static boolean is(String text, boolean inAnswer) {
        if (text == null || text.indexOf('?') < 0) {
            return false;
        }
        String t = Lowered.withoutApostrophes(text);
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
                // "how gorgeous is that??": a doubled mark closes the same sentence, it asks nothing more.
                if (words(t.substring(sentenceStart, i)).isEmpty()) {
                    sentenceStart = i + 1;
                    continue;
                }
                if (!exclaims(t, sentenceStart, i) && !(inAnswer && (suggested(t.substring(sentenceStart, i))
                        || guessOpened(t.substring(sentenceStart, i)) || weighedThenPicked(t, sentenceStart, i)
                        || ideaNamed(t, sentenceStart, i)))) {
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
        if (reacts(s) || hedged(s) || toTheRoom(s) || tentative(t, start, s) || ownWay(t, start, s)
                || guessed(t, start, s) || teased(s)) {
            return true;
        }
        for (String p : PHRASES) {
            if (wordAt(s, p)) {
                return true;
            }
        }
        if (whatA(s)) {
            return true;
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

    /**
     * The sentence is "what a ..." and nothing that asks: "what a find??", "omg what a beauty?" wonder at something;
     * "what a lovely bowl, where did you get it?" still asks where.
     */
    private static boolean whatA(String s) {
        String rest = words(s);
        boolean opened = true;
        while (opened) {
            opened = false;
            for (String o : OPENERS) {
                if (rest.startsWith(o + " ")) {
                    rest = rest.substring(o.length() + 1);
                    opened = true;
                }
            }
        }
        if (!rest.startsWith("what a ") && !rest.startsWith("what an ")) {
            return false;
        }
        String[] w = rest.split(" ");
        for (int i = 2; i < w.length; i++) {
            if (QUESTION_OPENERS.contains(w[i]) || PERSONS.contains(w[i]) && !"your".equals(w[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sentence opens on "guess" told, not asked, and a question word ("guess who just got the keys??", "omg guess
     * where the van broke down?", "Sam guess how much it went for?"): a teaser. The writer knows the answer and is
     * telling it, usually in the same breath; "guess" invites the reader to enjoy the news, not to owe an answer
     * (general English, as "guess what?"). Only "guess" as a command near the opening, after at most a name or an
     * interjection: "can you guess who made it?" and "I can't guess which one" are not teasers.
     */
    private static boolean teased(String s) {
        String[] w = words(s).split(" ");
        for (int i = 0; i + 1 < w.length && i <= TEASER_REACH; i++) {
            if ("guess".equals(w[i]) && TEASED.contains(w[i + 1])) {
                for (int j = 0; j < i; j++) {
                    if (!OPENERS.contains(w[j]) && (PERSONS.contains(w[j]) || NOT_A_COMMAND.contains(w[j]))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** How many words (a name, an interjection) may come before a teaser's "guess". */
    private static final int TEASER_REACH = 3;
    /** The question words a teaser's "guess" opens on: "guess who...", "guess where...". */
    private static final List<String> TEASED = List.of("who", "what", "where", "how", "which", "when", "whos",
            "whose");
    /** Words before "guess" that make it a verb with a subject or a modal, not a command: "can you guess...". */
    private static final List<String> NOT_A_COMMAND = List.of("can", "cant", "could", "couldnt", "would", "will",
            "wont", "to", "never", "did", "do", "dont", "they", "he", "she", "lets", "might", "should", "not");

    /** The sentence is only a reaction: "oh really", "wow, seriously", "right". */
    private static boolean reacts(String s) {
        String rest = words(s);
        boolean opened = true;
        while (opened) {
            opened = false;
            for (String o : OPENERS) {
                if (rest.startsWith(o + " ")) {
                    rest = rest.substring(o.length() + 1);
                    opened = true;
                }
            }
        }
        return REACTIONS.contains(rest);
    }

    /** The sentence is a statement closed by a hedge: "he does those i think" (not "did you sand it i think?"). */
    private static boolean hedged(String s) {
        String w = words(s);
        int space = w.indexOf(' ');
        if (QUESTION_OPENERS.contains(space < 0 ? w : w.substring(0, space))) {
            return false;
        }
        for (String h : HEDGES) {
            if (w.endsWith(" " + h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of sentence {@code s} that follow a remark, in the same sentence after its last comma or in an earlier
     * one ("the hem dips on one side, maybe the lining?"); null when nothing was remarked first. A tentative tone only
     * softens what follows something said: alone, the same words ask.
     */
    private static String afterARemark(String t, int sentenceStart, String s) {
        int comma = s.lastIndexOf(',');
        if (comma >= 0 && remark(s.substring(0, comma))) {
            return words(s.substring(comma + 1));
        }
        return remark(t.substring(0, sentenceStart)) ? words(s) : null;
    }

    /**
     * A suggestion said with a question's tentative tone after a remark ("the hem dips on one side, maybe the
     * lining?", "nice pacing! perhaps a shorter intro?", "the hardware shop stocks them, maybe ask there?"): the writer offers a guess or an idea about the other's thing, and nobody owes it an answer. Only after
     * something said first (the remark the idea follows), and only without a person in it: "maybe you could send the
     * file?", "maybe we could meet on Friday?" and "maybe coffee on Friday?" on its own still ask.
     */
    private static boolean tentative(String t, int sentenceStart, String s) {
        String clause = afterARemark(t, sentenceStart, s);
        if (clause == null) {
            return false;
        }
        int space = clause.indexOf(' ');
        if (space < 0 || !TENTATIVE.contains(clause.substring(0, space))) {
            return false;
        }
        for (String w : clause.split(" ")) {
            if (PERSONS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sentence offers an idea tentatively, whatever came before it: a word of {@link #TENTATIVE} and something
     * after it, with no person in it ("maybe cut the first verse", "perhaps a lighter glaze"); read only in an answer
     * to the reader's own question ({@link #isInAnswer}).
     */
    private static boolean suggested(String s) {
        String clause = words(s);
        int space = clause.indexOf(' ');
        if (space < 0 || !TENTATIVE.contains(clause.substring(0, space))) {
            return false;
        }
        for (String w : clause.split(" ")) {
            if (PERSONS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An answer offered as the writer's guess, the hedge first ("i think you halve it, only the work share?", "i reckon
     * the second form covers it?"): asked a question, the writer gives what they believe with a rising tone, and the
     * asker owes it nothing back. Read only in an answer to the reader's own question ({@link #isInAnswer}); not one
     * that asks something for the writer ("i think you could send me the file?") or asks inside ("i think you know
     * when it opens?").
     */
    private static boolean guessOpened(String s) {
        String w = words(s);
        for (String h : HEDGES) {
            if (w.startsWith(h + " ") && w.length() > h.length() + 1) {
                String[] rest = w.substring(h.length() + 1).split(" ");
                if (rest.length < 2 || QUESTION_OPENERS.contains(rest[0])) {
                    return false;
                }
                for (String word : rest) {
                    if (ASKED_INSIDE.contains(word) || PERSONS.contains(word) && !YOU_THE_ASKER.contains(word)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * A choice handed back to the asker as a question to weigh, then settled at once by the writer's own pick ("which
     * would you still enjoy in a year? i'd go with the smaller one" to "which offer should I take?"): advice the way a
     * mentor gives it, a question the asker weighs rather than answers, the writer's answer said straight after it.
     * Read only in an answer to the reader's own question; the question must open with who, which or what and a
     * "would" (a choice imagined), and the pick ("i'd go", "i would take", "i'd pick", "i'd choose") must follow the
     * mark at once, with nothing asked after it.
     */
    private static boolean weighedThenPicked(String t, int sentenceStart, int mark) {
        String[] q = words(t.substring(sentenceStart, mark)).split(" ");
        if (q.length < 3 || !(q[0].equals("who") || q[0].equals("which") || q[0].equals("what"))
                || !(q[1].equals("would") || q[2].equals("would"))) {
            return false;
        }
        if (t.indexOf('?', mark + 1) >= 0) {
            return false;
        }
        String after = words(t.substring(mark + 1));
        for (String pick : OWN_PICKS) {
            if (after.startsWith(pick + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An idea named with a question's rising tone beside words of the writer's own ("Dragons? the reading group has
     * been drawing them all term" or "count me in. a quiz night for the parents?" to "any ideas for the fair?"): asked
     * for ideas, the writer names one the way "maybe dragons?" would, without the "maybe", and nobody owes it an answer
     * (general English: a thing named alone, with no verb, asks nothing but whether it will do). Read only in an answer
     * to the reader's own question; only a single word or a phrase opened by "a", "an" or "some", with no verb of a
     * question, no person, no question word, no "or" (a choice put back asks: "a cordless one or corded?"), no figure
     * (a time or a price proposed waits for a yes) and no day or time ("tomorrow?"); and only beside a remark, so a
     * bare "dragons?" still asks.
     */
    private static boolean ideaNamed(String t, int sentenceStart, int mark) {
        String[] w = words(t.substring(sentenceStart, mark)).split(" ");
        if (w.length == 0 || w[0].isEmpty() || w.length > MAX_IDEA_WORDS
                || w.length > 1 && !IDEA_ARTICLES.contains(w[0])
                || w.length == 1 && (WHEN_WORDS.contains(w[0]) || NO_IDEA.contains(w[0]))) {
            return false;
        }
        for (String word : w) {
            if (QUESTION_OPENERS.contains(word) || PERSONS.contains(word) || ASKED_INSIDE.contains(word)
                    || "or".equals(word) || TENTATIVE.contains(word) || word.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return remark(t.substring(0, sentenceStart)) || remark(t.substring(mark + 1));
    }

    /** At most this many words in an idea named: "a story trail for the little ones". */
    private static final int MAX_IDEA_WORDS = 8;
    /** What opens an idea named in a phrase: "a quiz night?", "some bunting?". */
    private static final List<String> IDEA_ARTICLES = List.of("a", "an", "some");
    /** A word alone that checks or answers rather than names a thing: "sure?", "ok?", "sorry?". */
    private static final List<String> NO_IDEA = List.of("yes", "yeah", "yep", "no", "nope", "ok", "okay", "sure",
            "sorry", "pardon", "hello", "hi", "hey", "seriously", "thanks");
    /** A day or a time proposed alone ("tomorrow?", "saturday?"): it waits for a yes. */
    private static final List<String> WHEN_WORDS = List.of("today", "tomorrow", "tonight", "now", "later", "soon",
            "morning", "afternoon", "evening", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "next", "noon",
            "midday", "lunchtime", "then");

    /** The writer's own pick said after a choice to weigh (apostrophes dropped): "i'd go", "i would take". */
    private static final List<String> OWN_PICKS = List.of("id go", "id pick", "id choose", "id take", "i would go",
            "i would pick", "i would choose", "i would take", "personally id go", "personally id pick");

    /** The asker, told what to do in a guessed answer: "i think you split it". */
    private static final List<String> YOU_THE_ASKER = List.of("you", "u", "your", "ur");

    /**
     * A guess said in a statement's order with a question's rising tone after a remark ("booked up till spring, sorry.
     * the co-op might stock it?", "the seal may be worn?"): someone or something, then "might" or "may", offered as a
     * pointer the reader may take or leave; nobody owes it an answer (general English: a question puts the modal
     * first, "might the co-op stock it?"). Only after something said first, with no person in it: "you might be
     * free on Friday?" or "we may need two?" still ask. Set against the remark by "but" ("booked that night, but the
     * co-op might want it?") it is the same pointer.
     */
    private static boolean guessed(String t, int sentenceStart, String s) {
        String clause = afterARemark(t, sentenceStart, s);
        if (clause == null) {
            return false;
        }
        String[] w = clause.split(" ");
        // "..., but Idris might stock them?": the guess set against the remark by "but" (not me, but someone else)
        // is the same pointer, "but" only joining it to what was said (general English: "not me, but ...").
        int subject = w.length > 1 && "but".equals(w[0]) ? 1 : 0;
        // "not me, but Wren mentioned a cousin once?": after one's own "no" about oneself, what someone else said, has
        // or did, told with a rising tone, is the same pointer, a hint passed on (general English: "I don't, but
        // ... ?" turns the asker to another). Only after "but" and a remark of one's own, where "the van broke down?"
        // alone, or "the road's clear, but the van broke down?", is surprise that still asks.
        boolean turnedFromOneself = subject == 1 && ownRemark(t, sentenceStart, s);
        int modal = -1;
        for (int i = subject + 1; i < w.length && i <= subject + 2; i++) {
            if (GUESSING.contains(w[i]) || turnedFromOneself && PASSED_ON.contains(w[i])) {
                modal = i;
                break;
            }
        }
        if (modal < 0 || modal + 1 >= w.length || NOT_A_SUBJECT.contains(w[subject])) {
            return false;
        }
        for (int i = 0; i < w.length; i++) {
            // What the one guessed about may want or need ("Idris might want it?") is the guess itself, their wish
            // and not the writer's: "want" and "need" ask inside only said elsewhere ("I need to know if ...").
            boolean theirWish = i == modal + 1 && WISHED.contains(w[i]);
            if (PERSONS.contains(w[i]) || ASKED_INSIDE.contains(w[i]) && !theirWish) {
                return false;
            }
        }
        return true;
    }

    /** What someone else said, knows, has or did, passed on after "not me, but": "but Wren mentioned one?". */
    private static final List<String> PASSED_ON = List.of("mentioned", "said", "knows", "has", "had", "did", "does",
            "used", "recommended", "works", "worked");
    /** Oneself in a remark: "not me", "i don't", "we're full". */
    private static final List<String> ONESELF = List.of("i", "me", "my", "we", "us", "our", "im", "ive", "id");

    /** Whether the remark a sentence follows ({@link #afterARemark}) speaks of the writer: "not me, but ...". */
    private static boolean ownRemark(String t, int sentenceStart, String s) {
        int comma = s.lastIndexOf(',');
        String before = comma >= 0 && remark(s.substring(0, comma)) ? s.substring(0, comma)
                : t.substring(0, sentenceStart);
        for (String word : words(before.replace("'", "")).split(" ")) {
            if (ONESELF.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** What a guess may say the one guessed about wants, right after its modal: "Idris might want it?". */
    private static final List<String> WISHED = List.of("want", "need");

    /** The modals of a guess: "might", "may" (not "could", "would", which also ask: "Sam could do it?"). */
    private static final List<String> GUESSING = List.of("might", "may");
    /** Words before a modal that make it a question or a wish, not a subject: "who might...", "so may...". */
    private static final List<String> NOT_A_SUBJECT = List.of("who", "what", "which", "where", "when", "why", "how",
            "and", "but", "so", "or", "if", "then");

    /**
     * One's own way told with a question's rising tone after a remark ("not the big pan, but I use the small one and it
     * comes out fine?"): an answer from experience, offered tentatively, that asks the reader nothing. Only a clause
     * that opens with the writer (I, my, we; after "but", "and" or "so"), with no "you" in the sentence and nothing
     * asked inside it ("I wonder if...", "I'd like to know when..."): "I can bring it Thursday?" on its own, or "..., but
     * I need yours by Friday?", still asks.
     */
    private static boolean ownWay(String t, int sentenceStart, String s) {
        String clause = afterARemark(t, sentenceStart, s);
        if (clause == null) {
            return false;
        }
        String[] w = clause.split(" ");
        int first = w.length > 0 && JOINS.contains(w[0]) ? 1 : 0;
        if (w.length - first < 3 || !OWN.contains(w[first])) {
            return false;
        }
        for (String word : words(s).split(" ")) {
            if (ASKED_INSIDE.contains(word) || PERSONS.contains(word) && !OWN.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The writer opening a clause about their own way: "I use...", "we log...", "my one...". */
    private static final List<String> OWN = List.of("i", "ive", "im", "my", "we", "weve", "our", "me", "us");
    /** Words that join a clause to the remark before it: "..., but I use...". */
    private static final List<String> JOINS = List.of("but", "and", "so", "though", "tho");
    /** Words that put a question inside a statement: "I wonder if...", "I'd like to know when...". */
    private static final List<String> ASKED_INSIDE = List.of("what", "how", "which", "where", "when", "who", "why",
            "if", "whether", "wonder", "wondering", "know", "need", "want");

    /** Whether {@code before} says something of its own: two words or more besides the people it mentions. */
    private static boolean remark(String before) {
        String w = words(before.replaceAll("<@[^>]*>|@\\S+", " "));
        return w.indexOf(' ') > 0;
    }

    /** Words that open a suggestion offered tentatively: "maybe the lining?". */
    private static final List<String> TENTATIVE = List.of("maybe", "perhaps", "possibly", "probably", "prob", "mb");
    /** People a suggestion would ask something of, or propose something with: "maybe we could...", "perhaps you...". */
    private static final List<String> PERSONS = List.of("i", "me", "we", "us", "you", "u", "ya", "yall", "your", "ur");

    /**
     * The question is put to the room: it is its own sentence and names "anyone"/"anybody" as who should answer
     * ("anyone?", "does anybody know?", "can someone help?"), with no "you" singling out a reader.
     */
    private static boolean toTheRoom(String s) {
        String w = " " + words(s) + " ";
        if (w.contains(" you ") && !w.contains(" any of you ") && !w.contains(" you all ")) {
            return false;
        }
        // Asking who among everyone would join or is in ("who'd come?", "who's in?", "who else?", "who wants a
        // seat?") calls for hands from the room, not for this reader's answer; with a "you" it asks them (above).
        // Only as the sentence's opening: after a comma ("on Sunday, who's in?") it is left as it was, unmeasured.
        for (String who : WHO_AMONG_US) {
            if (w.startsWith(who)) {
                return true;
            }
        }
        for (String r : ROOM) {
            if (w.contains(" " + r + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The sentence's words, separated by single spaces (letters and digits only; mentions and emoji dropped). */
    private static String words(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                b.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return b.toString();
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
}
