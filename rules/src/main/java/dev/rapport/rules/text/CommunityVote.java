package dev.rapport.rules.text;

import java.util.Locale;
import java.util.Set;

/**
 * A community's own vote or poll announced to its members: "the logo vote closes Sunday, the poll is pinned", "voting
 * for the next book club pick is open". Calling members to take part in the group's decision asks nothing for the
 * writer: it is neither an ask for attention to one's own work nor promotion.
 *
 * <p>Only the group's vote counts: one asked for oneself ("vote for me", "vote for our entry", "my poll") is the
 * writer's, and so is a vote on a platform's page ("vote for my video"), which the promotion detector weighs.
 */
public final class CommunityVote {
    /** Nouns of a vote (general English). */
    private static final Set<String> VOTE = Set.of("vote", "poll", "polls", "voting", "ballot", "ballots");
    /** What a vote being announced does: it opens, closes, ends, is pinned. */
    private static final Set<String> STATE = Set.of("open", "opens", "closes", "close", "closing", "ends", "end",
            "ending", "pinned", "results", "deadline", "live");
    /** The writer's own: "my poll", "vote for me", "our entry". */
    private static final Set<String> OWN = Set.of("my", "mine", "me", "us", "our", "i'm", "im");
    /** Words from the vote to what it does: "voting for the next book club pick is open". */
    private static final int STATE_REACH = 8;
    /** Words after "for" that name whom the vote is for. */
    private static final int FOR_REACH = 2;

    private CommunityVote() {
    }

    /** Whether {@code text} announces a vote of the community and claims nothing of it as the writer's own. */
    public static boolean is(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        // Clause ends become words of their own: what the vote does is said in its clause ("every vote counts, the
        // contest ends tonight" is a plea, and its contest ends).
        String[] words = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[.?!;,:]+", " | ")
                .split("[^\\p{L}'|]+");
        boolean announced = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.equals("my") || w.equals("mine")) {
                return false;
            }
            // "vote for us", "vote for our stall": a vote asked for oneself
            if (w.equals("for") && i > 0 && (words[i - 1].equals("vote") || words[i - 1].equals("voting"))) {
                for (int k = i + 1; k < words.length && k <= i + FOR_REACH; k++) {
                    if (OWN.contains(words[k])) {
                        return false;
                    }
                }
            }
            if (VOTE.contains(w)) {
                // a vote as a thing that opens or closes ("the vote closes Friday"), or named by the article ("the
                // poll", "this month's vote")
                boolean state = false;
                for (int k = i + 1; k < words.length && k <= i + STATE_REACH && !words[k].equals("|"); k++) {
                    state |= STATE.contains(words[k]);
                }
                boolean named = i > 0 && (words[i - 1].equals("the") || words[i - 1].equals("this")
                        || words[i - 1].endsWith("'s"));
                announced |= state || named;
            }
        }
        return announced;
    }
}
