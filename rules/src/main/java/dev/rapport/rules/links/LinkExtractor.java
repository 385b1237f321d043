package dev.rapport.rules.links;

import dev.rapport.rules.model.Link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Finds links in message text and gives each a fingerprint that survives the usual disguises of the same link:
 * scheme, {@code www.}, letter case of the host, fragment, trailing slash, default port and tracking parameters.
 *
 * <p>A link need not look like one. Bare domains ({@code shop.example.com}, {@code example.co.uk/path}), invite
 * links ({@code discord.gg/abc}, {@code t.me/abc}) and links disguised to slip past filters (dots bracketed or
 * spelled out, {@code example[.]com}, {@code example dot com}, {@code example . com}; look-alike letters from
 * another script) are links too, with the fingerprint of the plain form. Version numbers, file names
 * ({@code setup.py}, {@code README.md}), IP addresses, e-mail addresses and {@code e.g.} are not.
 *
 * <p>Hand-written scanning, not a regular expression: it runs on every message, is linear in the text and
 * allocates only for the links it finds (and a few candidate endings such as {@code a.b}).
 */
public final class LinkExtractor {

    /** Query parameters that only say where a click came from; the same page with another one is the same link. */
    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "ref", "ref_src", "ref_url",
            "referrer", "source", "si", "_hsenc", "_hsmi", "mkt_tok", "spm", "share", "feature");

    /**
     * Endings that make {@code name.ending} a link on their own: the generic endings most used on the web and the
     * country endings used like them. Endings that are also common file extensions are left out ({@code .py}
     * Paraguay, {@code .md} Moldova, {@code .sh}, {@code .rs}, {@code .pl}, {@code .so}, {@code .ai}, {@code .in}),
     * so {@code setup.py} stays a file name; those count with a third label or a path ({@code example.co.in/x}).
     */
    private static final AsciiWords WEB_TLDS = AsciiWords.of(Set.of("com", "net", "org", "io", "co", "gg", "me", "tv", "app",
            "dev", "xyz", "info", "biz", "shop", "store", "online", "site", "live", "link", "club", "blog", "page",
            "art", "studio", "tech", "space", "website", "news", "cloud", "ly", "fm", "eu", "uk", "de", "fr", "es",
            "nl", "ca", "au", "us", "ru", "br", "jp", "cn", "kr", "ch", "se", "dk", "fi", "nz", "ie", "mx", "ar"));
    /**
     * Further country endings (ISO 3166 codes in the IANA root zone) that count with a third label or a path; and
     * {@code example}, the ending RFC 2606 reserves for writing example links. A link written under it
     * ({@code shop.example/sale}) is written to stand for a link, in documentation, tutorials and invented
     * conversations alike, and a reader takes it as one; no real site can end there, so no name on a real message is
     * mistaken for it. Written bare as a site's name ({@code shop.example}) it is a link as {@code shop.com} is (see
     * {@link #EXAMPLE}). The other reserved names ({@code .test}, {@code .invalid}, {@code .localhost}) are for
     * software, not for prose.
     */
    private static final AsciiWords MORE_TLDS = AsciiWords.of(Set.of("in", "it", "pl", "at", "be", "no", "pt", "gr", "tr", "ua",
            "cz", "hu", "ro", "il", "sg", "hk", "tw", "id", "my", "ph", "vn", "th", "za", "ng", "ke", "eg", "ae",
            "sa", "pk", "cl", "pe", "ve", "ec", "uy", "sk", "si", "hr", "rs", "bg", "lt", "lv", "ee", "is", "lu",
            "am", "to", "ai", "cc", "ws", "gl", "gd", "su", "tk", "ml", "ga", "cf", "vc", "example"));
    /**
     * The reserved ending for example links, a link on its own after a name as {@code .com} is: no file, version or
     * product is called {@code name.example}. Not after a little word ("for.example", "an.example": "for example" with
     * a dot for the space) nor in capitals.
     */
    private static final AsciiWords EXAMPLE = AsciiWords.of(Set.of("example"));
    /** The endings people spell out or space out ("example dot com", "example . net") to dodge a filter. */
    private static final AsciiWords DISGUISED_TLDS = AsciiWords.of(Set.of("com", "net", "org", "io", "co", "gg", "tv", "me",
            "info", "xyz", "biz", "app", "shop", "store", "online", "site"));
    /** The second levels under which countries register names ("example.co.uk", "example.com.br"). */
    private static final AsciiWords COUNTRY_SECOND_LEVELS = AsciiWords.of(Set.of("co", "com", "org", "net", "ac", "gov"));
    /** Little words that cannot be a site's name before a spaced dot: "is it .com or .org?", "of . net". */
    private static final AsciiWords NOT_A_NAME = AsciiWords.of(Set.of("a", "an", "the", "of", "it", "is", "in", "on", "at",
            "to", "for", "or", "and", "my", "your", "this", "that", "with", "about", "as", "by", "dot", "use",
            "using", "install", "vs", "via", "from", "into", "like", "than", "not", "no", "be", "are", "was"));

    private LinkExtractor() {
    }

    /** The links in {@code text}, in order of appearance; empty when there are none. */
    public static List<Link> extract(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Link> links = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isHostChar(c)) {
                i++;
                continue;
            }
            int wordEnd = skipWord(text, i);
            boolean schemeOrWww = c == 'h' || c == 'H' || c == 'w' || c == 'W';
            if (i > 0 && isJoined(text.charAt(i - 1)) || !schemeOrWww && !mayGoOn(text, wordEnd)) {
                i = wordEnd; // the common case, decided without a call: a word, then a space
                continue;
            }
            int end = linkEnd(text, i);
            if (end < 0) {
                i = wordEnd;
                continue;
            }
            Link link = linkAt(text, i, end);
            if (link != null) {
                if (links == null) {
                    links = new ArrayList<>(2);
                }
                links.add(link);
            }
            i = Math.max(end, i + 1);
        }
        return links == null ? List.of() : List.copyOf(links);
    }

    /** Past the letters and digits of the word at {@code i}: no link starts inside a word. */
    private static int skipWord(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n && isHostChar(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /**
     * The end of a link that starts exactly at {@code start}, or -1 when none does. Allocates nothing for the
     * common case (a word that is not a link). For scanners that tokenise text themselves, such as the promotion
     * detector; {@link #linkAt} then gives the link.
     */
    public static int linkEnd(String text, int start) {
        int n = text.length();
        if (start < 0 || start >= n) {
            return -1;
        }
        if (start > 0 && isJoined(text.charAt(start - 1))) {
            return -1;
        }
        char c = text.charAt(start);
        // "http" and "www" only: most words starting with h or w ("how", "we") are let go at their second letter
        char second = start + 1 < n ? (char) (text.charAt(start + 1) | 0x20) : 0;
        if ((c == 'h' || c == 'H') && second == 't' || (c == 'w' || c == 'W') && second == 'w') {
            boolean scheme = regionMatches(text, start, "https://") || regionMatches(text, start, "http://");
            boolean www = !scheme && regionMatches(text, start, "www.") && start + 4 < n
                    && isHostChar(text.charAt(start + 4));
            if (scheme || www) {
                int end = start;
                while (end < n && isUrlChar(text.charAt(end))) {
                    end++;
                }
                end = trimTrailingPunctuation(text, start, end);
                if (webLink(text, start, end)) {
                    return end;
                }
                if (scheme) {
                    return -1;
                }
            }
        }
        if (!mayGoOn(text, skipWord(text, start))) {
            return -1; // the common case: a word, then a space
        }
        return bareEnd(text, start);
    }

    /**
     * Whether a host could go on after a word ending at {@code k}: a dot (plain or look-alike) or a bracket right
     * after it, or, after a few spaces, a dot, a bracket or the word "dot". Cheap, so most words are let go at once.
     */
    private static boolean mayGoOn(String s, int k) {
        int n = s.length();
        if (k >= n) {
            return false;
        }
        char c = s.charAt(k);
        if (c == '.' || c == '[' || c == '(' || c == '{' || c == '<' || isUnicodeDot(c)) {
            return true;
        }
        if (c != ' ') {
            return false;
        }
        int j = k + 1;
        while (j < n && j - k <= MAX_SPACES && s.charAt(j) == ' ') {
            j++;
        }
        if (j >= n || j - k > MAX_SPACES) {
            return false;
        }
        char d = s.charAt(j);
        return d == '.' || d == '[' || d == '(' || d == '{' || d == '<' || d == 'd' || d == 'D';
    }

    /** The link between {@code start} and {@code end} as found by {@link #linkEnd}, or {@code null}. */
    public static Link linkAt(String text, int start, int end) {
        String written = text.substring(start, end);
        if (hasScheme(written) || regionMatches(written, 0, "www.") && !disguised(written)) {
            return toLink(written);
        }
        return bareLink(written);
    }

    /**
     * Whether the link between {@code start} and {@code end} (as found by {@link #linkEnd}) is written to slip past
     * link filters, as {@link #linkAt}'s {@link Link#disguised()} says, without making the link when it is plainly
     * written in ASCII (nearly every link): a plain ASCII link is disguised only by spaces or brackets around its
     * dots, and a look-alike letter is never ASCII. Anything else is asked of the link itself.
     */
    public static boolean disguisedAt(String text, int start, int end) {
        if (CharRanges.ascii(text, start, end)) {
            if (regionMatches(text, start, "https://") || regionMatches(text, start, "http://")) {
                return false;
            }
            int host = CharRanges.indexOf(text, start, end, '/');
            int hostEnd = host < 0 ? end : host;
            boolean spacedOrBracketed = false;
            for (int i = start; i < hostEnd && !spacedOrBracketed; i++) {
                char c = text.charAt(i);
                spacedOrBracketed = c == ' ' || c == '[' || c == '(' || c == '{' || c == '<';
            }
            if (!spacedOrBracketed) {
                return false;
            }
        }
        Link link = linkAt(text, start, end);
        return link != null && link.disguised();
    }

    /**
     * Whether {@code toLink(text.substring(start, end))} would give a link (an http or https scheme or none, and a
     * host with a dot or {@code localhost}), decided in place for a host written in ASCII; any other host is made
     * into the link and asked, as look-alike letters and Unicode case need it.
     */
    private static boolean webLink(String text, int start, int end) {
        int scheme = CharRanges.indexOf(text, start, end, "://");
        int rest = scheme < 0 ? start : scheme + 3;
        int hostEnd = rest;
        while (hostEnd < end) {
            char c = text.charAt(hostEnd);
            if (c == '/' || c == '?' || c == '#') {
                break;
            }
            hostEnd++;
        }
        if (!CharRanges.ascii(text, start, hostEnd)) {
            return toLink(text.substring(start, end)) != null;
        }
        if (scheme >= 0 && !CharRanges.is(text, start, scheme, "http") && !CharRanges.is(text, start, scheme, "https")) {
            return false;
        }
        int at = CharRanges.lastIndexOf(text, rest, hostEnd, '@');
        int hostStart = at < 0 ? rest : at + 1;
        if (CharRanges.endsWith(text, hostStart, hostEnd, ":80")) {
            hostEnd -= 3;
        } else if (CharRanges.endsWith(text, hostStart, hostEnd, ":443")) {
            hostEnd -= 4;
        }
        if (CharRanges.startsWith(text, hostStart, hostEnd, "www.")) {
            hostStart += 4;
        }
        while (hostEnd > hostStart && text.charAt(hostEnd - 1) == '.') {
            hostEnd--;
        }
        if (hostEnd <= hostStart) {
            return false;
        }
        return CharRanges.indexOf(text, hostStart, hostEnd, '.') >= 0
                || CharRanges.startsWith(text, hostStart, hostEnd, "localhost");
    }

    private static boolean hasScheme(String url) {
        return regionMatches(url, 0, "https://") || regionMatches(url, 0, "http://");
    }

    private static boolean disguised(String written) {
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == ' ' || c == '[' || c == '(' || c == '{' || c > 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** The fingerprint of a single URL, or {@code null} when it is not a web link. */
    public static String fingerprint(String url) {
        Link link = toLink(url);
        return link == null ? null : link.fingerprint();
    }

    /** A character that glues the next one into a word, a path or an address: no link starts after it. */
    private static boolean isJoined(char c) {
        return c < 128 ? ASCII_JOINED[c] : Character.isLetterOrDigit(c);
    }

    private static final boolean[] ASCII_JOINED = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_JOINED[c] = Character.isLetterOrDigit(c) || "_/.@-#\\=&%~+".indexOf(c) >= 0;
        }
    }

    /**
     * The end of a link written without scheme at {@code start}: labels joined by dots, plain or disguised, the
     * last one a known ending, then an optional path. -1 when the text there is no such link.
     */
    private static int bareEnd(String s, int start) {
        int n = s.length();
        int labels = 0;
        int p = start;
        int lastStart = -1;
        int lastEnd = -1;
        int firstEnd = -1;
        int prevStart = -1;
        boolean spaced = false;
        boolean strong = false;
        boolean caps = false;
        while (p < n && labels < MAX_LABELS) {
            int q = p;
            while (q < n && q - p < 64 && isHostChar(s.charAt(q))) {
                q++;
            }
            if (q == p || q - p >= 64) {
                break;
            }
            labels++;
            prevStart = lastStart;
            lastStart = p;
            lastEnd = q;
            if (firstEnd < 0) {
                firstEnd = q;
            }
            int sep = separatorEnd(s, q);
            if (sep < 0 || sep >= n || !isHostChar(s.charAt(sep))) {
                break;
            }
            int kind = separatorKind(s, q, sep);
            if (kind == SPACED) {
                spaced = true;
            }
            if (kind == BRACKETED || kind == UNICODE_DOT) {
                strong = true;
            }
            p = sep;
        }
        if (labels < 2 || labels == MAX_LABELS) {
            return -1;
        }
        // the last label must end here: "example.community" is not "example.com" + "munity"
        if (lastEnd < n && (s.charAt(lastEnd) == '@' || s.charAt(lastEnd) == '_')) {
            return -1;
        }
        // the ending and the name are compared folded, in place: most candidates ("e.g.", "v1.2") are no link
        caps = Character.isUpperCase(s.charAt(lastStart)) && Character.isUpperCase(s.charAt(lastEnd - 1));
        boolean path = lastEnd < n && s.charAt(lastEnd) == '/';
        boolean known;
        if (spaced) {
            // "name . com", "name dot com": only the endings people really spell out, after a real name
            int nameEnd = separatorStart(s, prevStart);
            known = DISGUISED_TLDS.contains(s, lastStart, lastEnd, FOLD) && !caps && nameEnd - prevStart > 1
                    && !NOT_A_NAME.contains(s, prevStart, nameEnd, FOLD) && !allDigitsFolded(s, prevStart, nameEnd)
                    // "name dot co dot uk": a country's second level ("co", "com", "org") before its two-letter code
                    || labels >= 3 && lastEnd - lastStart == 2 && COUNTRY_SECOND_LEVELS.contains(s, prevStart, nameEnd, FOLD)
                    && !caps;
        } else if (labels == 2 && !path && !strong) {
            // "setup.py", "README.md", "ASP.NET": a file or a product, not a site
            known = WEB_TLDS.contains(s, lastStart, lastEnd, FOLD) && !caps
                    // "shop.example": a site's name under the ending reserved for example links
                    || EXAMPLE.contains(s, lastStart, lastEnd, FOLD) && !caps && firstEnd - start > 1
                    && !NOT_A_NAME.contains(s, start, firstEnd, FOLD) && !allDigitsFolded(s, start, firstEnd);
        } else {
            known = WEB_TLDS.contains(s, lastStart, lastEnd, FOLD) || MORE_TLDS.contains(s, lastStart, lastEnd, FOLD);
        }
        if (!known) {
            return -1;
        }
        int end = lastEnd;
        if (spaced && !path) {
            end = spelledPathEnd(s, end);
        }
        if (path) {
            while (end < n && isUrlChar(s.charAt(end))) {
                end++;
            }
            end = trimTrailingPunctuation(s, start, end);
        }
        return end;
    }

    /** A path spelled out after a spelled-out host, "name dot shop slash sale": words joined by " slash ". */
    private static int spelledPathEnd(String s, int end) {
        int n = s.length();
        while (end + SLASH.length() < n && s.regionMatches(true, end, SLASH, 0, SLASH.length())
                && isHostChar(s.charAt(end + SLASH.length()))) {
            int j = end + SLASH.length();
            while (j < n && isHostChar(s.charAt(j))) {
                j++;
            }
            end = j;
        }
        return end;
    }

    private static final String SLASH = " slash ";

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigitsFolded(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(fold(s.charAt(i)))) {
                return false;
            }
        }
        return true;
    }

    private static final IntUnaryOperator FOLD = c -> fold((char) c);

    private static final int PLAIN = 0;
    private static final int SPACED = 1;
    private static final int BRACKETED = 2;
    private static final int UNICODE_DOT = 3;
    private static final int MAX_SPACES = 3;
    /** More labels than any real host has in chat; the bound keeps every start's look-ahead short. */
    private static final int MAX_LABELS = 10;

    /**
     * The end of a dot between labels starting at {@code i}, or -1: a plain dot; a look-alike dot ("。", "．",
     * "․"); a bracketed dot ("[.]", "(.)", "{.}", "[dot]", "(dot)") with or without spaces; a spaced dot
     * ("name . com", "name .com"); or the word "dot" between spaces ("name dot com").
     */
    private static int separatorEnd(String s, int i) {
        int n = s.length();
        if (i >= n) {
            return -1;
        }
        char c = s.charAt(i);
        if (c == '.') {
            return i + 1;
        }
        if (isUnicodeDot(c)) {
            return i + 1;
        }
        int j = i;
        int spaces = 0;
        while (j < n && s.charAt(j) == ' ' && spaces <= MAX_SPACES) {
            j++;
            spaces++;
        }
        if (j >= n || spaces > MAX_SPACES) {
            return -1;
        }
        char d = s.charAt(j);
        int after;
        if (d == '[' || d == '(' || d == '{' || d == '<') {
            char close = d == '[' ? ']' : d == '(' ? ')' : d == '{' ? '}' : '>';
            int k = j + 1;
            if (k < n && s.charAt(k) == '.') {
                k++;
            } else if (s.regionMatches(true, k, "dot", 0, 3)) {
                k += 3;
            } else {
                return -1;
            }
            if (k >= n || s.charAt(k) != close) {
                return -1;
            }
            after = k + 1;
        } else if (d == '.' && spaces > 0) {
            after = j + 1;
        } else if (spaces > 0 && (d == 'd' || d == 'D') && s.regionMatches(true, j, "dot", 0, 3) && j + 3 < n
                && s.charAt(j + 3) == ' ') {
            after = j + 3;
            if (after >= n || s.charAt(after) != ' ') {
                return -1;
            }
        } else {
            return -1;
        }
        int k = after;
        int trailing = 0;
        while (k < n && s.charAt(k) == ' ' && trailing <= MAX_SPACES) {
            k++;
            trailing++;
        }
        if (trailing > MAX_SPACES) {
            return -1;
        }
        // "dot" needs spaces both sides; a spaced dot needs a space before it
        return k;
    }

    private static int separatorKind(String s, int from, int to) {
        boolean bracket = false;
        boolean space = false;
        boolean unicode = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '[' || c == '(' || c == '{' || c == '<') {
                bracket = true;
            } else if (c == ' ') {
                space = true;
            } else if (isUnicodeDot(c)) {
                unicode = true;
            }
        }
        if (bracket) {
            return BRACKETED;
        }
        if (unicode) {
            return UNICODE_DOT;
        }
        return space ? SPACED : PLAIN;
    }

    /** Where the separator after the label starting at {@code labelStart} begins. */
    private static int separatorStart(String s, int labelStart) {
        int q = labelStart;
        while (q < s.length() && isHostChar(s.charAt(q))) {
            q++;
        }
        return q;
    }

    private static boolean isUnicodeDot(char c) {
        return c == '\u3002' || c == '\uFF0E' || c == '\uFF61' || c == '\u2024' || c == '\uFE52';
    }

    /** Lower case with look-alike letters folded to Latin: "ехаmple" (Cyrillic е, х, а) is "example". */
    private static String folded(String s, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            sb.append(fold(s.charAt(i)));
        }
        return sb.toString();
    }

    /**
     * One character of a host, lower-cased, with letters that look like Latin ones turned into them: Cyrillic and
     * Greek confusables (Unicode's confusables.txt, the common ones) and full-width Latin.
     */
    static char fold(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (c >= '\uFF21' && c <= '\uFF3A') {
            return (char) ('a' + (c - '\uFF21'));
        }
        if (c >= '\uFF41' && c <= '\uFF5A') {
            return (char) ('a' + (c - '\uFF41'));
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return (char) ('0' + (c - '\uFF10'));
        }
        switch (c) {
            case '\u0430': case '\u0410': case '\u03b1': case '\u0391': return 'a';
            case '\u0441': case '\u0421': case '\u03f2': return 'c';
            case '\u0501': return 'd';
            case '\u0435': case '\u0415': case '\u03b5': case '\u0395': return 'e';
            case '\u04bb': return 'h';
            case '\u0456': case '\u0406': case '\u03b9': case '\u0399': return 'i';
            case '\u0458': case '\u0408': return 'j';
            case '\u043a': case '\u041a': case '\u03ba': case '\u039a': return 'k';
            case '\u041c': case '\u039c': return 'm';
            case '\u043d': case '\u041d': case '\u0397': return 'h';
            case '\u03bd': case '\u039d': return 'n';
            case '\u043e': case '\u041e': case '\u03bf': case '\u039f': return 'o';
            case '\u0440': case '\u0420': case '\u03c1': case '\u03a1': return 'p';
            case '\u0455': case '\u0405': return 's';
            case '\u0442': case '\u0422': case '\u03a4': return 't';
            case '\u03c5': return 'u';
            case '\u0445': case '\u0425': case '\u03c7': case '\u03a7': return 'x';
            case '\u0443': case '\u0423': case '\u03b3': return 'y';
            case '\u0392': case '\u0412': return 'b';
            case '\u0396': return 'z';
            default: return Character.toLowerCase(c);
        }
    }

    /** A link written without scheme, disguised or not, as a {@link Link} with the plain form's fingerprint. */
    private static Link bareLink(String written) {
        int n = written.length();
        StringBuilder plain = new StringBuilder(n);
        boolean disguised = false;
        int i = 0;
        while (i < n) {
            char c = written.charAt(i);
            if (c == '/') {
                plain.append(written, i, n);
                break;
            }
            if (isHostChar(c)) {
                plain.append(c); // look-alike letters are toLink's to fold
                i++;
                continue;
            }
            if (written.regionMatches(true, i, SLASH, 0, SLASH.length())) { // "slash" spelled out: the path
                plain.append('/');
                disguised = true;
                i += SLASH.length();
                continue;
            }
            int sep = separatorEnd(written, i);
            if (sep < 0) {
                break;
            }
            if (separatorKind(written, i, sep) != PLAIN) {
                disguised = true;
            }
            plain.append('.');
            i = sep;
        }
        Link link = toLink(plain.toString());
        if (link == null) {
            return null;
        }
        return new Link(written, link.fingerprint(), link.host(), disguised || link.disguised());
    }

    private static boolean regionMatches(String text, int at, String prefix) {
        return text.regionMatches(true, at, prefix, 0, prefix.length());
    }

    /** ASCII letters, digits and '-': a table, as this is asked of nearly every character of every message. */
    private static final boolean[] ASCII_HOST = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_HOST[c] = Character.isLetterOrDigit(c) || c == '-';
        }
    }

    private static boolean isHostChar(char c) {
        return c < 128 ? ASCII_HOST[c] : Character.isLetterOrDigit(c);
    }

    private static boolean isUrlChar(char c) {
        return c > ' ' && c != '<' && c != '>' && c != '"' && c != '`' && c != '|' && c != '\\'
                && c != '{' && c != '}' && c != '^' && !Character.isWhitespace(c);
    }

    /** Sentence punctuation after a link is not part of it; a closing bracket is, when the link opened one. */
    private static int trimTrailingPunctuation(String text, int start, int end) {
        while (end > start) {
            char c = text.charAt(end - 1);
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '*'
                    || c == '~' || c == '_') {
                end--;
            } else if (c == ')' || c == ']') {
                char open = c == ')' ? '(' : '[';
                if (count(text, start, end, open) < count(text, start, end, c)) {
                    end--;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return end;
    }

    private static int count(String text, int start, int end, char c) {
        int k = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == c) {
                k++;
            }
        }
        return k;
    }

    private static Link toLink(String url) {
        String rest = url;
        int scheme = rest.indexOf("://");
        if (scheme >= 0) {
            String s = rest.substring(0, scheme).toLowerCase(Locale.ROOT);
            if (!s.equals("http") && !s.equals("https")) {
                return null;
            }
            rest = rest.substring(scheme + 3);
        }
        int hostEnd = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                hostEnd = i;
                break;
            }
        }
        String lower = rest.substring(0, hostEnd).toLowerCase(Locale.ROOT);
        String host = folded(rest, 0, hostEnd);
        // only a host that becomes plain Latin was disguised; one in another script (a real IDN) stays as it is
        boolean lookAlike = !host.equals(lower) && ascii(host);
        if (!lookAlike) {
            host = lower;
        }
        int at = host.lastIndexOf('@');
        if (at >= 0) {
            host = host.substring(at + 1);
        }
        if (host.endsWith(":80") || host.endsWith(":443")) {
            host = host.substring(0, host.lastIndexOf(':'));
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || host.indexOf('.') < 0 && !host.startsWith("localhost")) {
            return null;
        }

        String tail = rest.substring(hostEnd);
        int hash = tail.indexOf('#');
        if (hash >= 0) {
            tail = tail.substring(0, hash);
        }
        String path = tail;
        String query = "";
        int q = tail.indexOf('?');
        if (q >= 0) {
            path = tail.substring(0, q);
            query = cleanQuery(tail.substring(q + 1));
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        // one invite, however it is written: discord.com/invite/x and discordapp.com/invite/x are discord.gg/x,
        // telegram.me/x is t.me/x
        if ((host.equals("discord.com") || host.equals("discordapp.com")) && path.startsWith("/invite/")) {
            host = "discord.gg";
            path = path.substring("/invite".length());
        } else if (host.equals("telegram.me")) {
            host = "t.me";
        }
        String fingerprint = query.isEmpty() ? host + path : host + path + "?" + query;
        return new Link(url, fingerprint, host, lookAlike);
    }

    /** Drops tracking parameters and sorts the rest, so parameter order does not make a new link. */
    private static String cleanQuery(String query) {
        if (query.isEmpty()) {
            return query;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name)) {
                continue;
            }
            kept.add(pair);
        }
        kept.sort(null);
        return String.join("&", kept);
    }
}
