package dev.rapport.rules.promo;

import dev.rapport.rules.links.AsciiWords;
import dev.rapport.rules.links.CharRanges;

import java.util.Set;

import static dev.rapport.rules.promo.Lexicon.ADDRESSEE;
import static dev.rapport.rules.promo.Lexicon.ME;
import static dev.rapport.rules.promo.Lexicon.MY;
import static dev.rapport.rules.promo.Lexicon.PLEASE;

/**
 * Links that promote. A link alone is not promotion (answers are links too); these are the links that carry
 * their own proof: a referral code that pays the writer, a crowdfunding page, a domain spaced out to dodge
 * filters, or a link next to an ask ("like this page!", "vote for us", "my new song: ...").
 */
final class LinkCues implements CueFinder {
    /**
     * Query parameters that name who referred the click: the conventions of affiliate programmes ("ref", "aff",
     * "affiliate", Amazon Associates' "tag", eBay Partner Network's "campid") and invite schemes ("invite").
     */
    static final AsciiWords REFERRAL_PARAMETERS = AsciiWords.of(Set.of("ref", "referral", "referrer", "refid",
            "ref_id", "aff", "affid", "aff_id", "affiliate", "affiliateid", "affiliate_id", "partner", "invite",
            "inviter", "r", "refcode", "ref_code", "promo", "promocode", "tag", "campid"));
    /** Path segments of referral links, the same conventions in a path: example.com/ref/abc123. */
    static final AsciiWords REFERRAL_SEGMENTS = AsciiWords.of(Set.of("ref", "refer", "referral", "referrals",
            "invite", "aff", "affiliate", "partners"));
    /** The best-known crowdfunding and creator-tipping platforms: a link there asks for money. */
    static final AsciiWords FUNDRAISING_HOSTS = AsciiWords.of(Set.of("gofundme.com", "gofund.me",
            "kickstarter.com", "indiegogo.com", "patreon.com", "ko-fi.com", "buymeacoffee.com", "paypal.me",
            "cash.app", "donorbox.org", "givebutter.com", "liberapay.com", "opencollective.com"));
    /**
     * General-purpose public link shorteners: a shortened link hides where it goes, which is why spam and paid-
     * per-click links use them. Taken from the public, maintained list at github.com/PeterDaveHello/url-shorteners
     * (file {@code list}, CC BY-SA 4.0), keeping only the shorteners anyone can use; brand shorteners (youtu.be,
     * apple.co) name where they go and are left out, and invite links (t.me, discord.gg) are links of their own.
     */
    static final AsciiWords SHORTENERS = AsciiWords.of(Set.of("bit.ly", "bitly.com", "tinyurl.com", "goo.gl", "ow.ly",
            "is.gd", "v.gd", "cutt.ly", "rb.gy", "t.ly", "shorturl.at", "tiny.cc", "rebrand.ly", "buff.ly", "j.mp",
            "adf.ly", "adfoc.us", "bc.vc", "ouo.io", "exe.io", "s.id", "dub.sh", "kutt.it", "clck.ru", "x.gd",
            "shorturl.com", "tinylink.net", "urlr.me", "bl.ink", "da.gd", "cut.lu", "qr.net", "u.to",
            "snip.ly"));
    /** Verbs that, asked next to a link, make the link something to act on for the writer. */
    static final WordList LINK_ASKS = WordList.of(17, "like", "share", "vote", "follow", "subscribe", "donate",
            "support", "retweet", "register", "signup", "sign", "join", "click", "upvote", "add", "help", "repost",
            "spread", "fund", "back", "pledge", "sub", "open", "download", "install");
    /** Verbs of seeming, after which "like" is the preposition of a comparison ("sounds like a loose belt"). */
    static final WordList SEEMING = WordList.of(56, "sounds", "sound", "sounded", "looks", "look", "looked", "looking",
            "seems", "seem", "seemed", "feels", "feel", "felt", "smells", "smell", "smelled", "smelt", "tastes", "taste",
            "tasted", "appears", "appear");
    private static final int MAX_PLEA_WORDS = 3;
    /** Words of a naked link's framing at most: "check this out guys https://...". */
    private static final int MAX_FRAMING_WORDS = 4;
    /** Words that draw attention to a link without saying anything about it. */
    static final WordList FRAMING = WordList.of(18, "check", "checkout", "this", "these", "that", "out", "it",
            "watch", "look", "see", "listen", "visit", "click", "here", "at", "to", "go", "new", "link", "video",
            "vid", "nice", "wow", "cool", "awesome", "amazing", "great", "epic", "funny", "lol", "lmao", "haha",
            "hahaha", "omg", "xd", "hey", "hi", "hello", "yo", "guys", "so", "must", "now", "just", "enjoy", "best",
            "love", "the", "a", "and", "also", "too", "ok", "oh", "damn", "dude", "bro");

