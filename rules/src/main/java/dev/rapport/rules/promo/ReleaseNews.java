package dev.rapport.rules.promo;

import java.util.Set;

/**
 * A release announced by its bare kind, at the start of a message: "Episode 42 is out", "New video just dropped",
 * "Chapter 7 is live!", "New episode!", "Bonus episode out now". How people talk: someone passing on another's work
 * names whose it is ("the new Veritasium video is out", "Mara's new chapter"), while a creator announces their own
 * release by its kind and number alone, since the room knows whose show it is. The words claim nothing, so alone
 * they are news; the engine reads them as one's own release when the link is one's own (a series of releases from
 * the same place, {@code CoachEngine}).
 *
 * <p>The kinds are made works that come out in instalments; software versions, patches and updates are left out, as
 * people announce those of the tools they use as often as of their own.
 */
public final class ReleaseNews {
    /** Works released one after another by whoever makes them. */
    private static final Set<String> KINDS = Set.of("episode", "ep", "video", "vid", "vlog", "devlog", "chapter",
            "track", "song", "single", "mix", "podcast", "stream", "comic", "strip", "post", "article", "essay",
            "newsletter", "issue", "pattern", "print", "collection", "drop", "part");
    /** Words before the kind that say it is new, not whose it is. */
    private static final Set<String> NEWNESS = Set.of("new", "brand", "latest", "newest", "bonus", "fresh",
            "another");
    /** Words saying it came out: "is out", "just dropped", "now live". */
    private static final Set<String> OUT = Set.of("out", "live", "up", "dropped", "released", "available",
            "published", "uploaded", "here", "posted");
    /** Words between the kind (and its number) and the word that says it came out. */
    private static final Set<String> LINKING = Set.of("is", "s", "just", "now", "finally", "has", "been", "went",
            "goes", "officially");
    /** Only the opening is read: the announcement is how the message starts. */
    private static final int OPENING_WORDS = 8;

    private ReleaseNews() {
    }

    /** Whether the message opens by announcing a release by its bare kind. */
    public static boolean is(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        // Words of the opening, lowered, with whether a colon, an exclamation mark or a dash ends each.
        String[] words = new String[OPENING_WORDS];
        boolean[] ends = new boolean[OPENING_WORDS];
        boolean[] capital = new boolean[OPENING_WORDS];
        int n = 0;
        int i = 0;
        int len = text.length();
        while (i < len && n < OPENING_WORDS) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int s = i;
                while (i < len && (Character.isLetterOrDigit(text.charAt(i)))) {
                    i++;
                }
                capital[n] = Character.isUpperCase(c);
                words[n++] = text.substring(s, i).toLowerCase(java.util.Locale.ROOT);
                continue;
            }
            if (text.startsWith("http", i)) {
                break;
            }
            if (n > 0 && (c == ':' || c == '!' || c == '-' || c == '\u2014')) {
                ends[n - 1] = true;
            }
            if (c == '?') {
                return false; // asking whether it is out is not announcing it
            }
            if (c == '.' || c == '\n') {
                break;
            }
            i++;
        }
        int k = 0;
        boolean fresh = false;
        while (k < n && k < 2 && NEWNESS.contains(words[k])) {
            fresh = true;
            k++;
        }
        // one plain word may say what it is about ("new recipe video"); a capitalised one names whose it is
        if (fresh && k + 1 < n && !capital[k] && !KINDS.contains(words[k]) && KINDS.contains(words[k + 1])
                && !ends[k]) {
            k++;
        }
        if (k >= n || !KINDS.contains(words[k])) {
            return false;
        }
        int kind = k++;
        // its number: "Episode 42", "Chapter #7" (the mark is not a word)
        boolean numbered = k < n && Character.isDigit(words[k].charAt(0)) && !ends[kind];
        if (numbered) {
            k++;
        }
        // "New episode!" "New video: ..." announce by their mark alone once said to be new
        if (fresh && ends[k - 1]) {
            return true;
        }
        int linking = k;
        while (k < n && LINKING.contains(words[k])) {
            k++;
        }
        // "Post up your photos" is not news: a bare kind needs its number or an "is" to be announced
        return k < n && OUT.contains(words[k]) && (fresh || numbered || k > linking);
    }
}
