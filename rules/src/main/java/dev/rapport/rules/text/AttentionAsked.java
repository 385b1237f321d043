package dev.rapport.rules.text;

import java.util.regex.Pattern;

/**
 * A question that asks the one spoken to whether they have looked at the writer's own thing ("have you seen my shop
 * yet?", "did u get a chance to try our new blend?"). It asks for their attention, not for help: it does not make the
 * writer one who comes to the community to ask (a seeker, whom sellers serve), however many such questions they put.
 */
public final class AttentionAsked {
    /**
     * "have/did/had you" (one word such as "ever", "already" or "get a chance to" between) before a verb of looking,
     * trying or hearing, then "my" or "our" later in the same sentence: the thing looked at is the writer's.
     */
    private static final GatedPattern ASKED = GatedPattern.compile("\\b(?:have|did|had)\\s+(?:you|u|ya)\\s+"
            + "(?:(?:ever|already|yet|all|both|guys|get|got)\\s+)?(?:(?:a\\s+)?chance\\s+to\\s+)?"
            + "(?:seen|see|saw|checked|check|looked|look|visited|visit|tried|try|read|watched|watch|heard|hear"
            + "|listened|listen|played|play|downloaded|download)\\b[^.?!\\n]{0,40}?\\b(?:my|our)\\b",
            Pattern.CASE_INSENSITIVE, "my", "our");

    private AttentionAsked() {
    }

    /** Whether {@code text} asks the one spoken to whether they looked at, tried or heard the writer's own thing. */
    public static boolean is(String text) {
        return text != null && ASKED.find(text);
    }
}