    @Override
    public void find(PromoTokens t, Set<Cue> found) {
        // "donate" is an ask next to a link: a message without one needs no search for it
        if (t.anywhereIn(LINK_ASKS.bit())) {
            for (int i = 0; i < t.size(); i++) {
                // "please donate to me", "donate to my project": money for the writer, link or not
                if (t.isWord(i, "donate") && leading(t, i) && !t.inQuestion(i)
                        && (t.links() > 0 || Asks.findAhead(t, i, 4, MY | ME) > 0)) {
                    found.add(Cue.FUNDRAISER);
                }
            }
        }
        if (t.links() == 0) {
            linkInBio(t, found);
            return;
        }
        if (nakedLink(t)) {
            found.add(Cue.NAKED_LINK);
        }
        boolean onlyHelpLinks = onlyHelpLinks(t);
        int words = t.wordCount();
        boolean plea = words > 0 && words <= MAX_PLEA_WORDS;
        if (t.links() > 0 && words <= MAX_PLEA_WORDS) {
            words = 0; // a bare drop: the link is the message
        }
        for (int i = 0; i < t.size(); i++) {
            TokenKind kind = t.kind(i);
            if (kind == TokenKind.DISGUISED_LINK) {
                found.add(Cue.DISGUISED_LINK);
            }
            if (kind == TokenKind.LINK) {
                // the link is read in place: a link that is no cue costs no allocation
                String url = t.linkChars(i);
                int from = t.linkStart(i);
                int to = t.linkEnd(i);
                if (hasReferral(url, from, to)) {
                    found.add(Cue.REFERRAL_LINK);
                }
                int hostStart = hostStart(url, from, to);
                int hostEnd = hostEnd(url, hostStart, to);
                if (fundraising(url, hostStart, hostEnd)) {
                    found.add(Cue.FUNDRAISER);
                } else if (SHORTENERS.contains(url, hostStart, hostEnd)) {
                    found.add(Cue.SHORTENED_LINK);
                }
                if (goTo(t, i)) {
                    found.add(Cue.GO_TO_SITE);
                }
                LinkKind linkKind = t.linkKind(i);
                if (linkKind == LinkKind.PROFILE || linkKind == LinkKind.LISTING || linkKind == LinkKind.PETITION) {
                    found.add(plea || words == 0 ? Cue.PROMO_LINK_DROP : Cue.PROMO_LINK);
                }
                continue;
            }
            if (kind != TokenKind.WORD) {
                continue;
            }
            if (plea && t.is(i, PLEASE)) {
                found.add(Cue.LINK_PLEA);
            }
            if (t.in(i, LINK_ASKS) && !onlyHelpLinks && linkAsk(t, i)) {
                // "sign up here: https://...": signing up takes part in the writer's thing (a walk, a test, a
                // course), the way "register" does in the ask cues: an invitation to it, not attention to one's work
                found.add(signUp(t, i) ? Cue.INVITE_TO_OWN : Cue.LINK_WITH_ASK);
            }
            if (t.is(i, MY)) {
                int thing = AskCues.thingAfterOwner(t, i);
                if (thing >= 0 && !Asks.helpRequest(t, thing)) {
                    found.add(Cue.OWN_LINK);
                }
            }
        }
        linkInBio(t, found);
    }

