package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.rapport.rules.rule.RuleId.ONEWAY_BROADCAST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run of news posted to the room that the room kept reacting to, and whose readers thanked the poster and were
 * answered, is a service the room values, not a week of speaking to nobody; a single thank-you, reactions to one's own
 * doings, or a week of offers are no such thing.
 */
class NewsTheRoomTookUpTest {

    private static final String ROOM = "potters-bench";

    private static final String[] CLAY_NEWS = {
        "Clay news: the Northgate clay works is shut for a kiln rebuild until the 20th at least.",
        "Halden Supplies still have stoneware bodies today, five bags a customer.",
        "Halden now want two days' notice on any order over ten bags.",
        "The Eastfield merchant is opening trade accounts again, porcelain only for now.",
        "Eastfield porcelain is about a fifth dearer than Northgate was.",
        "Glaze frits are short too, the coastal depot is out until Tuesday.",
        "Northgate have pushed the reopening back to the 24th.",
        "Halden had a dozen bags of buff stoneware left at noon today.",
        "Halden are out of stoneware now, Eastfield still have porcelain.",
        "Northgate confirm the reopening for the 24th, that is the last of the news this week.",
    };

    private static final String[] OWN_DOINGS = {
        "I finally finished my new studio shelves, I am so pleased with my space.",
        "My first firing in my new kiln went in this morning, I was up at five for it.",
        "I glazed my whole mug batch today, my new blue is my favourite yet.",
        "My kiln opened and I love my bowls, I think my rims are my best so far.",
        "I spent my afternoon photographing my pots for my website.",
        "My new clay body is a dream, I am keeping it for all my work.",
        "I sold my first big jug this morning, my hands are still shaking.",
        "My plan for the weekend: my wheel, my playlist and my glazes.",
        "I rearranged my studio again, my wedging table is by my window now.",
        "My week ends with my shelves full, I am tired but I am happy.",
    };

    private static final String[] OFFERS = {
        "Studio seconds sale: mugs at £8 each this week, message me to order.",
        "Bowls from the last firing, £15 each, message me to order.",
        "Jugs still available at £25, message me to order before Friday.",
        "Seconds sale continues: plates £10 each, message me to order.",
        "Two large planters left at £30, message me to order.",
        "Mug sets of four at £28, message me to order this week.",
        "Sale ends Sunday: everything a fifth off, message me to order.",
        "Butter dishes at £12 each, message me to order.",
        "Last few mugs at £8, message me to order.",
        "Final day of the seconds sale, message me to order today.",
    };

    /**
     * Ana's week of posts, nine hours apart; {@code reactions}: whether Bob and Cara react to every third post; a
     * thank-you from Bob under the eighth post, which Ana answers.
     */
    private static Chat week(String[] posts, boolean reactions) {
        Chat chat = Chat.coaching("ana");
        List<MessageId> ids = new ArrayList<>();
        for (String post : posts) {
            chat.later(Duration.ofHours(9));
            ids.add(chat.say("ana", ROOM, post));
        }
        if (reactions) {
            for (int i = 0; i < ids.size(); i += 3) {
                chat.react("bob", ids.get(i), "ana", ROOM, "🙏");
                chat.react("cara", ids.get(i), "ana", ROOM, "👍");
            }
        }
        chat.later(Duration.ofMinutes(20));
        MessageId thanks = chat.reply("bob", ROOM, ids.get(7), "ana",
                "Thanks for keeping us in the loop, ana, it saved my firing.");
        chat.later(Duration.ofMinutes(10));
        chat.reply("ana", ROOM, thanks, "bob", "Glad it was useful.");
        return chat.finish();
    }

    /** News about a supplier that the room reacted to all week, one reader thanking her and answered, is a service. */
    @Test
    void staysQuietForNewsTheRoomKeptReactingToAndThankedHerFor() {
        assertThat(week(CLAY_NEWS, true).findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /** The same news with one thank-you and no reaction all week: one reader's manners, not a room that took it up. */
    @Test
    void firesForTheSameNewsWithOneThankYouAndNoReactions() {
        assertThat(week(CLAY_NEWS, false).findings(ONEWAY_BROADCAST)).singleElement();
    }

    /** Reactions and a thank-you to a week about one's own studio are congratulations, not news taken up. */
    @Test
    void firesForAWeekOfOwnDoingsTheRoomReactedTo() {
        assertThat(week(OWN_DOINGS, true).findings(ONEWAY_BROADCAST)).singleElement();
    }

    /** Reactions and a thank-you under a week of offers do not make the offers a service to the room. */
    @Test
    void firesForAWeekOfOffersTheRoomReactedTo() {
        assertThat(week(OFFERS, true).findings(ONEWAY_BROADCAST)).singleElement();
    }
}
