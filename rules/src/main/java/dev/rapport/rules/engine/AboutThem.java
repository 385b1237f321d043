package dev.rapport.rules.engine;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words that turn a message to the reader's own person or things: a welcome ("welcome Jo!") or a word of theirs owned
 * ("your", "yours"). A question so put takes an interest in them, which is a word given, not a question of one's own.
 */
final class AboutThem {
    /** A welcome at the start, or the reader's things named as theirs (general English). */
    private static final Pattern THEIRS = Pattern.compile("^\\W*welcome\\b|\\b(your|yours|ur|urs)\\b");

    private AboutThem() {
    }

    static boolean is(String text) {
        return text != null && THEIRS.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).find();
    }
}
