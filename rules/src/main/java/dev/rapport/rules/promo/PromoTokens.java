package dev.rapport.rules.promo;

import dev.rapport.rules.links.CharRanges;
import dev.rapport.rules.links.LinkExtractor;
import dev.rapport.rules.model.Link;

import java.util.Arrays;
import java.util.Locale;

/**
 * A message cut into the tokens the promotion cues look at: words (with their {@link Lexicon} classes), numbers,
 * amounts of money, links, handles and clause breaks.
 *
 * <p>One hand-written pass over the text, linear in its length: no regular expressions, so nothing a user writes
 * can make it backtrack. Every lookahead is bounded or remembered, so no character is scanned more than a few
 * times.
 *
 * <p>Most messages carry no cue, so tokenising them must cost next to nothing: a token is a range of characters,
 * not a {@code String}. Words are lower-cased, folded and squeezed into one reused character buffer and looked up
 * in {@link PromoVocabulary} from there, so a word on any list gets the list's own {@code String} and every other
 * word stays characters until a cue asks for its text ({@link #text}), which few do. An instance is reused by one
 * thread at a time ({@link #reset}); after the first messages it allocates nothing.
 */
final class PromoTokens {

    private static final int MAX_TAG_LENGTH = 512;
    private static final String QUESTION = "?";
    private static final String STOP = ".";

    private String message = "";
    /** Lower-cased, folded, squeezed word characters; a word token is a range of it. */
    private char[] chars = new char[256];
    private int charCount;
    /** Per token: where its characters are (in {@link #chars} for words, in the message for the rest). */
    private int[] from;
    private int[] to;
    /** Per token: its text once made: the vocabulary's string for a listed word, else made when asked. */
    private String[] text;
    private TokenKind[] kinds;
    private int[] classes;
    /** Per token: the bits of the {@link WordList}s holding the word; 0 for anything else. */
    private long[] lists;
    private boolean[] questionClause;
    /** Per link token: written in ASCII, so read in place in the message (else from its lower-cased text). */
    private boolean[] asciiLink;
    /** Per link token: what it points at, once asked ({@link #linkKind}). */
    private LinkKind[] linkKinds;
    /** Per word token: written as a keyword, in capitals or in quotes ("GROWTH", 'start'), of three letters or more. */
    private boolean[] keyword;
    private int size;
    private boolean question;
    private int links;
    private int allClasses;
    /** The {@link WordList} bits of every word of the message, and a bit per {@link TokenKind} it holds. */
    private long allLists;
    private int allKinds;
    private final Scanner scanner = new Scanner(this);

    PromoTokens() {
        this(32);
    }

    private PromoTokens(int capacity) {
        from = new int[capacity];
        to = new int[capacity];
        text = new String[capacity];
        kinds = new TokenKind[capacity];
        classes = new int[capacity];
        lists = new long[capacity];
        questionClause = new boolean[capacity];
        asciiLink = new boolean[capacity];
        linkKinds = new LinkKind[capacity];
        keyword = new boolean[capacity];
    }

    /** The tokens of {@code message} in a new instance (tests, and messages too long to keep a buffer for). */
    static PromoTokens of(String message) {
        return new PromoTokens(Math.max(8, Math.min(256, message.length() / 4 + 4))).reset(message);
    }

    /** This instance, now holding the tokens of {@code message}. */
    PromoTokens reset(String message) {
        Arrays.fill(text, 0, size, null);
        this.message = message;
        size = 0;
        charCount = 0;
        question = false;
        links = 0;
        allClasses = 0;
        allLists = 0;
        allKinds = 0;
        // "&" becomes "and": three characters for one at most
        int needed = 3 * message.length() + 16;
        if (chars.length < needed) {
            chars = new char[Math.max(needed, chars.length * 2)];
        }
        scanner.scan(message);
        markQuestionClauses();
        return this;
    }

    int size() {
        return size;
    }

