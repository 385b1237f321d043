package dev.rapport.rules.text;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a message names a favour of attention in so many words, in any form of its verb ("vote", "voted", "if you
 * haven't followed yet", "thanks for all the shares"): a reminder of an ask says what was asked for, however it is
 * worded around it. General English; "like", "check", "rate" and "star" are left out, having too many other uses ("like this",
 * "check the pump", "the star of the show", "our rates").
 */
public final class FavourNamed {
    /** The verbs of a favour for one's own thing, as their stems. */
    private static final Set<String> STEMS = Set.of("vote", "follow", "subscribe", "upvote", "wishlist", "nominate",
            "retweet", "repost", "share", "favourite", "favorite");

    private FavourNamed() {
    }

    /** Whether {@code text} names one of the favours, in any of its forms. */
    public static boolean in(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 4 && stem(w) != null) {
                return true;
            }
        }
        return false;
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
