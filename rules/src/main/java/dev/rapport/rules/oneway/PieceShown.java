package dev.rapport.rules.oneway;

import dev.rapport.rules.promo.PromoVerdict;
import dev.rapport.rules.text.FavourAsk;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One piece of one's work (or one occasion one runs) shown to the room with a word to come and look: "check out my new
 * blog post on glazing: <link>", "the pics are on my site, the kiln looks great lit up: <link>", "more on my flickr if
 * you like that sort of thing", "live now, come hang → <link>", "check out my spring workshop: <link>". That is how
 * people share what they made: it asks nobody for a favour that counts for the writer (a follow, a like, a vote, a
 * rating), so it is not an ask for attention. Whether it is too much of one's own work, pushed too often, is
 * promotion's question (promo.self, the link rules), which weighs the post as the announcement it is.
 *
 * <p>A call to look at the writer's account as a whole ("check out my channel", "have a look at my portfolio",
 * "check me out") asks for an audience, not for a look at one thing, and stays an ask; so does any favour asked
 * besides ("check out my new video and subscribe"). Where the words do not say which it is ("check it out"), it is
 * not this.
 */
final class PieceShown {
    /** Verbs that call people to come and look (general English). */
    private static final Set<String> LOOK = Set.of("check", "checkout", "look", "see", "visit", "peep", "view",
            "watch", "read", "listen", "come", "head", "hop", "pop", "swing", "go");
    /** Little words between the verb and what is looked at: "check out", "have a look at", "pop over to". */
    private static final Set<String> PARTICLES = Set.of("out", "at", "over", "into", "by", "through", "to", "on",
            "in", "a", "quick");
    /** Words that start what is looked at; with a piece's noun after them, it is one piece. */
    private static final Set<String> DETERMINERS = Set.of("my", "our", "the", "this", "these", "that", "those");
    /** The writer's own, as the object of the call: "check out my page". */
    private static final Set<String> OWN = Set.of("my", "our");
    /** The writer as the object of the call: "check me out". */
    private static final Set<String> SELF = Set.of("me", "us");
    /** One piece of work, not the account it is on (general English). */
    private static final Set<String> PIECES = Set.of("post", "posts", "blogpost", "article", "articles", "writeup",
            "essay", "piece", "video", "videos", "vid", "vids", "episode", "pics", "pictures", "photos",
            "photo", "shots", "clip", "clips", "track", "song", "single", "mix", "thread", "guide", "tutorial",
            "sketch", "sketches", "drawing", "drawings", "painting", "paintings", "build", "render", "renders");
    /**
     * One occasion of one's own, which people come to or sign up for: a call to look at it ("have a look at our
     * autumn taster evening: <link>") announces the occasion, as a post shows one piece, and asks no favour (general
     * English).
     */
    private static final Set<String> OCCASIONS = Set.of("seminar", "seminars", "workshop", "workshops", "course",
            "courses", "class", "classes", "webinar", "talk", "exhibition", "concert", "recital", "screening",
            "tasting", "retreat", "masterclass", "launch");
    /** Words up to a piece's noun after its determiner: "my new blog post", "the pics". */
    private static final int DETERMINER_TO_PIECE = 3;
    /** Words up to what is looked at after the verb: "have a quick look at". */
    private static final int VERB_TO_OBJECT = 3;
    /**
     * Favours that count for the writer (general English): a follow, a subscription, a share, a vote, a rating or a
     * review, a wishlist, a star, a repost, support. Any of them keeps the message an ask; a word that is also
     * something else ("the following week") errs the same way, toward the ask as it was. "Like" is read apart: it is
     * also a preference ("if you like that sort of thing").
     */
    private static final List<String> FAVOUR_STEMS = List.of("follow", "subscri", "wishlist", "favourit", "favorit",
            "upvot", "retweet", "repost", "nominat");
    /** Short favours, whole words only: "sub" is not "subject", "star" not "started". */
    private static final Set<String> FAVOUR_WORDS = Set.of("sub", "subs", "subbed", "subbing", "share", "shares",
            "shared", "sharing", "vote", "votes", "voted", "voting", "rate", "rated", "rating", "ratings", "review",
            "reviews", "star", "stars", "starred", "fav", "fave", "faves", "favs", "boost", "support", "donate",
            "donations", "sub4sub", "f4f");
    /** Words before "like" that make it a preference or a likeness, not the favour ("if you like", "looks like"). */
    private static final Set<String> LIKING = Set.of("you", "u", "i", "we", "they", "ya", "looks", "look", "feels",
            "feel", "sounds", "seems", "just", "would", "d", "you'd", "i'd");
    /** The detector's findings that are themselves an ask of a favour ("sub4sub", "every rating helps"). */
    private static final Set<String> FAVOUR_CUES = Set.of("reciprocal-ask", "subscribe-ask", "attention-plea",
            "link-plea", "comment-bait", "support-ask", "third-party-call", PromoVerdict.FAVOUR_ASKED);
    private static final String GOING_LIVE = "going-live";
    private static final Pattern LINK = Pattern.compile("\\S*://\\S*|\\bwww\\.\\S*");

