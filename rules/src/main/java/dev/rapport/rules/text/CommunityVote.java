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
            // "I'm shortlisted", "I've been nominated", "I'm a finalist": the writer is the candidate, so the vote
            // announced ("the public vote closes Friday") is the one the writer asks to be voted in, not the group's.
            // Not "I'm running the poll": only "in the running" is a candidacy.
            boolean candidacy = w.equals("running") ? i > 0 && words[i - 1].equals("the") : CANDIDATE.contains(w);
            if (candidacy && writerBefore(words, i)) {
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

    /** Nouns of a group people belong to together (general English): the members' club, not a business or a work. */
    private static final Set<String> GROUPS = Set.of("club", "band", "choir", "orchestra", "society", "league", "crew",
            "troupe", "group", "guild", "association", "collective", "community", "server");
    /** Being a candidate in someone's vote: shortlisted, nominated, a finalist, in the running. */
    private static final Set<String> CANDIDATE = Set.of("shortlisted", "nominated", "finalist", "finalists",
            "nominee", "running", "shortlist");
    /** The writer alone: "I'm on the shortlist", "vote for me" make the candidate the writer, not the group. */
    private static final Set<String> SINGULAR = Set.of("my", "mine", "me", "myself", "i", "i'm", "im", "i've", "i'd");
    /** Words from the group to its candidacy: "our club's been shortlisted", "the choir is nominated". */
    private static final int CANDIDATE_REACH = 4;

    /**
     * Whether {@code text} asks for votes for the group itself ("the choir's been shortlisted for the town award, vote
     * for us!", "our society is nominated, please vote"): the group the members share is the candidate, so the vote
     * is the members' cause, like the group's appeal, not attention asked for the writer. The "us" of such a message is
     * the group. Only a group noun with "our" or "the" before it counts, and nothing may make the writer the candidate
     * ("I'm shortlisted", "my entry", "vote for me").
     */
    public static boolean forTheGroup(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String[] words = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}'-]+");
        boolean vote = false;
        boolean candidate = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (SINGULAR.contains(w)) {
                return false;
            }
            vote |= w.equals("vote") || w.equals("votes") || w.equals("voting");
            if ((w.equals("our") || w.equals("the")) && i + 1 < words.length && GROUPS.contains(noun(words[i + 1]))) {
                for (int k = i + 2; k < words.length && k <= i + 1 + CANDIDATE_REACH; k++) {
                    candidate |= CANDIDATE.contains(words[k]);
                }
            }
        }
        return vote && candidate;
    }

    /** Words from the writer to their candidacy: "I'm shortlisted", "I've just been nominated", "I'm a finalist". */
    private static final int WRITER_REACH = 3;

    /** Whether "i", "i'm", "i've" or "i'd" comes up to {@link #WRITER_REACH} words before {@code i}, in its clause. */
    private static boolean writerBefore(String[] words, int i) {
        for (int k = i - 1; k >= 0 && k >= i - WRITER_REACH && !words[k].equals("|"); k--) {
            String w = words[k];
            if (w.equals("i") || w.equals("i'm") || w.equals("im") || w.equals("i've") || w.equals("i'd")) {
                return true;
            }
        }
        return false;
    }

    /** "club's" is the club ("our club's shortlisted"). */
    private static String noun(String word) {
        return word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    }
}