    /**
     * Only a link to content, or a link framed by a few words of attention: "https://example.tv/v/12345",
     * "check this out https://...", "Nice! https://...", "https://... =)". Not a link to help or a picture, not a
     * link asked about ("https://...?"), and not a link said to someone by name ("bob: https://..."), which is an
     * answer.
     */
    private static boolean nakedLink(PromoTokens t) {
        boolean content = false;
        int words = 0;
        for (int i = 0; i < t.size(); i++) {
            switch (t.kind(i)) {
                case LINK -> {
                    LinkKind kind = t.linkKind(i);
                    if (kind == LinkKind.HELP || kind == LinkKind.PICTURE || t.inQuestion(i)) {
                        return false;
                    }
                    if (!spelledOut(t.linkChars(i), t.linkStart(i), t.linkEnd(i))) {
                        return false; // "ubuntu.pl": a site named in talk, not dropped
                    }
                    content = true;
                }
                case WORD -> {
                    if (++words > MAX_FRAMING_WORDS || !framing(t, i)) {
                        return false;
                    }
                }
                case NUMBER, MONEY, PERCENT, HANDLE -> {
                    return false;
                }
                default -> {
                    // clause breaks and spaced-out links neither frame nor spoil a bare link
                }
            }
        }
        return content;
    }

    /** A link written to be followed: with a scheme, "www." or a path, not a bare domain name. */
    private static boolean spelledOut(String url, int from, int to) {
        return CharRanges.startsWith(url, from, to, "http") || CharRanges.startsWith(url, from, to, "www.")
                || CharRanges.indexOf(url, from, to, '/') > from;
    }

    /** A word that only draws attention to a link: "check this out", "watch", "look", "nice", "wow", "guys". */
    private static boolean framing(PromoTokens t, int i) {
        return t.is(i, PLEASE | ADDRESSEE) || t.in(i, FRAMING);
    }

