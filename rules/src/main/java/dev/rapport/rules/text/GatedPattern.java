package dev.rapport.rules.text;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with the words of which every match holds at least one ("book", "order", "grab" for a call to
 * book): a text that holds none of them cannot match, and is turned away by {@link String#contains} (the JDK's
 * vectorised search) without running the expression. A cue opening on an alternation ({@code \b(?:book|order|...)})
 * tries each of its branches at every position of the text, and the readings run on every message of a replay: the
 * expressions of a dozen readings were a third of the coaching thread's time on a million-message replay.
 *
 * <p>The words are the author's reading of the expression, so they are checked: {@code GatedPatternSoundnessTest}
 * runs every gated expression of the rules, ungated, over every sentence the rules' tests and scenes are written in,
 * and fails where one matches a text that holds none of its words. The words are written in lower case. A
 * case-insensitive expression looks for them case-insensitively in an ASCII text ({@link Lowered}); a text with other
 * characters is not turned away, since Unicode case folding matches letters whose lower case is not the word's (the
 * long s, the Kelvin sign).
 */
public final class GatedPattern {
    private final Pattern pattern;
    private final String[] words;
    private final boolean anyCase;

    private GatedPattern(Pattern pattern, String[] words) {
        this.pattern = pattern;
        this.words = words;
        this.anyCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
    }

    /** {@code regex}, every match of which holds one of {@code anyOf} (lower case, at least one). */
    public static GatedPattern compile(String regex, String... anyOf) {
        return compile(regex, 0, anyOf);
    }

    /** {@code regex} compiled with {@code flags}, every match of which holds one of {@code anyOf}. */
    public static GatedPattern compile(String regex, int flags, String... anyOf) {
        if (anyOf.length == 0) {
            throw new IllegalArgumentException("a gated pattern needs at least one word: " + regex);
        }
        for (String w : anyOf) {
            if (w.isEmpty() || !w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("gate words are non-empty and lower case: '" + w + "'");
            }
        }
        return new GatedPattern(Pattern.compile(regex, flags), anyOf.clone());
    }

    /** Whether {@code text} holds one of the words: false means the expression cannot match it. */
    public boolean mayMatch(String text) {
        if (anyCase && !ascii(text)) {
            return true;
        }
        for (String w : words) {
            if (anyCase ? Lowered.contains(text, w) : text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Whether the expression matches somewhere in {@code text}; the same answer as {@code pattern().matcher(text).find()}. */
    public boolean find(String text) {
        return mayMatch(text) && pattern.matcher(text).find();
    }

    /** A matcher over {@code text}, for reading groups or every match; ask {@link #mayMatch} first to save the work. */
    public Matcher matcher(String text) {
        return pattern.matcher(text);
    }

    /** The expression, ungated. */
    public Pattern pattern() {
        return pattern;
    }

    /** The words, one of which every match holds. */
    public List<String> words() {
        return List.copyOf(Arrays.asList(words));
    }

    @Override
    public String toString() {
        return pattern.pattern() + " gated by " + Arrays.toString(words);
    }
}
