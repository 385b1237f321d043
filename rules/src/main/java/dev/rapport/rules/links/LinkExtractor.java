package dev.rapport.rules.links;

import dev.rapport.rules.model.Link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds links in message text and gives each a fingerprint that survives the usual disguises of the same link:
 * scheme, {@code www.}, letter case of the host, fragment, trailing slash, default port and tracking parameters.
 *
 * <p>Hand-written scanning, not a regular expression: it runs on every message, is linear in the text and
 * allocates only for the links it finds.
 */
public final class LinkExtractor {

    /** Query parameters that only say where a click came from; the same page with another one is the same link. */
    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "ref", "ref_src", "ref_url",
            "referrer", "source", "si", "_hsenc", "_hsmi", "mkt_tok", "spm", "share", "feature");

    private LinkExtractor() {
    }

    /** The links in {@code text}, in order of appearance; empty when there are none. */
    public static List<Link> extract(String text) {
        if (text == null || text.isEmpty()) return List.of();
        List<Link> links = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int start = findStart(text, i);
            if (start < 0) break;
            int end = start;
            while (end < n && isUrlChar(text.charAt(end))) end++;
            end = trimTrailingPunctuation(text, start, end);
            String url = text.substring(start, end);
            Link link = toLink(url);
            if (link != null) {
                if (links == null) links = new ArrayList<>(2);
                links.add(link);
            }
            i = Math.max(end, start + 1);
        }
        return links == null ? List.of() : List.copyOf(links);
    }

    /** The fingerprint of a single URL, or {@code null} when it is not a web link. */
    public static String fingerprint(String url) {
        Link link = toLink(url);
        return link == null ? null : link.fingerprint();
    }

    private static int findStart(String text, int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c != 'h' && c != 'H' && c != 'w' && c != 'W') continue;
            if (i > 0 && isWordChar(text.charAt(i - 1))) continue;
            if (regionMatches(text, i, "https://") || regionMatches(text, i, "http://")) return i;
            if (regionMatches(text, i, "www.") && i + 4 < n && isHostChar(text.charAt(i + 4))) return i;
        }
        return -1;
    }

    private static boolean regionMatches(String text, int at, String prefix) {
        return text.regionMatches(true, at, prefix, 0, prefix.length());
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '/' || c == '.';
    }

    private static boolean isHostChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
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
                if (count(text, start, end, open) < count(text, start, end, c)) end--;
                else break;
            } else {
                break;
            }
        }
        return end;
    }

    private static int count(String text, int start, int end, char c) {
        int k = 0;
        for (int i = start; i < end; i++) if (text.charAt(i) == c) k++;
        return k;
    }

    private static Link toLink(String url) {
        String rest = url;
        int scheme = rest.indexOf("://");
        if (scheme >= 0) {
            String s = rest.substring(0, scheme).toLowerCase(Locale.ROOT);
            if (!s.equals("http") && !s.equals("https")) return null;
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
        String host = rest.substring(0, hostEnd).toLowerCase(Locale.ROOT);
        int at = host.lastIndexOf('@');
        if (at >= 0) host = host.substring(at + 1);
        if (host.endsWith(":80") || host.endsWith(":443")) host = host.substring(0, host.lastIndexOf(':'));
        if (host.startsWith("www.")) host = host.substring(4);
        while (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        if (host.isEmpty() || host.indexOf('.') < 0 && !host.startsWith("localhost")) return null;

        String tail = rest.substring(hostEnd);
        int hash = tail.indexOf('#');
        if (hash >= 0) tail = tail.substring(0, hash);
        String path = tail;
        String query = "";
        int q = tail.indexOf('?');
        if (q >= 0) {
            path = tail.substring(0, q);
            query = cleanQuery(tail.substring(q + 1));
        }
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        String fingerprint = query.isEmpty() ? host + path : host + path + "?" + query;
        return new Link(url, fingerprint, host);
    }

    /** Drops tracking parameters and sorts the rest, so parameter order does not make a new link. */
    private static String cleanQuery(String query) {
        if (query.isEmpty()) return query;
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name)) continue;
            kept.add(pair);
        }
        kept.sort(null);
        return String.join("&", kept);
    }
}