    /**
     * The token's text: a word lower-cased, folded and squeezed, a number's digits, a link lower-cased. Made on
     * the first call for a word on no list: cues ask it only on their rare paths; the common ones use
     * {@link #isWord}, {@link #in}, {@link #endsWith} and {@link #known}.
     */
    String text(int i) {
        String t = text[i];
        if (t != null) {
            return t;
        }
        t = switch (kinds[i]) {
            case WORD -> new String(chars, from[i], to[i] - from[i]);
            case HANDLE, LINK -> message.substring(from[i], to[i]).toLowerCase(Locale.ROOT);
            default -> message.substring(from[i], to[i]);
        };
        text[i] = t;
        return t;
    }

    /** A word's text when it is on some list of the package (so no allocation), else {@code null}. */
    String known(int i) {
        return i >= 0 && i < size && kinds[i] == TokenKind.WORD ? text[i] : null;
    }

    /** Token {@code i} is a word of {@code list}: one AND with the bits found when the word was looked up. */
    boolean in(int i, WordList list) {
        return i >= 0 && i < size && (lists[i] & list.bit()) != 0;
    }

    /**
     * The characters of link token {@code i}, to read with {@link CharRanges} from {@link #linkStart} to
     * {@link #linkEnd}: the message itself for a link written in ASCII (nearly all), so reading it allocates
     * nothing, else the link's lower-cased text. Either way they read as {@link #text} does.
     */
    String linkChars(int i) {
        return asciiLink[i] ? message : text(i);
    }

    int linkStart(int i) {
        return asciiLink[i] ? from[i] : 0;
    }

    int linkEnd(int i) {
        return asciiLink[i] ? to[i] : text(i).length();
    }

    /** What link token {@code i} points at; worked out once per message, as several cues ask. */
    LinkKind linkKind(int i) {
        LinkKind kind = linkKinds[i];
        if (kind == null) {
            kind = LinkKind.of(linkChars(i), linkStart(i), linkEnd(i));
            linkKinds[i] = kind;
        }
        return kind;
    }

    /**
     * The kind of token {@code i}; before the first token and after the last, a {@link TokenKind#BREAK}, as
     * {@link #isBreak} says: cues look one or two tokens around a word, and the edge of a message ends a clause
     * like a full stop (the arrays are reused and longer than the message, so reading past it would see the
     * previous message's tokens).
     */
    TokenKind kind(int i) {
        return i >= 0 && i < size ? kinds[i] : TokenKind.BREAK;
    }

    /** The {@link Lexicon} classes of token {@code i}; 0 for anything but a word. */
    int classes(int i) {
        return i >= 0 && i < size ? classes[i] : 0;
    }

    boolean is(int i, int lexiconClass) {
        return i >= 0 && i < size && (classes[i] & lexiconClass) != 0;
    }

    boolean isWord(int i, String word) {
        return i >= 0 && i < size && kinds[i] == TokenKind.WORD && sameChars(i, word);
    }

    /** A number token whose digits are {@code digits}. */
    boolean isNumber(int i, String digits) {
        if (!isKind(i, TokenKind.NUMBER) || to[i] - from[i] != digits.length()) {
            return false;
        }
        return message.regionMatches(from[i], digits, 0, digits.length());
    }

