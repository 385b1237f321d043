package dev.rapport.rules.addressing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who a chat message is written to, read from its text the way IRC users address each other:
 * <ul>
 *     <li>at the start: {@code nick: text}, {@code nick, text}, {@code nick> text}, {@code nick - text},
 *     {@code a, b: text}, or {@code nick text} when the nick is not also a common word;</li>
 *     <li>anywhere: {@code @nick};</li>
 *     <li>at the end, after a comma or a courtesy: {@code thanks nick}, {@code text, nick :)};</li>
 *     <li>in a bot command: {@code !factoid > nick}, {@code !factoid | nick}.</li>
 * </ul>
 * Only nicks known to be in the channel count, compared case-insensitively and without decorations
 * ({@code mirak_}, {@code mirak|away}). A nick that is also a common word ("the", "hi", "root") counts only
 * with an unmistakable sign: {@code the: text} or {@code @the}.
 *
 * <p>Hand-written scanning, linear in the length of the text: no regular expression sees user text.
 */
public final class AddressingInference {

    /** Words after which a trailing nick is addressed even without a comma: "thanks nick", "hi nick". */
    private static final Set<String> COURTESIES = Set.of(
            "thanks", "thank", "thx", "tnx", "ty", "tyvm", "hi", "hey", "hello", "heya", "hiya", "yo", "bye",
            "cya", "cheers", "welcome", "np", "sorry", "congrats", "morning", "night", "evening", "afternoon",
            "you", "u");

    private static final int MAX_LEADING_NICKS = 5;
    private static final int MAX_TRAILING_EMOTICONS = 3;

    private final Set<String> commonWords;

    /** With the default list of common words ({@link CommonWords#englishAndChat()}). */
    public AddressingInference() {
        this(CommonWords.englishAndChat());
    }

    /** @param commonWords lower-case words that are only taken as nicks with an unmistakable sign */
    public AddressingInference(Set<String> commonWords) {
        this.commonWords = Set.copyOf(Objects.requireNonNull(commonWords, "commonWords"));
    }

    /** The nicks {@code text} addresses, spelled as known, first addressed first, without repeats. */
    public List<String> addressees(String text, Collection<String> knownNicks) {
        return addressees(text, KnownNicks.of(knownNicks));
    }

