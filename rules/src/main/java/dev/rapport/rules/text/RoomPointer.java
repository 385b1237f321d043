package dev.rapport.rules.text;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a message sends people to another channel by name ("it's in #gear-swap", "details over in #market", "see
 * #for-sale"): a preposition or "see" right before a channel's name. A hashtag on its own ("#handmade #etsy") names no
 * room and is not a pointer.
 */
public final class RoomPointer {
    /** The words that send someone to a place (general English). */
    private static final Set<String> TOWARD = Set.of("in", "on", "at", "see", "into", "to", "check");

    private RoomPointer() {
    }

    /** Whether {@code text} points to a channel by its name. */
    public static boolean names(String text) {
        if (text == null || text.indexOf('#') < 0) {
            return false;
        }
        String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.length() > 1 && w.charAt(0) == '#' && Character.isLetter(w.charAt(1))
                    && TOWARD.contains(words[i - 1].replaceAll("[^\\p{L}]", ""))) {
                return true;
            }
        }
        return false;
    }
}
