package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A run of posts to come, promised or asked for: one's own word that updates will follow in the room ("updates to
 * follow here", "we'll post updates as we know more"), or someone asking the person to post a diary or updates
 * ("could you keep a journal of the build?", "can you share updates as it goes?"). The posts that follow are what was
 * promised to those waiting, or asked for: said to them, not to nobody. General English of a report promised or
 * requested; the posts themselves are judged by the caller (no question, link or sale).
 */
public final class PostsPromised {
    /**
     * The things a run of posts is: updates, a diary, a journal, progress reports (general English). Plural updates
     * only: one update asked for is one post; and not a log, which is as often a machine's file as a diary.
     */
    private static final String SERIES = "(?:updates|(?:a |the |your |my |our )?(?:diary|journal|progress reports"
            + "|daily reports))";
    /**
     * One's own word that such posts will come: "updates to follow", "I'll post updates here". Gated by the series'
     * words: read on every post of the person's to the room, most of which name none of them.
     */
    private static final GatedPattern PROMISED = GatedPattern.compile(
            "\\b(?:more )?updates (?:to follow|will follow|to come|as we (?:know|go|get)|as i (?:know|go|get))\\b"
                    + "|\\b(?:i'll|i will|we'll|we will|i'm going to|we're going to) (?:post|put up|share|keep posting"
                    + "|give) (?:regular |daily |more )?" + SERIES + "\\b", Pattern.CASE_INSENSITIVE,
            "updates", "diary", "journal", "reports");
    /** Someone asking the person to post such a run: "could you keep a journal", "can you share updates". */
    private static final GatedPattern ASKED = GatedPattern.compile(
            "\\b(?:would|could|can|will) you (?:please )?(?:post|share|keep|write|put up|do) (?:us |a few |some )?"
                    + SERIES + "\\b", Pattern.CASE_INSENSITIVE, "updates", "diary", "journal", "reports");

    private PostsPromised() {
    }

    /** Whether {@code text} promises a run of updates to the room. */
    public static boolean promised(String text) {
        return text != null && PROMISED.mayMatch(text) && PROMISED.matcher(normal(text)).find();
    }

    /** Whether {@code text} asks the one it speaks to for a run of posts: a diary, a journal, updates. */
    public static boolean asked(String text) {
        return text != null && text.indexOf('?') >= 0 && ASKED.mayMatch(text) && ASKED.matcher(normal(text)).find();
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
