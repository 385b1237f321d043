package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A channel topic that names the members' own records as what the room holds: "members' renovation diaries", "your
 * grow journals", "everyone's build logs". A diary or a log is kept by posting entries to it, one after another, to
 * nobody in particular; a room made of them is a room for one's own posts, as a channel named {@code #build-diary} is.
 *
 * <p>Only as a clause's head, owned by the members: "diaries" alone in a list of a trade's subjects ("contracts,
 * diaries, invoices", "rotas and diaries") is the calendar one books work in, a thing talked about, not a kind of post.
 */
public final class MembersRecords {
    /** The members' possessive heading a clause, a word or two, then the records kept. */
    private static final Pattern RECORDS = Pattern.compile("(?:^|[.,;:!?]\\s*)(?:members['\u2019]|member['\u2019]s"
            + "|everyone['\u2019]s|your)\\s+(?:[\\p{L}'\u2019-]+\\s+){0,2}?"
            + "(?:diary|diaries|journals?|logs?|blogs?)\\b");

    private MembersRecords() {
    }

    /** Whether {@code topic} heads a clause with the members' own diaries, journals, logs or blogs. */
    public static boolean named(String topic) {
        return topic != null && !topic.isEmpty() && RECORDS.matcher(topic.toLowerCase(Locale.ROOT).strip()).find();
    }
}
