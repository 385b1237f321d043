package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attention verbs were three lists kept by hand in two places (the ask cues' two, {@link FavourAsk}'s one); they
 * are now built from one set of groups. Each list is pinned here to exactly the words it held before, so the move
 * changed nothing a cue reads; "wishlist" (a game's store page is wishlisted the way a channel is subscribed to) was
 * added to the account verbs later, on purpose.
 */
class AttentionVerbsTest {

    @Test
    void theVerbsOfAccountsAreTheAskCuesFormerList() {
        assertThat(AttentionVerbs.ON_ACCOUNTS).containsExactlyInAnyOrder("follow", "like", "subscribe", "sub", "rate",
                "upvote", "retweet", "repost", "favorite", "favourite", "fav", "wishlist");
    }

    @Test
    void theVerbsOfLookingAreTheAskCuesFormerList() {
        assertThat(AttentionVerbs.LOOKING).containsExactlyInAnyOrder("check", "checkout", "look", "see", "visit",
                "watch", "listen", "view", "peep", "read", "follow", "like", "share", "subscribe", "sub", "support",
                "vote", "upvote", "join", "rate", "favorite", "favourite", "fav", "retweet", "repost", "wishlist");
    }

    @Test
    void theVerbsOfAFavourAreFavourAsksFormerListAndTheMarksOfMerit() {
        assertThat(AttentionVerbs.FAVOUR).containsExactlyInAnyOrder("follow", "like", "share", "subscribe", "sub",
                "upvote", "vote", "retweet", "repost", "rate", "check", "following", "sharing", "subscribing", "liking",
                "rating", "upvoting", "reposting", "retweeting", "wishlist", "wishlisting", "favourite", "favorite", "fave", "fav", "nominate", "star");
    }

    /** Every verb that asks for a click on an account is also a verb of looking: one group feeds both. */
    @Test
    void everyAccountVerbIsAVerbOfLooking() {
        assertThat(AttentionVerbs.LOOKING).containsAll(AttentionVerbs.ON_ACCOUNTS);
    }
}
