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
     * yes, the blue one", "Sorry, was out. Ana, it's the blue one", "Back now - @Ana the blue one". That is how people
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
    public Optional<String> turnsToAfterOpening(String text, KnownNicks known) {
        if (text == null || text.isBlank() || !MessageCues.startsWithFirstWord(text, OPENINGS)) {
            return Optional.empty();
        }
        int n = text.length();
        for (int i = 1; i < n; i++) {
            char c = text.charAt(i);
            boolean boundary = (c == '.' || c == '!' || c == '?' || c == ',' || c == ';' || c == '-' || c == '\u2014'
                    || c == '\u2013') && i + 1 < n && Character.isWhitespace(text.charAt(i + 1));
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
            if (isCommon(word) || HEADINGS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
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
                boolean saysSomething = next < n && !Character.isUpperCase(text.charAt(next));
                if (text.charAt(end) == ':' || text.charAt(end) == ',' && saysSomething) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whom {@code text} speaks to by opening with their name and a colon, or a comma and the lower-case start of what
     * is said to them ("Ana: on first use, then the short form", "tomasz, it opens at six"), as {@code known}
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
        if (isCommon(word) || HEADINGS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        int next = firstNonSpace(text, end + 1);
        boolean saysSomething = next < n && !Character.isUpperCase(text.charAt(next));
        if (text.charAt(end) != ':' && !(text.charAt(end) == ',' && saysSomething)) {
            return Optional.empty();
        }
        return known.resolve(word);
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
