package dev.rapport.rules.promo;

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
 * times. Instances are created per call and never shared.
 */
final class PromoTokens {

    private static final int MAX_TAG_LENGTH = 512;

    private String[] text;
    private TokenKind[] kinds;
    private int[] classes;
    private boolean[] questionClause;
    private int size;
    private boolean question;
    private int links;
    private int allClasses;

    private PromoTokens(int capacity) {
        text = new String[capacity];
        kinds = new TokenKind[capacity];
        classes = new int[capacity];
    }

    static PromoTokens of(String message) {
        PromoTokens tokens = new PromoTokens(Math.max(8, Math.min(256, message.length() / 4 + 4)));
        new Scanner(message, tokens).scan();
        tokens.markQuestionClauses();
        return tokens;
    }

    int size() {
        return size;
    }

    String text(int i) {
        return text[i];
    }

    TokenKind kind(int i) {
        return kinds[i];
    }

    /** The {@link Lexicon} classes of token {@code i}; 0 for anything but a word. */
    int classes(int i) {
        return classes[i];
    }

    boolean is(int i, int lexiconClass) {
        return i >= 0 && i < size && (classes[i] & lexiconClass) != 0;
    }

    boolean isWord(int i, String word) {
        return i >= 0 && i < size && kinds[i] == TokenKind.WORD && text[i].equals(word);
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

    /** How many links (plain or disguised) the message holds. */
    int links() {
        return links;
    }

    /** How many words the message has that are not links, numbers or handles. */
    int wordCount() {
        int words = 0;
        for (int i = 0; i < size; i++) if (kinds[i] == TokenKind.WORD) words++;
        return words;
    }

    /** One backward pass, so asking "is this clause a question?" costs nothing later. */
    private void markQuestionClauses() {
        questionClause = new boolean[size];
        boolean inQuestion = false;
        for (int i = size - 1; i >= 0; i--) {
            if (kinds[i] == TokenKind.BREAK) inQuestion = text[i].equals("?");
            questionClause[i] = inQuestion;
        }
    }

    private void add(TokenKind kind, String value) {
        if (kind == TokenKind.BREAK && size == 0) return;
        if (kind == TokenKind.BREAK && kinds[size - 1] == TokenKind.BREAK) {
            if (value.equals("?")) text[size - 1] = value; // "!?" still ends a question
            return;
        }
        if (size == text.length) {
            int capacity = size * 2;
            text = Arrays.copyOf(text, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            classes = Arrays.copyOf(classes, capacity);
        }
        text[size] = value;
        kinds[size] = kind;
        classes[size] = kind == TokenKind.WORD ? Lexicon.classesOf(value) : 0;
        allClasses |= classes[size];
        if (kind == TokenKind.LINK || kind == TokenKind.DISGUISED_LINK) links++;
        size++;
    }

    /** The single pass over the text. */
    private static final class Scanner {
        private final String s;
        private final int n;
        private final PromoTokens out;
        private final StringBuilder raw = new StringBuilder(24);
        private final StringBuilder word = new StringBuilder(24);

        Scanner(String s, PromoTokens out) {
            this.s = s;
            this.n = s.length();
            this.out = out;
        }

        void scan() {
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '?') out.question = true;
                int linkEnd = Character.isLetterOrDigit(c) ? LinkExtractor.linkEnd(s, i) : -1;
                if (linkEnd > 0) {
                    i = link(i, linkEnd);
                } else if (c == '<') {
                    i = angleBracket(i);
                } else if (Character.isLetterOrDigit(c)) {
                    if (Character.isDigit(c)) i = number(i);
                    else i = word(i);
                } else if ((c == '@' || c == '#') && i + 1 < n && isHandleChar(s.charAt(i + 1))
                        && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
                    int end = i + 1;
                    while (end < n && isHandleChar(s.charAt(end))) end++;
                    out.add(TokenKind.HANDLE, s.substring(i, end).toLowerCase(Locale.ROOT));
                    i = end;
                } else if (c == '&' || c == '+' && i > 0 && i + 1 < n && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' ') {
                    out.add(TokenKind.WORD, "and");
                    i++;
                } else {
                    if (isBreakChar(c)) out.add(TokenKind.BREAK, c == '?' ? "?" : ".");
                    i++;
                }
            }
        }

        private int link(int start, int end) {
            int trimmed = end;
            while (trimmed > start && isTrailingPunctuation(s.charAt(trimmed - 1))) trimmed--;
            Link link = LinkExtractor.linkAt(s, start, trimmed);
            if (link != null && link.disguised()) out.add(TokenKind.DISGUISED_LINK, link.fingerprint().toLowerCase(Locale.ROOT));
            else out.add(TokenKind.LINK, s.substring(start, trimmed).toLowerCase(Locale.ROOT));
            // Punctuation trimmed off the link still ends its clause: "https://example.net/x?" is a question.
            for (int j = trimmed; j < end; j++) {
                char c = s.charAt(j);
                if (c == '?') out.question = true;
                if (isBreakChar(c)) out.add(TokenKind.BREAK, c == '?' ? "?" : ".");
            }
            return end;
        }

        /** Skips markup and chat mentions ({@code <a href=...>}, {@code <@123>}); {@code <https://x>} is a link. */
        private int angleBracket(int i) {
            if (i + 1 < n && LinkExtractor.linkEnd(s, i + 1) > 0) return i + 1;
            int limit = Math.min(n, i + MAX_TAG_LENGTH);
            if (i + 1 < n && isTagStart(s.charAt(i + 1))) {
                for (int j = i + 1; j < limit; j++) {
                    char c = s.charAt(j);
                    if (c == '>') return j + 1;
                    if (c == '<') break;
                }
            }
            return i + 1;
        }

        private int number(int start) {
            int end = start;
            while (end < n) {
                char c = s.charAt(end);
                if (Character.isDigit(c)) end++;
                else if ((c == ',' || c == '.') && end + 1 < n && Character.isDigit(s.charAt(end + 1))) end++;
                else break;
            }
            String digits = s.substring(start, end);
            boolean money = start > 0 && isCurrency(s.charAt(start - 1)) || end < n && isCurrency(s.charAt(end));
            if (end < n && s.charAt(end) == '%') {
                out.add(TokenKind.PERCENT, digits);
                return end + 1;
            }
            out.add(money ? TokenKind.MONEY : TokenKind.NUMBER, digits);
            return end;
        }

        private int word(int start) {
            raw.setLength(0);
            int i = start;
            while (i < n) {
                char c = s.charAt(i);
                if (Character.isLetter(c)) raw.append(fold(Character.toLowerCase(c)));
                else if ((c == '\'' || c == '\u2019') && i + 1 < n && Character.isLetter(s.charAt(i + 1))) raw.append('\'');
                else break;
                i++;
            }
            out.add(TokenKind.WORD, squeezed());
            return i;
        }

        /** Three or more of a letter become one: "pleeease" is "please", "sooo" is "so". Doubles stay. */
        private String squeezed() {
            word.setLength(0);
            int len = raw.length();
            int i = 0;
            while (i < len) {
                char c = raw.charAt(i);
                int run = 1;
                while (i + run < len && raw.charAt(i + run) == c) run++;
                word.append(c);
                if (run == 2) word.append(c);
                i += run;
            }
            return word.toString();
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
