package dev.rapport.rules.text;

import java.util.Locale;
import java.util.Set;

/**
 * What a reaction says to the one who asked: most emoji put on a question say yes or thanks (a thumbs-up to "still on
 * for Friday?", a heart to "could you send me the file?"), and close it as an answer would. A few say only that it was
 * seen or is being thought about: 👀 ("looking", "noted"), 👁, 🤔 and 🧐 (thinking), ⏳ and ⌛ (later), ❓ and ❔
 * (what do you mean?), 🤷 (no idea). They leave the question waiting: a look at "who has the hall key over the
 * holidays?" tells nobody who has it.
 */
public final class ReactionMeaning {
    /** The first code point of each emoji that only says "seen" or "thinking"; skin tones and gender signs follow it. */
    private static final Set<Integer> SEEN_ONLY = Set.of(0x1F440, 0x1F441, 0x1F914, 0x1F9D0, 0x23F3, 0x231B, 0x2753,
            0x2754, 0x1F937);
    /** The same as words, for a server's own emoji named after them ("eyes_blink", "thonk"). */
    private static final String[] SEEN_ONLY_NAMES = {"eyes", "eye", "looking", "thinking", "thonk", "hmm", "hourglass",
            "question", "shrug", "monocle"};

    private ReactionMeaning() {
    }

    /** Whether a reaction with {@code emoji} answers the question it is put on; true when the emoji is not known. */
    public static boolean answers(String emoji) {
        if (emoji == null || emoji.isEmpty()) {
            return true;
        }
        int first = emoji.codePointAt(0);
        if (first >= 0x80) {
            return !SEEN_ONLY.contains(first);
        }
        String name = emoji.toLowerCase(Locale.ROOT);
        for (String seen : SEEN_ONLY_NAMES) {
            if (name.contains(seen)) {
                return false;
            }
        }
        return true;
    }
}
