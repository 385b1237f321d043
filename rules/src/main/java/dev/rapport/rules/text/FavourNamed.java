package dev.rapport.rules.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a message names a favour of attention in so many words, in any form of its verb ("vote", "voted", "if you
 * haven't followed yet", "thanks for all the shares", "a sub would really help", "rate it five stars for me"): a reminder
 * of an ask says what was asked for, however it is worded around it. General English; "like", "check", "rate" and "star"
 * alone are left out, having too many other uses ("like this", "check the pump", "the star of the show", "our rates"):
 * a rating is read only where its stars are counted or named ("five stars", "star rating").
 */
public final class FavourNamed {
    /** The verbs of a favour for one's own thing, as their stems. */
    private static final Set<String> STEMS = Set.of("vote", "follow", "subscribe", "upvote", "wishlist", "nominate",
            "retweet", "repost", "share", "favourite", "favorite");

    /**
     * "sub" and "subs", the short form of "subscribe" everyone uses of channels ("a sub would really help"): shorter than
     * the four letters a stem needs, so read as whole words.
     */
    private static final Set<String> SHORT = Set.of("sub", "subs");
    /**
     * A rating named by its stars: "5 stars", "five-star rating", "rate it 5 stars", "a star rating". A count of stars
     * or "star rating" is the unit an app or a shop is rated in (general English of the stores); "star" alone ("the
     * star of the show") is not.
     */
    private static final Pattern STAR_RATING = Pattern.compile(
            "\\b(?:[1-5]|one|two|three|four|five)[ -]?stars?\\b|\\bstar ratings?\\b");

    private FavourNamed() {
    }

    /** Whether {@code text} names one of the favours, in any of its forms. */
    public static boolean in(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        for (String w : t.split("[^\\p{L}]+")) {
            if (w.length() >= 4 && stem(w) != null || SHORT.contains(w)) {
                return true;
            }
        }
        return STAR_RATING.matcher(t).find();
    }

    /**
     * "voted", "voting", "votes" to "vote"; "followed", "following", "follows" to "follow"; "shares" to "share"; null for
     * a word that is none of them.
     */
    private static String stem(String w) {
        if (STEMS.contains(w)) {
            return w;
        }
        for (String ending : new String[] {"ing", "ed", "es", "s", "d"}) {
            if (w.endsWith(ending) && w.length() > ending.length() + 2) {
                String root = w.substring(0, w.length() - ending.length());
                if (STEMS.contains(root)) {
                    return root;
                }
                if (STEMS.contains(root + "e")) {
                    return root + "e";
                }
            }
        }
        return null;
    }
}