    private PieceShown() {
    }

    /** Whether {@code text} shows one piece of the writer's work to look at and asks no favour besides. */
    static boolean only(String text, PromoVerdict verdict) {
        if (text == null || text.isEmpty() || favourAsked(text, verdict)) {
            return false;
        }
        String[] words = words(text);
        // A stream that is live now is the piece: "come watch", "come hang" call people to it, not to the channel.
        boolean live = verdict.reasons().contains(GOING_LIVE);
        boolean piece = live;
        for (int i = 0; i < words.length; i++) {
            if (LOOK.contains(words[i])) {
                int object = objectOf(words, i);
                if (object < 0) {
                    continue;
                }
                if (pieceAt(words, object)) {
                    piece = true;
                } else if (OWN.contains(words[object]) || !live && SELF.contains(words[object])) {
                    // "check out my channel", "check me out": an audience asked for ("come watch me" on a live stream
                    // is the stream)
                    return false;
                }
            } else if (words[i].equals("more") && i + 2 < words.length && PARTICLES.contains(words[i + 1])
                    && OWN.contains(words[i + 2])) {
                // "more on my insta": says where more of the piece shown is, and asks nothing
                piece = true;
            }
        }
        return piece;
    }

    /** The index of what the look verb at {@code verb} calls people to, past its particles; -1 when none is near. */
    private static int objectOf(String[] words, int verb) {
        for (int k = verb + 1; k < words.length && k <= verb + VERB_TO_OBJECT + 1; k++) {
            if (!PARTICLES.contains(words[k])) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a determiner at {@code at} starts one piece of work: "my new blog post", "the pics". */
    private static boolean pieceAt(String[] words, int at) {
        if (!DETERMINERS.contains(words[at])) {
            return false;
        }
        for (int k = at + 1; k < words.length && k <= at + DETERMINER_TO_PIECE; k++) {
            if (PIECES.contains(words[k]) || OCCASIONS.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the message asks a favour that counts for the writer, in words or as the detector read it. */
    private static boolean favourAsked(String text, PromoVerdict verdict) {
        for (String reason : verdict.reasons()) {
            if (FAVOUR_CUES.contains(reason)) {
                return true;
            }
        }
        if (FavourAsk.is(text) || FavourAsk.ofTheRoom(text)) {
            return true;
        }
        String[] words = words(text);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if ((w.equals("like") || w.equals("likes") || w.equals("liked") || w.equals("liking"))
                    && (i == 0 || !LIKING.contains(words[i - 1]))) {
                return true;
            }
            if (FAVOUR_WORDS.contains(w)) {
                return true;
            }
            for (String stem : FAVOUR_STEMS) {
                if (w.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The message's words without its links (an address's path is no word said), lowered, split at anything but
     * letters, digits and apostrophes ("favourite-point": two words).
     */
    private static String[] words(String text) {
        return LINK.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .split("[^\\p{L}\\p{N}']+");
    }
}
