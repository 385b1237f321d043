package dev.rapport.rules.text;

import java.util.Set;

/**
 * A laughing word or two ("lol no", "haha same", "😂 me too"): banter. Said in reply to a question it answers, but it
 * gives the asker nothing to use, so it is no help given back to anyone (reciprocity counts what people can use).
 */
public final class Banter {
    /** Laughter typed as words: everyday chat, any community. */
    private static final Set<String> LAUGHS = Set.of("lol", "lool", "lmao", "lmfao", "rofl", "haha", "hahaha",
            "hahahaha", "hehe", "hehehe", "ha", "xd", "kek");
    /** Laughter typed as emoji: face with tears of joy, rolling on the floor, grinning squint, sweat smile. */
    private static final int[] LAUGH_EMOJI = {0x1F602, 0x1F923, 0x1F606, 0x1F605, 0x1F639};
    /** Up to this many words, a laughing reply says nothing beyond the laugh and a yes, a no or a "same". */
    private static final int MAX_WORDS = 3;

    private Banter() {
    }

    /** Whether {@code text} ({@code features} read from it) is a laugh and at most a few words, with no link. */
    public static boolean is(String text, TextFeatures features, boolean hasLinks) {
        if (hasLinks || text == null || features.words() > MAX_WORDS) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            for (int e : LAUGH_EMOJI) {
                if (cp == e) {
                    return true;
                }
            }
            i += Character.charCount(cp);
        }
        String t = Lowered.view(text);
        int start = -1;
        for (int i = 0; i <= t.length(); i++) {
            boolean letter = i < t.length() && Character.isLetter(t.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (LAUGHS.contains(t.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }
}