    /** The nicks {@code text} addresses, spelled as known, first addressed first, without repeats. */
    public List<String> addressees(String text, KnownNicks known) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        int leadingEnd = leading(text, known, found);
        if (text.charAt(firstNonSpace(text, 0)) == '!') {
            botCommandTarget(text, known, found);
        }
        atSigns(text, known, found);
        trailing(text, leadingEnd, known, found);
        return List.copyOf(new ArrayList<>(found));
    }

    /**
     * Whether {@code text} ends by speaking to someone by name: a name after a courtesy or a comma ("... Thank you
     * Sam!", "see you there, Mo :)"), a name being a capitalised word that is not a common one. For where nobody's
     * nick is known: it says that the message speaks to a person, not to whom.
     */
    public boolean endsSpeakingToSomeone(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        Set<String> found = new LinkedHashSet<>(2);
        trailing(text, 0, CAPITALISED, found);
        return !found.isEmpty();
    }

    /**
     * Whether {@code text} opens to the room or about being away and then turns to someone by name: "Morning! Ana:
     * yes, the blue one", "Sorry, was out. Ana, it's the blue one", "Back now - @Ana the blue one"; a short
     * exclamation greets the room in any language ("Bonsoir! Ana: ...", {@link ExclaimedOpening}). That is how people
     * catch up on what waited for them: a word to everyone, then the answer to the one who asked. The name starts a
     * sentence or a clause ("Has anyone seen Ana: ..." only mentions her) and is a capitalised word that is not a
     * common one nor a heading ("Update:", "Note:"); it is followed by a colon, or by a comma and the lower-case start
     * of what is said to them ("Paris, Rome and Oslo" lists places). Like {@link #endsSpeakingToSomeone}, it says that
     * the message speaks to a person, not to whom.
     */
    public boolean turnsToSomeoneAfterOpening(String text) {
        return turnsToAfterOpening(text, CAPITALISED).isPresent();
    }

    /**
     * As {@link #turnsToSomeoneAfterOpening}, where the names of the people around are known (a Discord channel's
     * recent authors): whom the message turns to, as {@code known} resolves the name, whatever its case ("Morning!
     * ana: the blue one"); empty when it turns to nobody {@code known} knows.
     */
    /** Whether the character at {@code i} ends an emoji: a pictograph or symbol, or the variation mark after one. */
    private static boolean endsEmoji(String text, int i) {
        int at = text.charAt(i) == '\uFE0F' && i > 0 ? i - 1 : i;
        int cp = Character.isLowSurrogate(text.charAt(at)) && at > 0 ? text.codePointAt(at - 1) : text.charAt(at);
        return Character.getType(cp) == Character.OTHER_SYMBOL;
    }

    public Optional<String> turnsToAfterOpening(String text, KnownNicks known) {
        if (text == null || text.isBlank()
                || !(MessageCues.startsWithFirstWord(text, OPENINGS) || ExclaimedOpening.opens(text))) {
            return Optional.empty();
        }
        int n = text.length();
        for (int i = 1; i < n; i++) {
            char c = text.charAt(i);
            // An emoji closes a sentence like a full stop in chat: "Back from the coast" and a wave, "Ana: ..."
            boolean boundary = (c == '.' || c == '!' || c == '?' || c == ',' || c == ';' || c == '-' || c == '\u2014'
                    || c == '\u2013' || endsEmoji(text, i)) && i + 1 < n && Character.isWhitespace(text.charAt(i + 1));
            if (!boundary) {
                continue;
            }
            int start = firstNonSpace(text, i + 1);
            boolean at = start < n && text.charAt(start) == '@';
            int wordStart = at ? start + 1 : start;
            int end = nickEnd(text, wordStart);
            if (end == wordStart) {
                continue;
            }
            String word = text.substring(wordStart, end);
            if (notAName(word)) {
                continue;
            }
            Optional<String> name = known.resolve(word);
            if (name.isEmpty()) {
                continue;
            }
            if (at && end < n && Character.isWhitespace(text.charAt(end))) {
                return name;
            }
            if (end + 1 < n && Character.isWhitespace(text.charAt(end + 1))) {
                int next = firstNonSpace(text, end + 1);
                boolean saysSomething = next < n && saysSomethingAt(text, next);
                if (text.charAt(end) == ':' || text.charAt(end) == ',' && saysSomething) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whom {@code text} speaks to by opening with their name and a colon, or a comma and the lower-case start of what
     * is said to them ("Wren: left drawer, under the maps", "tomasz, it opens at six"), as {@code known}
     * resolves the name: the oldest way of addressing someone in a chat room, used without a greeting before it. A
     * heading ("Update: ...") or a common word ("Right, ...") names nobody, and a capitalised word after a comma
     * starts a list ("Paris, Rome and Oslo").
     */
    public Optional<String> opensSpeakingTo(String text, KnownNicks known) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        int n = text.length();
        int start = firstNonSpace(text, 0);
        int wordStart = start < n && text.charAt(start) == '@' ? start + 1 : start;
        int end = nickEnd(text, wordStart);
        if (end == wordStart || end + 1 >= n || !Character.isWhitespace(text.charAt(end + 1))) {
            return Optional.empty();
        }
        String word = text.substring(wordStart, end);
        if (notAName(word)) {
            return Optional.empty();
        }
        int next = firstNonSpace(text, end + 1);
        boolean saysSomething = next < n && saysSomethingAt(text, next);
        if (text.charAt(end) != ':' && !(text.charAt(end) == ',' && saysSomething)) {
            return Optional.empty();
        }
        return known.resolve(word);
    }

    /**
     * Everyone {@code text} speaks to by name, where the names of the people around are known (a Discord channel's
     * recent authors), first named first: by opening with their name and a colon or comma ({@link #opensSpeakingTo}),
     * by greeting the room and turning to them ({@link #turnsToAfterOpening}), by opening with their bare name and
     * then words that can only be said to them ({@link #leadingNames}: "Nadia are you still on retainers?", "Vik the
     * creds are on a sticker", "thanks Vik, that helped", "Ana Sam drinks later?"), or by closing with their name after
     * a comma or a courtesy ("great, talk soon Ana", "that helped, thank you Joanne"). A name inside a sentence only
     * talks about its person: "I asked Vik", "Vik has the same kiln", "Carmen's the opal person".
     */
    public List<String> namesSpokenTo(String text, KnownNicks known) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>(2);
        opensSpeakingTo(text, known).ifPresent(found::add);
        if (found.isEmpty()) {
            turnsToAfterOpening(text, known).ifPresent(found::add);
        }
        leadingNames(text, known, found);
        trailing(text, 0, known, found);
        return found.isEmpty() ? List.of() : List.copyOf(found);
    }

    /**
     * Words that join a clause turned to a second person, after a comma: "cheers Pat, and yes Lou, the pegs fit",
     * "good point, also Mo, the key's under the mat". After a comma a name with none of them before it lists
     * ("Ana, Sam and Jo").
     */
    private static final Set<String> TURN_JOINERS = Set.of("and", "also", "but", "plus", "oh", "yes", "yeah", "yep",
            "no", "nope", "ok", "okay", "btw", "so", "as", "for");

    /**
     * Everyone {@code text} turns to by name after its first sentence or clause, as {@code known} resolves the names,
     * first named first: "cheers Pat, and yes Lou, the pegs fit your gazebo", "Pitch 4 is yours. Also Mo, the van
     * needs diesel". One message often answers two people, the one it replies to and then another by name, so a reply
     * says whom it speaks to only for its first part. The name opens a later sentence (after at most two words such as
     * "and", "yes", "oh"), or a later clause after a comma with such a word first, and is followed by a comma or a
     * colon and what is said to them ({@link #saysSomethingAt}). A name inside a clause ("I asked Ana, she said no"),
     * a list ("thanks, Ana, Sam and Jo") or a name told about ("and Ana's right") turns to nobody.
     */
    public List<String> namesTurnedToLater(String text, KnownNicks known) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>(2);
        int n = text.length();
        for (int i = 1; i < n - 1; i++) {
            char c = text.charAt(i);
            boolean sentence = c == '.' || c == '!' || c == '?' || c == ';';
            if (!(sentence || c == ',') || !Character.isWhitespace(text.charAt(i + 1))) {
                continue;
            }
            int pos = firstNonSpace(text, i + 1);
            int joiners = 0;
            while (joiners < 2 && pos < n) {
                int end = wordEnd(text, pos);
                if (end == pos || !TURN_JOINERS.contains(lowerWord(text, pos, end))) {
                    break;
                }
                joiners++;
                pos = firstNonSpace(text, end);
            }
            if (!sentence && joiners == 0 || pos >= n || !Character.isLetter(text.charAt(pos))) {
                continue;
            }
            int end = nickEnd(text, pos);
            if (end == pos || end + 1 >= n || text.charAt(end) != ',' && text.charAt(end) != ':'
                    || !Character.isWhitespace(text.charAt(end + 1))) {
                continue;
            }
            String word = text.substring(pos, end);
            if (notAName(word)) {
                continue;
            }
            int next = firstNonSpace(text, end + 1);
            if (next >= n || !saysSomethingAt(text, next)) {
                continue;
            }
            known.resolve(word).ifPresent(found::add);
        }
        return found.isEmpty() ? List.of() : List.copyOf(found);
    }

    /**
     * Words that open a message before the name of the one it is said to: a greeting or thanks ("hey Ana", "thanks
     * Vik for the tip"), after which the name is said to its person unless a verb about them follows ("thanks, Sam is
     * right"), or a word of answer or surprise ("ok", "yes", "oh"), after which it is as for a bare opening name.
     */
    private static final Set<String> GREETING_WORDS = Set.of("thanks", "thank", "thx", "tnx", "ty", "tysm", "tyvm",
            "cheers", "hi", "hey", "heya", "hiya", "hello", "helo", "hallo", "yo", "morning", "mornin", "evening",
            "afternoon", "night", "nite", "bye", "congrats", "congratulations", "grats", "welcome", "sorry", "dear",
            "good", "gm", "howdy", "ahoy", "ciao", "hola", "salut", "merci", "gracias", "danke");
    private static final Set<String> ANSWER_OPENERS = Set.of("ok", "okay", "oki", "k", "yes", "yeah", "yea", "yep",
            "yup", "ya", "nope", "nah", "oh", "ah", "aw", "aww", "ooh", "haha", "hah", "ha", "lol", "lmao", "wow", "omg",
            "sure", "great", "nice", "awesome", "cool", "well", "so", "and", "but", "also", "btw", "hmm", "hm", "right",
            "agreed", "exactly", "true", "same");
    /**
     * Words that, right after an opening name, can only be said to its person: "you" and "I" and "we" (about Ana one
     * says "she"), an article or "there" starting what is told to them ("Vik the creds are on a sticker"), a question
     * word, a verb in the form said to someone ("are", "do", "have"; about her it would be "is", "does", "has"), an
     * answer, thanks or a greeting, or a verb that tells them to do something ("check", "try", "let me know").
     */
    private static final Set<String> SAID_TO_CUES = Set.of("you", "u", "ya", "yall", "your", "ur", "yours", "you're",
            "youre", "you've", "youve", "you'll", "youll", "you'd", "i", "i'm", "im", "i've", "ive", "i'd", "i'll",
            "we", "we're", "we've", "we'll", "let's", "lets", "they", "they're", "theyre", "it", "it's", "its", "that",
            "that's", "thats", "this", "these", "those", "there", "there's", "theres", "here", "here's", "heres", "the",
            "a", "an", "how", "how's", "hows", "what", "what's", "whats", "where", "where's", "wheres", "when", "why",
            "which", "who", "wanna", "fancy", "are", "r", "were", "do", "don't", "dont", "have", "thanks", "thank",
            "thx", "ty", "tysm", "cheers", "yes", "yeah", "yea", "yep", "yup", "nope", "nah", "ok", "okay", "sure",
            "haha", "hah", "ha", "lol", "lmao", "oh", "ah", "wow", "omg", "congrats", "congratulations", "welcome",
            "sorry", "hey", "hi", "hello", "morning", "agreed", "exactly", "true", "totally", "absolutely",
            "honestly", "please", "pls", "plz", "good", "great", "nice", "love", "glad", "hope", "check", "look",
            "try", "see", "send", "let", "tell", "give", "take", "grab", "read", "come", "join", "ping", "dm",
            "message", "drop", "keep", "ask", "watch", "mind", "bring", "meet", "call", "text", "email", "feel");
    /** Verbs that ask something of the one named only when "you" (or "I", "we") comes next: "Ana can you...". */
    private static final Set<String> ASKING_VERBS = Set.of("can", "could", "would", "will", "did", "should", "shall",
            "may", "might", "must", "won't", "wont", "didn't", "didnt", "can't", "cant", "any", "got");
    private static final Set<String> ASKED_PERSONS = Set.of("you", "u", "ya", "i", "we", "y'all", "yall", "anyone",
            "idea", "ideas", "news", "tips", "chance", "time", "luck");
    /**
     * After thanks or a greeting, words that make the name the subject of what follows: "thanks, Sam is right". So do
     * the verbs by which a newcomer says who sent them ("hello, Jo recommended this place", "hi, Ana sent me over"):
     * the one named sent them, and the message is said to whoever is here to serve them, not to the one named.
     */
    private static final Set<String> ABOUT_THEM = Set.of("is", "was", "has", "had", "does", "did", "said", "says",
            "told", "will", "would", "can", "could", "just", "also", "and", "or", "too", "isn't", "wasn't", "hasn't",
            "doesn't", "didn't", "won't", "who", "posted", "wrote", "shared", "mentioned", "knows", "thinks",
            "sent", "pointed", "referred", "recommended", "suggested", "introduced");
    /** At most this many names open a message said to several people: "Ana Sam drinks later?". */
    private static final int MAX_OPENING_NAMES = 3;

    /**
     * Names opening {@code text} that it is said to: after at most two greeting or answer words, one to three names
     * people here go by, then a mark (a comma, "!", the end) or a word that can only be said to them
     * ({@link #SAID_TO_CUES}). Two people named in a row at the start are both spoken to ("Ana Sam drinks later?").
     */
    private void leadingNames(String text, KnownNicks known, Set<String> found) {
        int n = text.length();
        int pos = firstNonSpace(text, 0);
        boolean greeted = false;
        boolean opened = false;
        for (int k = 0; k < 2 && pos < n; k++) {
            int end = wordEnd(text, pos);
            String w = lowerWord(text, pos, end);
            boolean greeting = GREETING_WORDS.contains(w);
            if (!greeting && !ANSWER_OPENERS.contains(w)) {
                break;
            }
            greeted |= greeting;
            opened = true;
            pos = skipSeparators(text, end);
            // "thank you Ana", "good morning Ana": the second word of the courtesy.
            if (("thank".equals(w) || "good".equals(w)) && pos < n) {
                int e2 = wordEnd(text, pos);
                String w2 = lowerWord(text, pos, e2);
                if ("you".equals(w2) || "u".equals(w2) || "morning".equals(w2) || "evening".equals(w2)
                        || "afternoon".equals(w2) || "night".equals(w2)) {
                    pos = skipSeparators(text, e2);
                }
            }
        }
        List<String> names = new ArrayList<>(2);
        for (int count = 0; count < MAX_OPENING_NAMES && pos < n; count++) {
            int end = nickEnd(text, pos);
            if (end == pos || !Character.isLetter(text.charAt(pos))) {
                return;
            }
            String word = text.substring(pos, end);
            if (notAName(word)) {
                return;
            }
            // "Nadia Kerr are you...": a name shown whole, of two words.
            Optional<String> name = Optional.empty();
            int next = firstNonSpace(text, end);
            if (next > end && next < n && Character.isUpperCase(text.charAt(next))) {
                int end2 = nickEnd(text, next);
                if (end2 > next) {
                    name = known.resolve(text.substring(pos, end2));
                    if (name.isPresent()) {
                        end = end2;
                    }
                }
            }
            if (name.isEmpty()) {
                name = known.resolve(word);
            }
            if (name.isEmpty()) {
                return;
            }
            if (!names.contains(name.get())) {
                names.add(name.get());
            }
            if (end >= n) {
                found.addAll(names);
                return;
            }
            char c = text.charAt(end);
            if (!Character.isWhitespace(c)) {
                // "Ana!", "thanks Ana, ...": a call, or a mark after a name a greeting opened ("Ana's" is about her;
                // "Ana, Sam and I" lists, unless a greeting opened it).
                boolean ownSentence = c == '!' || c == '.' || c == '?';
                // "Congrats Ana. Speaking of books, mine is 99c this week: ...": a courtesy in a sentence of its own,
                // then a long turn to something else, which is said to the room.
                if (ownSentence && wordsFrom(text, end) > MAX_WORDS_AFTER_COURTESY) {
                    return;
                }
                if (c == '!' || c == '?' || opened && (c == ',' || c == '.' || c == ':' || c == ';')) {
                    found.addAll(names);
                }
                return;
            }
            pos = firstNonSpace(text, end);
            if (pos >= n) {
                found.addAll(names);
                return;
            }
            int wEnd = wordEnd(text, pos);
            String w = lowerWord(text, pos, wEnd);
            if (Character.isUpperCase(text.charAt(pos)) && !isCommon(text.substring(pos, nickEnd(text, pos)))
                    && known.resolve(text.substring(pos, nickEnd(text, pos))).isPresent()) {
                continue;
            }
            if (saidToThem(text, pos, wEnd, w) || greeted && !w.isEmpty() && !ABOUT_THEM.contains(w)
                    || names.size() >= 2) {
                found.addAll(names);
            } else if (w.isEmpty() && isEmojiStart(text.charAt(pos))) {
                // An emoji after a bare name: "Ana 🙌 so glad".
                found.addAll(names);
            }
            return;
        }
    }

    /** Whether the word {@code w} at {@code start..end}, right after an opening name, is said to its person. */
    private static boolean saidToThem(String text, int start, int end, String w) {
        if (SAID_TO_CUES.contains(w)) {
            return true;
        }
        if ("no".equals(w)) {
            // "Ana no, the other one"; not "Ana no longer works here".
            return end >= text.length() || !Character.isLetter(firstNonSpaceChar(text, end));
        }
        if (ASKING_VERBS.contains(w)) {
            int next = firstNonSpace(text, end);
            return next < text.length() && ASKED_PERSONS.contains(lowerWord(text, next, wordEnd(text, next)));
        }
        return false;
    }

    /**
     * Whether what starts at {@code at}, after "Name,", is said to the one named: a lower-case start ("Ana, it opens
     * at six"), or a capitalised word that starts what one says to someone ("Ana, I think so", "Ana, The blue one",
     * "Ana, Yes"); a capitalised word of any other kind lists places or people ("Paris, Rome and Oslo").
     */
    private static boolean saysSomethingAt(String text, int at) {
        if (!Character.isUpperCase(text.charAt(at))) {
            return true;
        }
        return SAID_TO_CUES.contains(lowerWord(text, at, wordEnd(text, at)));
    }

    /** Past this many words, what follows a courtesy said in a sentence of its own is about something else. */
    private static final int MAX_WORDS_AFTER_COURTESY = 12;

    /** How many words (runs of non-space) the text has from {@code from}, counted up to one past the limit. */
    private static int wordsFrom(String text, int from) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < text.length() && words <= MAX_WORDS_AFTER_COURTESY; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord && Character.isLetterOrDigit(text.charAt(i))) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static boolean isEmojiStart(char c) {
        return Character.isSurrogate(c) || Character.getType(c) == Character.OTHER_SYMBOL;
    }

    private static char firstNonSpaceChar(String text, int from) {
        int i = firstNonSpace(text, from);
        return i < text.length() ? text.charAt(i) : ' ';
    }

    /** Past spaces and the marks between a greeting and a name: "thanks, Ana", "hey - Ana". */
    private static int skipSeparators(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ','
                || text.charAt(i) == '!' || text.charAt(i) == '.' || text.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    /** Where the word of letters and apostrophes at {@code start} ends. */
    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\''
                || text.charAt(i) == '\u2019')) {
            i++;
        }
        return i;
    }

    /** The word at {@code start..end}, lower-cased, with its curly apostrophes made straight. */
    private static String lowerWord(String text, int start, int end) {
        return text.substring(start, end).toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
    }

    /** First words that greet the room or say one was away: how a catching-up message opens. */
    private static final java.util.List<String> OPENINGS = java.util.List.of("morning", "evening", "afternoon",
            "good", "hi", "hey", "hello", "heya", "hiya", "howdy", "gm", "sorry", "apologies", "back", "finally",
            "ok", "okay", "right", "catching");

    /** Capitalised words that label what follows a colon rather than name a person: "Update: ...", "Note: ...". */
    private static final Set<String> HEADINGS = Set.of("update", "note", "edit", "reminder", "ps", "fyi", "tldr",
            "question", "answer", "tip", "agenda", "today", "topic", "announcement", "summary", "context", "status",
            "link", "links", "source", "details", "result", "results", "plan");

    /** Capitalised words that end a message without naming anyone: "see you Saturday", "thanks everyone". */
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "everyone", "everybody", "folks", "team", "friends", "again", "soon",
            "tomorrow", "tonight", "later");
    /** Any capitalised word of two letters or more, as a name not known to be anyone's. */
    private static final KnownNicks CAPITALISED = word -> word.length() >= 2 && Character.isUpperCase(word.charAt(0))
            && Character.isLowerCase(word.charAt(1)) && !NOT_NAMES.contains(word.toLowerCase(java.util.Locale.ROOT))
            ? Optional.of(word) : Optional.empty();

    /** Reads {@code a, b: text} / {@code nick text}; returns where the leading nicks end. */
    private int leading(String text, KnownNicks known, Set<String> found) {
        int n = text.length();
        int pos = firstNonSpace(text, 0);
        for (int count = 0; count < MAX_LEADING_NICKS && pos < n; count++) {
            // "(nick) text": a name in parentheses before what is said is said to them, as "nick: text" is (chat
            // answering one of several people at once). A common word in parentheses ("(ok) ...") is an aside.
            if (text.charAt(pos) == '(') {
                int close = nickEnd(text, pos + 1);
                if (close > pos + 1 && close < n && text.charAt(close) == ')') {
                    String inside = text.substring(pos + 1, close);
                    Optional<String> named = known.resolve(inside);
                    if (named.isPresent() && !isCommon(inside)) {
                        found.add(named.get());
                        pos = firstNonSpace(text, close + 1);
                        continue;
                    }
                }
                return pos;
            }
            int end = nickEnd(text, pos);
            if (end == pos) {
                return pos;
            }
            String word = text.substring(pos, end);
            Optional<String> nick = known.resolve(word);
            if (nick.isEmpty()) {
                return pos;
            }
            int afterSpaces = firstNonSpace(text, end);
            Separator sep = separator(text, end, afterSpaces);
            boolean common = isCommon(word);
            if (sep == Separator.EXPLICIT || sep == Separator.COMMA && !common) {
                found.add(nick.get());
                pos = firstNonSpace(text, sep.skip(text, afterSpaces, end));
                continue;
            }
            // A bare "nick text" is only addressing for the first word, and never for a common word.
            if (count == 0 && sep == Separator.NONE && !common && word.length() >= 2) {
                found.add(nick.get());
                return end;
            }
            return pos;
        }
        return pos;
    }

    private enum Separator {
        /** ':', '>', '»', ' - ', '!', '?': nothing but addressing reads like that. */
        EXPLICIT,
        /** ',' or ';': addressing, unless the word is a common one ("ok, so..."). */
        COMMA,
        /** a space or the end of the text. */
        NONE,
        /** anything else: the word is part of a sentence. */
        OTHER;

        int skip(String text, int afterSpaces, int end) {
            if (afterSpaces >= text.length()) {
                return afterSpaces;
            }
            char c = text.charAt(afterSpaces);
            return c == ':' || c == ',' || c == ';' || c == '>' || c == '»' || c == '-' || c == '!' || c == '?'
                    ? afterSpaces + 1 : end;
        }
    }

    private static Separator separator(String text, int end, int afterSpaces) {
        int n = text.length();
        if (afterSpaces >= n) {
            return Separator.NONE;
        }
        char c = text.charAt(afterSpaces);
        boolean followedBySpaceOrEnd = afterSpaces + 1 >= n || Character.isWhitespace(text.charAt(afterSpaces + 1));
        boolean attached = afterSpaces == end;
        switch (c) {
            case ':':
                // "nick: text" or "nick :" but not an emoticon "nick :)" nor "http://".
                return followedBySpaceOrEnd || attached && text.charAt(afterSpaces + 1) != '/'
                        && !isEmoticonMouth(text.charAt(afterSpaces + 1)) ? Separator.EXPLICIT : Separator.OTHER;
            case '>':
            case '»':
                return Separator.EXPLICIT;
            case '-':
                return !attached && followedBySpaceOrEnd ? Separator.EXPLICIT : Separator.OTHER;
            case '!':
            case '?':
                return attached && followedBySpaceOrEnd ? Separator.EXPLICIT : Separator.OTHER;
            case ',':
            case ';':
                return attached ? Separator.COMMA : Separator.OTHER;
            default:
                return afterSpaces > end ? Separator.NONE : Separator.OTHER;
        }
    }

    private static boolean isEmoticonMouth(char c) {
        return c == ')' || c == '(' || c == 'D' || c == 'P' || c == 'p' || c == '-' || c == '|' || c == 'O';
    }

    /** {@code !factoid > nick} and {@code !factoid | nick}: a bot is asked to tell nick something. */
    private static void botCommandTarget(String text, KnownNicks known, Set<String> found) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c == '>' || c == '|') && i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                int start = firstNonSpace(text, i + 1);
                int end = nickEnd(text, start);
                if (end > start) {
                    known.resolve(text.substring(start, end)).ifPresent(found::add);
                }
                return;
            }
        }
    }

    /** {@code @nick} anywhere, but not inside an e-mail address. */
    private static void atSigns(String text, KnownNicks known, Set<String> found) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) != '@') {
                continue;
            }
            if (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '(') {
                continue;
            }
            int end = nickEnd(text, i + 1);
            if (end > i + 1) {
                known.resolve(text.substring(i + 1, end)).ifPresent(found::add);
            }
        }
    }

    /** {@code thanks nick}, {@code text, nick :)}: the last word, past punctuation and emoticons. */
    private void trailing(String text, int leadingEnd, KnownNicks known, Set<String> found) {
        int end = text.length();
        for (int k = 0; k <= MAX_TRAILING_EMOTICONS; k++) {
            end = trimTrailingPunctuation(text, end);
            int wordStart = lastWordStart(text, end);
            if (wordStart < end && isEmoticon(text, wordStart, end)) {
                end = wordStart;
                continue;
            }
            break;
        }
        int start = end;
        while (start > 0 && Nicks.isNickChar(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || start < leadingEnd) {
            return;
        }
        if (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != ',') {
            return;
        }
        String word = text.substring(start, end);
        Optional<String> nick = known.resolve(word);
        if (nick.isEmpty() || isCommon(word)) {
            return;
        }
        // A bare last word is too often just a word ("I use wine"; measured on the Ubuntu IRC corpus, it costs
        // as many wrong links as it finds): only after a comma or a courtesy.
        int before = start;
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        boolean afterComma = before > 0 && text.charAt(before - 1) == ',';
        if (afterComma || COURTESIES.contains(previousWord(text, before))) {
            found.add(nick.get());
        }
    }

    private static int trimTrailingPunctuation(String text, int end) {
        while (end > 0) {
            char c = text.charAt(end - 1);
            if (Character.isWhitespace(c) || c == '.' || c == '!' || c == '?' || c == ',' || c == ';' || c == '~'
                    || c == ':' || c == '"' || c == '\'') {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private static int lastWordStart(String text, int end) {
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** :) ;-) :P =) ^^ :'( xD and the like: short, made of face characters, with eyes. */
    private static boolean isEmoticon(String text, int start, int end) {
        if (end - start > 5) {
            return false;
        }
        boolean eyes = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == ';' || c == '=' || c == '^') {
                eyes = true;
            } else if ("()[]DPpOo03<>/\\|*-'xX".indexOf(c) < 0) {
                return false;
            }
        }
        return eyes || text.regionMatches(true, start, "xD", 0, end - start) && end - start == 2;
    }

    private static String previousWord(String text, int end) {
        int e = end;
        while (e > 0 && !Character.isLetter(text.charAt(e - 1))) {
            if (!Character.isWhitespace(text.charAt(e - 1)) && text.charAt(e - 1) != ',') {
                return "";
            }
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
    }

    private boolean isCommon(String word) {
        return commonWords.contains(Nicks.exact(word)) || commonWords.contains(Nicks.loose(word));
    }

    /** A common word or a heading ("Update:", "Note,") where a name could stand: nobody is called by it. */
    private boolean notAName(String word) {
        return isCommon(word) || HEADINGS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static int nickEnd(String text, int start) {
        int i = start;
        while (i < text.length() && Nicks.isNickChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int firstNonSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