    /** Word {@code i} ends with {@code suffix}. */
    boolean endsWith(int i, String suffix) {
        int length = to[i] - from[i];
        if (kinds[i] != TokenKind.WORD || length < suffix.length()) {
            return false;
        }
        int start = to[i] - suffix.length();
        for (int k = 0; k < suffix.length(); k++) {
            if (chars[start + k] != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The {@link Lexicon} classes of the word made of the first {@code length} characters of word {@code i}, as
     * {@link Lexicon#classesOf} gives them, without making it: "check" in "checked".
     */
    int classesOfStart(int i, int length) {
        int found = PromoVocabulary.TABLE.find(chars, from[i], length);
        return found >= 0 ? PromoVocabulary.TABLE.classes(found) : Lexicon.classesOfUnlisted(chars, from[i], length);
    }

    /** Token {@code i}'s characters hold a digit. */
    boolean hasDigit(int i) {
        for (int k = from[i]; k < to[i]; k++) {
            if (Character.isDigit(kinds[i] == TokenKind.WORD ? chars[k] : message.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Word {@code i} was written as a keyword to type or send: in capitals or in quotes, three letters or more. */
    boolean keyword(int i) {
        return i >= 0 && i < size && keyword[i];
    }

    /**
     * Word {@code i} runs straight into a number, as codes are written ("SPRING10" is the word "spring" and the number
     * 10: words hold letters only): the number's first digit follows a letter in the message.
     */
    boolean gluedToNumber(int i) {
        if (i < 0 || i + 1 >= size || kinds[i] != TokenKind.WORD || kinds[i + 1] != TokenKind.NUMBER) {
            return false;
        }
        int start = from[i + 1];
        return start > 0 && Character.isLetter(message.charAt(start - 1));
    }

    /** How many characters word {@code i} has. */
    int length(int i) {
        return to[i] - from[i];
    }

    boolean isKind(int i, TokenKind kind) {
        return i >= 0 && i < size && kinds[i] == kind;
    }

    boolean isBreak(int i) {
        return i < 0 || i >= size || kinds[i] == TokenKind.BREAK;
    }

    /** The clause holding token {@code i} ends with a question mark. */
    boolean inQuestion(int i) {
        return i >= 0 && i < size && questionClause[i];
    }

    /** The message contains a question mark somewhere. */
    boolean question() {
        return question;
    }

    /** Some word of the message has one of the {@link Lexicon} classes. */
    boolean anywhere(int lexiconClasses) {
        return (allClasses & lexiconClasses) != 0;
    }

    /**
     * Some word of the message is on one of the lists whose {@link WordList#bit}s are {@code listBits}: a cue
     * finder asks it first and skips a message that has none of the words its cues start at.
     */
    boolean anywhereIn(long listBits) {
        return (allLists & listBits) != 0;
    }

    /** Some token of the message is of {@code kind}. */
    boolean has(TokenKind kind) {
        return (allKinds & 1 << kind.ordinal()) != 0;
    }

    /** Token {@code i} is a word on one of the lists whose bits are {@code listBits}. */
    boolean inAny(int i, long listBits) {
        return i >= 0 && i < size && (lists[i] & listBits) != 0;
    }

    /** How many links (plain or disguised) the message holds. */
    int links() {
        return links;
    }

    /** How many words the message has that are not links, numbers or handles. */
    int wordCount() {
        int words = 0;
        for (int i = 0; i < size; i++) {
            if (kinds[i] == TokenKind.WORD) {
                words++;
            }
        }
        return words;
    }

    private boolean sameChars(int i, String word) {
        int start = from[i];
        if (to[i] - start != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (chars[start + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** One backward pass, so asking "is this clause a question?" costs nothing later. */
    private void markQuestionClauses() {
        boolean inQuestion = false;
        for (int i = size - 1; i >= 0; i--) {
            if (kinds[i] == TokenKind.BREAK) {
                inQuestion = text[i] == QUESTION;
            }
            questionClause[i] = inQuestion;
        }
    }

    private int slot(TokenKind kind) {
        if (size == kinds.length) {
            int capacity = size * 2;
            from = Arrays.copyOf(from, capacity);
            to = Arrays.copyOf(to, capacity);
            text = Arrays.copyOf(text, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            classes = Arrays.copyOf(classes, capacity);
            lists = Arrays.copyOf(lists, capacity);
            questionClause = Arrays.copyOf(questionClause, capacity);
            asciiLink = Arrays.copyOf(asciiLink, capacity);
            linkKinds = Arrays.copyOf(linkKinds, capacity);
            keyword = Arrays.copyOf(keyword, capacity);
        }
        kinds[size] = kind;
        allKinds |= 1 << kind.ordinal();
        classes[size] = 0;
        lists[size] = 0;
        text[size] = null;
        linkKinds[size] = null;
        keyword[size] = false;
        return size++;
    }

    private void addBreak(boolean questionMark) {
        if (size == 0) {
            return;
        }
        if (kinds[size - 1] == TokenKind.BREAK) {
            if (questionMark) {
                text[size - 1] = QUESTION; // "!?" still ends a question
            }
            return;
        }
        int i = slot(TokenKind.BREAK);
        text[i] = questionMark ? QUESTION : STOP;
    }

    /** A token whose text is the message's characters {@code [start, end)} (made into a string if asked). */
    private void addRange(TokenKind kind, int start, int end) {
        int i = slot(kind);
        from[i] = start;
        to[i] = end;
        if (kind == TokenKind.LINK) {
            asciiLink[i] = CharRanges.ascii(message, start, end);
            links++;
        }
    }

    /** A disguised link, whose text is its plain fingerprint. */
    private void addDisguised(String fingerprint) {
        int i = slot(TokenKind.DISGUISED_LINK);
        text[i] = fingerprint;
        links++;
    }

    /** The word whose characters were just written at {@code [start, charCount)} of the buffer. */
    private void addWord(int start) {
        int length = charCount - start;
        int i = slot(TokenKind.WORD);
        from[i] = start;
        to[i] = charCount;
        int found = PromoVocabulary.TABLE.find(chars, start, length);
        int c;
        if (found >= 0) {
            text[i] = PromoVocabulary.TABLE.word(found);
            c = PromoVocabulary.TABLE.classes(found);
            lists[i] = PromoVocabulary.TABLE.lists(found);
            allLists |= lists[i];
        } else {
            c = Lexicon.classesOfUnlisted(chars, start, length);
        }
        classes[i] = c;
        allClasses |= c;
    }

    /** A word that stands for another: "&" and a spaced "+" are "and". */
    private void addWord(String word) {
        int start = charCount;
        for (int k = 0; k < word.length(); k++) {
            chars[charCount++] = word.charAt(k);
        }
        addWord(start);
    }

    /** The single pass over the text; one per {@link PromoTokens}, reused. */
    private static final class Scanner {
        private String s;
        private int n;
        private final PromoTokens out;

        Scanner(PromoTokens out) {
            this.out = out;
        }

        void scan(String message) {
            s = message;
            n = message.length();
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '?') {
                    out.question = true;
                }
                int linkEnd = Character.isLetterOrDigit(c) ? LinkExtractor.linkEnd(s, i) : -1;
                if (linkEnd > 0) {
                    i = link(i, linkEnd);
                } else if (c == '<') {
                    i = angleBracket(i);
                } else if (Character.isLetterOrDigit(c)) {
                    if (Character.isDigit(c)) {
                        i = number(i);
                    } else {
                        i = word(i);
                    }
                } else if ((c == '@' || c == '#') && i + 1 < n && isHandleChar(s.charAt(i + 1))
                        && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
                    int end = i + 1;
                    while (end < n && isHandleChar(s.charAt(end))) {
                        end++;
                    }
                    out.addRange(TokenKind.HANDLE, i, end);
                    i = end;
                } else if (c == '&' || c == '+' && i > 0 && i + 1 < n && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' ') {
                    out.addWord("and");
                    i++;
                } else {
                    if (isBreakChar(c)) {
                        out.addBreak(c == '?');
                    }
                    i++;
                }
            }
            s = null;
        }

        private int link(int start, int end) {
            int trimmed = end;
            while (trimmed > start && isTrailingPunctuation(s.charAt(trimmed - 1))) {
                trimmed--;
            }
            if (LinkExtractor.disguisedAt(s, start, trimmed)) {
                // a disguised link is a cue: made into a link only then
                Link link = LinkExtractor.linkAt(s, start, trimmed);
                out.addDisguised(link.fingerprint().toLowerCase(Locale.ROOT));
            } else {
                out.addRange(TokenKind.LINK, start, trimmed);
            }
            // Punctuation trimmed off the link still ends its clause: "https://example.net/x?" is a question.
            for (int j = trimmed; j < end; j++) {
                char c = s.charAt(j);
                if (c == '?') {
                    out.question = true;
                }
                if (isBreakChar(c)) {
                    out.addBreak(c == '?');
                }
            }
            return end;
        }

        /** Skips markup and chat mentions ({@code <a href=...>}, {@code <@123>}); {@code <https://x>} is a link. */
        private int angleBracket(int i) {
            if (i + 1 < n && LinkExtractor.linkEnd(s, i + 1) > 0) {
                return i + 1;
            }
            int limit = Math.min(n, i + MAX_TAG_LENGTH);
            if (i + 1 < n && isTagStart(s.charAt(i + 1))) {
                for (int j = i + 1; j < limit; j++) {
                    char c = s.charAt(j);
                    if (c == '>') {
                        return j + 1;
                    }
                    if (c == '<') {
                        break;
                    }
                }
            }
            return i + 1;
        }

        private int number(int start) {
            int end = start;
            while (end < n) {
                char c = s.charAt(end);
                if (Character.isDigit(c)) {
                    end++;
                } else if ((c == ',' || c == '.') && end + 1 < n && Character.isDigit(s.charAt(end + 1))) {
                    end++;
                } else {
                    break;
                }
            }
            boolean money = start > 0 && isCurrency(s.charAt(start - 1)) || end < n && isCurrency(s.charAt(end));
            if (end < n && s.charAt(end) == '%') {
                out.addRange(TokenKind.PERCENT, start, end);
                return end + 1;
            }
            out.addRange(money ? TokenKind.MONEY : TokenKind.NUMBER, start, end);
            return end;
        }

        /**
         * A word, lower-cased and folded, written straight into the buffer; then three or more of a letter become
         * one ("pleeease" is "please", "sooo" is "so"), doubles stay.
         */
        private int word(int start) {
            char[] buffer = out.chars;
            int begin = out.charCount;
            int w = begin;
            int i = start;
            char last = 0;
            int run = 0;
            boolean capitals = true;
            while (i < n) {
                char c = s.charAt(i);
                char next;
                if (Character.isLetter(c)) {
                    capitals &= Character.isUpperCase(c);
                    next = fold(Character.toLowerCase(c));
                } else if ((c == '\'' || c == '\u2019') && i + 1 < n && Character.isLetter(s.charAt(i + 1))) {
                    next = '\'';
                } else {
                    break;
                }
                i++;
                if (next == last && run > 0) {
                    run++;
                    // a double stays; the third of a run takes the second back: three or more are one letter
                    if (run == 2) {
                        buffer[w++] = next;
                    } else if (run == 3) {
                        w--;
                    }
                    continue;
                }
                last = next;
                run = 1;
                buffer[w++] = next;
            }
            out.charCount = w;
            out.addWord(begin);
            boolean quoted = start > 0 && i < n && isQuote(s.charAt(start - 1)) && isQuote(s.charAt(i));
            out.keyword[out.size - 1] = i - start >= 3 && (capitals || quoted);
            return i;
        }

        /** Latin accents off, so "suscríbete" and "vídeo" meet the lexicon's spelling. */
        private static char fold(char c) {
            switch (c) {
                case '\u00e1': case '\u00e0': case '\u00e2': case '\u00e3': case '\u00e4': return 'a';
                case '\u00e9': case '\u00e8': case '\u00ea': case '\u00eb': return 'e';
                case '\u00ed': case '\u00ec': case '\u00ee': case '\u00ef': return 'i';
                case '\u00f3': case '\u00f2': case '\u00f4': case '\u00f5': case '\u00f6': return 'o';
                case '\u00fa': case '\u00f9': case '\u00fb': case '\u00fc': return 'u';
                case '\u00f1': return 'n';
                case '\u00e7': return 'c';
                default: return c;
            }
        }

        private static boolean isQuote(char c) {
            return c == '\'' || c == '"' || c == '\u2018' || c == '\u2019' || c == '\u201c' || c == '\u201d';
        }

        private static boolean isTagStart(char c) {
            return Character.isLetter(c) || c == '/' || c == '@' || c == '#' || c == ':' || c == '!' || c == 'a';
        }

        private static boolean isHandleChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '.';
        }

        private static boolean isCurrency(char c) {
            return c == '$' || c == '\u20ac' || c == '\u00a3';
        }

        /** Clause ends, emoji included: in chat "is back 🖤 Grab one" is two sentences. */
        private static boolean isBreakChar(char c) {
            return Character.isHighSurrogate(c) || Character.getType(c) == Character.OTHER_SYMBOL || c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' || c == '\r'
                    || c == '\u2026' || c == '|';
        }

        private static boolean isUrlChar(char c) {
            return c > ' ' && c != '<' && c != '>' && c != '"' && c != '`' && c != '|' && c != '\\'
                    && c != '{' && c != '}' && c != '^' && !Character.isWhitespace(c)
                    && Character.getType(c) != Character.FORMAT; // a trailing byte-order mark or zero-width space
        }

        private static boolean isTrailingPunctuation(char c) {
            return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == ')'
                    || c == '*' || c == '~';
        }
    }
}