    /** Every link of the message points at help or a picture: an answer or a problem shown, not a promotion. */
    private static boolean onlyHelpLinks(PromoTokens t) {
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i) != TokenKind.LINK) {
                continue;
            }
            LinkKind kind = t.linkKind(i);
            if (kind != LinkKind.HELP && kind != LinkKind.PICTURE) {
                return false;
            }
        }
        return true;
    }

    /** "sign up", "signup", "register": asked next to a link, a registration for the writer's thing. */
    private static boolean signUp(PromoTokens t, int i) {
        return t.isWord(i, "signup") || t.isWord(i, "register") || t.isWord(i, "sign") && t.isWord(i + 1, "up");
    }

    /** "go to https://...", "go here https://...", "visit https://...". */
    private static boolean goTo(PromoTokens t, int link) {
        int verb = t.isWord(link - 1, "to") || t.isWord(link - 1, "here") ? link - 2 : link - 1;
        return (t.isWord(verb, "go") || t.isWord(verb, "visit")) && Asks.isAsk(t, verb);
    }

    /**
     * An ask leading its clause, not a statement, a question or a verb inside a sentence of help: "like this
     * page", "please vote for us", "click here"; not "if you want to share the connection, see https://...".
     */
    private static boolean linkAsk(PromoTokens t, int i) {
        if (t.inQuestion(i)) {
            return false;
        }
        String w = t.text(i);
        if (w.equals("like")) {
            return likeAsk(t, i);
        }
        if (!leading(t, i)) {
            return false;
        }
        switch (w) {
            case "click": case "open":
                // "open" with nothing after it but a stop ("Also open: <link>", "now open. <link>") says a scheme,
                // a shop or a call is open, the adjective of a notice, not the command to open something: opening
                // takes an object ("open this", "open the link"), where "click" alone is the command (general English).
                return t.isWord(i + 1, "here") || t.isWord(i + 1, "on") || t.isWord(i + 1, "this") || t.isWord(i + 1, "the")
                        || t.isWord(i + 1, "link") || t.isBreak(i + 1) && !"open".equals(w)
                        || t.isKind(i + 1, TokenKind.LINK);
            case "join": case "sign": case "register": case "signup": case "add":
                return t.isWord(i + 1, "me") || t.isWord(i + 1, "us") || t.isWord(i + 1, "here") || t.isWord(i + 1, "now")
                        || t.isWord(i + 1, "up") || t.isWord(i + 1, "free") || t.isWord(i + 1, "today") || t.isWord(i + 1, "my")
                        || t.isWord(i + 1, "our") || t.isBreak(i + 1) || t.isKind(i + 1, TokenKind.LINK);
            case "download": case "install":
                for (int j = i + 1; j < t.size() && j <= i + 4 && !t.isBreak(j); j++) {
                    if (t.isWord(j, "free") || t.isWord(j, "now") || t.isWord(j, "today") || t.is(j, MY)) {
                        return true;
                    }
                }
                return false;
            case "help":
                return t.isWord(i + 1, "me") || t.isWord(i + 1, "us") || t.isWord(i + 1, "my") || t.isWord(i + 1, "our");
            case "back":
                return t.isWord(i + 1, "my") || t.isWord(i + 1, "our") || t.isWord(i + 1, "this") || t.isWord(i + 1, "us");
            default:
                return true;
        }
    }

    /**
     * "like this page!", "if you all like this drawing", "please like Nordlicht", "Like Some Studio" with a
     * profile link; not the preposition: "sites like www...", "a taskbar like this: https://...".
     */
    private static boolean likeAsk(PromoTokens t, int i) {
        if (t.isKind(i + 1, TokenKind.LINK) || t.isWord(i + 1, "this") && t.isBreak(i + 2)) {
            return false;
        }
        // After a verb of seeming "like" compares, it asks nothing: "sounds like a loose belt", "looks like a blocked
        // nozzle", "feels like the old firmware". An answer often opens so, and its guides follow.
        if (t.in(i - 1, SEEMING)) {
            return false;
        }
        // So it does after a thing named with "a" or "an" ("a kettle like yours needs descaling", "an engine like this
        // one"): one asks people to like a page or a post, never "a page like …", and an answer pricing the asker's
        // kind of job often says it so.
        if (t.isKind(i - 1, TokenKind.WORD) && (t.isWord(i - 2, "a") || t.isWord(i - 2, "an"))) {
            return false;
        }
        if (t.is(i + 1, Lexicon.OTHER_DETERMINER | MY | ME) && !t.isKind(i + 2, TokenKind.LINK)) {
            return Asks.isAsk(t, i);
        }
        return leading(t, i) && (t.is(i - 1, PLEASE) || profileLink(t));
    }

    private static boolean profileLink(PromoTokens t) {
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i) == TokenKind.LINK && t.linkKind(i) == LinkKind.PROFILE) {
                return true;
            }
        }
        return false;
    }

    /**
     * An imperative at the head of its clause (links before it do not count: "https://... like this page"), or
     * right after "please": "please like", "guys, vote for us".
     */
    private static boolean leading(PromoTokens t, int i) {
        if (!Asks.isAsk(t, i)) {
            return false;
        }
        if (t.is(i - 1, PLEASE)) {
            return true;
        }
        for (int j = i - 1; j >= 0 && !t.isBreak(j); j--) {
            if (t.kind(j) != TokenKind.LINK && !t.is(j, Lexicon.SOFTENER | PLEASE | ADDRESSEE)) {
                return false;
            }
        }
        return true;
    }

    private static void linkInBio(PromoTokens t, Set<Cue> found) {
        if (!t.anywhereIn(FRAMING.bit())) {
            return; // "link" is a framing word
        }
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.isWord(i, "link") && t.isWord(i + 1, "in")
                    && (t.isWord(i + 2, "bio") || t.isWord(i + 2, "my") && t.isWord(i + 3, "bio"))) {
                found.add(Cue.LINK_IN_BIO);
                return;
            }
        }
    }

    /** Where the host of the link in {@code url} from {@code from} to {@code to} starts: after the scheme and any user. */
    private static int hostStart(String url, int from, int to) {
        int scheme = CharRanges.indexOf(url, from, to, "://");
        int start = scheme < 0 ? from : scheme + 3;
        int at = CharRanges.lastIndexOf(url, start, hostEnd(url, start, to), '@');
        if (at >= 0) {
            start = at + 1;
        }
        // compare on the registrable part: "www.gofundme.com" is "gofundme.com"
        return CharRanges.startsWith(url, start, to, "www.") ? start + 4 : start;
    }

    private static int hostEnd(String url, int start, int to) {
        int end = start;
        while (end < to && url.charAt(end) != '/' && url.charAt(end) != '?' && url.charAt(end) != '#') {
            end++;
        }
        return end;
    }

    /** The host is a fundraising platform's or one of its subdomains: "m.gofundme.com" is "gofundme.com". */
    private static boolean fundraising(String url, int hostStart, int hostEnd) {
        if (FUNDRAISING_HOSTS.contains(url, hostStart, hostEnd)) {
            return true;
        }
        for (int dot = CharRanges.indexOf(url, hostStart, hostEnd, '.'); dot >= 0;
                dot = CharRanges.indexOf(url, dot + 1, hostEnd, '.')) {
            if (FUNDRAISING_HOSTS.contains(url, dot + 1, hostEnd)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A referral or affiliate code in the link in {@code url} from {@code from} to {@code to}, read in place:
     * ?ref=a1b2c3d4, ?aff_id=5512, /ref/maker2024.
     */
    static boolean hasReferral(String url, int from, int to) {
        int n = to;
        int i = CharRanges.indexOf(url, from, to, "://");
        i = i < 0 ? from : i + 3;
        while (i < n && url.charAt(i) != '/' && url.charAt(i) != '?' && url.charAt(i) != '#') {
            i++;
        }
        // Path segments
        int previousStart = -1;
        int previousEnd = -1;
        while (i < n && url.charAt(i) == '/') {
            int end = i + 1;
            while (end < n && url.charAt(end) != '/' && url.charAt(end) != '?' && url.charAt(end) != '#') {
                end++;
            }
            if (previousStart >= 0 && REFERRAL_SEGMENTS.contains(url, previousStart, previousEnd)
                    && looksLikeCode(url, i + 1, end)) {
                return true;
            }
            previousStart = i + 1;
            previousEnd = end;
            i = end;
        }
        // Query and fragment parameters
        while (i < n) {
            char c = url.charAt(i);
            if (c != '?' && c != '&' && c != '#' && c != ';') {
                i++;
                continue;
            }
            int nameStart = i + 1;
            int eq = nameStart;
            while (eq < n && url.charAt(eq) != '=' && url.charAt(eq) != '&' && url.charAt(eq) != '#') {
                eq++;
            }
            if (eq >= n || url.charAt(eq) != '=') {
                i = eq;
                continue;
            }
            int valueEnd = eq + 1;
            while (valueEnd < n && url.charAt(valueEnd) != '&' && url.charAt(valueEnd) != '#') {
                valueEnd++;
            }
            if (REFERRAL_PARAMETERS.contains(url, nameStart, eq) && looksLikeCode(url, eq + 1, valueEnd)) {
                return true;
            }
            i = valueEnd;
        }
        return false;
    }

    /** A personal code, not a word: "88213", "k3x9q2", "annasmithdesign"; not "hl", "main", "stream". */
    private static boolean looksLikeCode(String url, int from, int to) {
        int length = to - from;
        if (length < 4 || length > 40) {
            return false;
        }
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = url.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (!Character.isLetter(c) && c != '-' && c != '_') {
                return false;
            }
        }
        return digit || length >= 10;
    }
}
