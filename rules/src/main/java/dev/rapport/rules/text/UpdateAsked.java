package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * News of one's own given because others asked for it, said so at its opening ("since people asked, here's where the
 * move is at", "for those who asked: the surgery went fine", "as a few of you asked, an update on the allotment"):
 * its "I" and "my" are the answer the room wanted, not talk about oneself unasked. General English of a report owed to
 * its askers; the words must come early (within the first sentence or so), where a report says why it is told.
 */
public final class UpdateAsked {
    /** How far into the message the reason may come: the opening, not a remark at the end. */
    private static final int OPENING = 90;
    private static final Pattern ASKED = Pattern.compile(
            "\\b(?:since|as|because) (?:people|folks|you|you all|y'?all|everyone|a few (?:of you|people)"
                    + "|some (?:of you|people)|several (?:of you|people)|a couple of you) (?:have |had |kept )?"
                    + "(?:asked|been asking|keep asking|were asking)\\b"
                    + "|\\bfor (?:those|anyone|everyone|all) (?:of you )?who(?:'ve| have)? (?:asked|been asking)\\b"
                    + "|\\b(?:as|by) (?:requested|popular demand)\\b");

    private UpdateAsked() {
    }

    /** Whether {@code text} opens by saying it is told because others asked for it. */
    public static boolean in(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String opening = text.substring(0, Math.min(text.length(), OPENING)).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'');
        return ASKED.matcher(opening).find();
    }
}
