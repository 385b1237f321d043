package dev.rapport.rules.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The verbs of online attention, in one place: what people ask of each other when they ask for a follow, a like, a
 * share or a look (general English). The promotion detector's ask cues and {@link FavourAsk} each use a part of
 * them; they are built here from the same groups so that a verb added to a group reaches every user of it.
 *
 * <p>The groups, and who uses which:
 * <ul>
 *   <li>{@link #ON_ACCOUNTS}: verbs whose only object on a platform is an account or a post (one follows, likes or
 *   rates a page): the ask cues' "follow my salon on instagram" whatever the thing is called;</li>
 *   <li>{@link #LOOKING}: verbs that ask people to look at something or give it their attention, not to buy it
 *   ("check out my shop", "follow my page");</li>
 *   <li>{@link #FAVOUR}: the verbs of a favour asked of one person ("could you like and share my post?",
 *   "would you mind following our page?").</li>
 * </ul>
 */
public final class AttentionVerbs {
    /**
     * Verbs whose object is an account or a post and nothing else; a game's store page is wishlisted the way a
     * channel is subscribed to.
     */
    private static final List<String> ACCOUNT = List.of("follow", "like", "subscribe", "sub", "rate", "upvote",
            "retweet", "repost", "wishlist");
    /** Marking a post a favourite. */
    private static final List<String> FAVOURITE = List.of("favorite", "favourite", "fav");
    /** Attention that has other objects too: one shares a screen or a location, votes on a motion. */
    private static final List<String> SPREAD = List.of("share", "vote");
    /**
     * Giving a vote or a mark of merit in a listing or a contest ("favourite-point my cache", "nominate my shot",
     * "star my repo"): asked as a favour for one's own thing, attention to lift it up a list.
     */
    private static final List<String> MERIT = List.of("favourite", "favorite", "fave", "fav", "nominate", "star",
            "upvote");
    /** Asking for a look or for support, not for a click: "see", "visit", "listen to", "join". */
    private static final List<String> LOOK = List.of("check", "checkout", "look", "see", "visit", "watch", "listen",
            "view", "peep", "read", "support", "join");
    /**
     * The forms after "would you mind" ("would you mind sharing my post?"). Only these: "voting", "subbing" and
     * "checking" were never read as favours and are left as they were.
     */
    public static final List<String> ASKED_AS_GERUND = List.of("following", "sharing", "subscribing", "liking",
            "rating", "upvoting", "reposting", "retweeting", "wishlisting");
    /**
     * The forms after "would you mind" of the verbs whose object is an account or a post ({@link #ON_ACCOUNTS}): "would
     * you mind rating it on the store?". Not "sharing", which has other objects too.
     */
    public static final List<String> ON_ACCOUNTS_ASKED = ASKED_AS_GERUND.stream()
            .filter(g -> !g.equals("sharing")).toList();

    /** {@link #ACCOUNT} and {@link #FAVOURITE}: one follows, likes, rates or favourites a page or a post. */
    public static final List<String> ON_ACCOUNTS = join(ACCOUNT, FAVOURITE);
    /** Every attention verb and the verbs of looking: asked to look at it or give it attention, not to buy it. */
    public static final List<String> LOOKING = join(ACCOUNT, FAVOURITE, SPREAD, LOOK);
    /**
     * A favour asked for one's own stuff: the account verbs, sharing and voting, "check (out)", and their forms after
     * "would you mind", and the marks of merit ("could you favourite my entry?", "would you nominate my photo?").
     */
    public static final List<String> FAVOUR = join(ACCOUNT, SPREAD, MERIT, List.of("check"), ASKED_AS_GERUND);

    private AttentionVerbs() {
    }

    @SafeVarargs
    private static List<String> join(List<String>... groups) {
        List<String> all = new ArrayList<>();
        for (List<String> g : groups) {
            for (String w : g) {
                if (!all.contains(w)) {
                    all.add(w);
                }
            }
        }
        return List.copyOf(all);
    }
}
