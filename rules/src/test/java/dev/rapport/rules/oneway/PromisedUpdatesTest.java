package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_BROADCAST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Updates one promised the room ("updates to follow here"), or was asked there to post ("could you post a diary of
 * your shifts?"), are said to those waiting for them or who asked: a week of them is no week of posts to nobody.
 */
class PromisedUpdatesTest {

    private static final String[] UPDATES = {
        "Update: the kiln engineer is booked for the morning.",
        "Update: the element has burnt through, a new one is ordered.",
        "Update: the element arrives on the afternoon van.",
        "Update: element fitted, test firing overnight.",
        "Update: test firing went fine, temperatures even.",
        "Update: the first glaze load goes in at noon.",
        "Update: glaze load one is cooling.",
        "Update: glaze load two goes in this evening.",
        "Update: second load out, no cracks.",
        "Update: back to the usual firing days from tomorrow.",
    };

    private static Chat weekOfUpdates(Chat chat) {
        for (String update : UPDATES) {
            chat.later(Duration.ofHours(9));
            chat.say("ana", "pottery", update);
        }
        chat.mention("ana", "pottery", "bob", "bob, your mugs are in the second load");
        chat.finish();
        return chat;
    }

    /** Told the room that updates would follow for everyone waiting, the updates are owed to them. */
    @Test
    void staysQuietForTheUpdatesOnePromisedThoseWaiting() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "pottery", "The kiln failed overnight, nobody hurt. Updates to follow here for everyone with "
                + "pieces in the queue.");
        assertThat(weekOfUpdates(chat).findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /** Asked in the room for a run of posts, the posts that follow are the ones asked for. */
    @Test
    void staysQuietForTheDiarySomeoneAskedFor() {
        Chat chat = Chat.coaching("ana");
        chat.mention("bob", "pottery", "ana", "ana, could you post a diary of the kiln repair? we'd all learn from it");
        assertThat(weekOfUpdates(chat).findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /** A restart the day after the promise does not make the promised updates posts to nobody (snapshot version 16). */
    @Test
    void staysQuietForThePromisedUpdatesAcrossARestart() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "pottery", "The kiln failed overnight, nobody hurt. Updates to follow here for everyone with "
                + "pieces in the queue.");
        chat.later(Duration.ofHours(20));
        chat.restart();
        assertThat(weekOfUpdates(chat).findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /** The same week of updates, neither promised nor asked for, speaks to nobody in particular. */
    @Test
    void firesForTheSameUpdatesNobodyWasPromisedOrAskedFor() {
        Chat chat = Chat.coaching("ana");
        chat.mention("bob", "pottery", "ana", "ana, could you post the firing rota?");
        chat.say("ana", "pottery", "The kiln failed overnight, nobody hurt.");
        assertThat(weekOfUpdates(chat).findings(ONEWAY_BROADCAST)).singleElement();
    }
}
