package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.rule.RuleId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static dev.rapport.rules.rule.RuleId.ONEWAY_BROADCAST;
import static dev.rapport.rules.rule.RuleId.ONEWAY_SELF_FOCUS;
import static org.assertj.core.api.Assertions.assertThat;

/** One behaviour, one tip in the one-way family: a project's news to the room is the broadcast tip's alone. */
class OneWayOneTipTest {
    private static final ChannelInfo GENERAL = ChannelInfo.of("general", "");

    private static final List<String> BAKES = List.of("rye", "spelt loaf", "focaccia", "brioche", "seeded batch",
            "baguettes", "cinnamon buns", "pretzels", "sourdough", "oat rolls", "fruit loaf", "flatbreads");

    private static List<RuleId> oneWayTips(Chat chat, String user) {
        return chat.findingsFor(user).stream().filter(Finding::actionable).map(Finding::rule)
                .filter(r -> r == ONEWAY_BROADCAST || r == ONEWAY_SELF_FOCUS).distinct().collect(Collectors.toList());
    }

    @Test
    void aBakerysUpdatesToTheRoomInTheVoiceOfWeAreTheBroadcastTipAlone() {
        Chat chat = Chat.coaching("oda");
        for (String bake : BAKES) {
            chat.say("oda", "general", "We took the " + bake + " out of the oven this morning and our whole crew is "
                    + "pleased with how it rose.");
            chat.later(Duration.ofHours(6));
        }
        chat.finish();

        assertThat(oneWayTips(chat, "oda")).containsExactly(ONEWAY_BROADCAST);
    }

    @Test
    void postsToTheRoomAboutOneselfAreTwoHabitsAndBothTipsStand() {
        Chat chat = Chat.coaching("oda");
        for (String bake : BAKES) {
            chat.say("oda", "general", "I took the " + bake + " out of my oven this morning and I am pleased with "
                    + "how my dough rose.");
            chat.later(Duration.ofHours(6));
        }
        chat.finish();

        assertThat(oneWayTips(chat, "oda")).containsExactlyInAnyOrder(ONEWAY_BROADCAST, ONEWAY_SELF_FOCUS);
    }

    /**
     * In the server's #general, a room for talk by its name: the neighbours' posts there make it no room of posts
     * ({@code RoomOfPostsTest}).
     */
    @Test
    void talkAboutOurselvesInRepliesToPeopleIsNotTheBroadcastsAndBothTipsStand() {
        Chat chat = Chat.coaching("oda");
        for (String bake : BAKES.subList(0, 10)) {
            chat.sayIn(GENERAL, "oda", "Fresh " + bake + " on the counter from nine, while it lasts.");
            chat.later(Duration.ofHours(6));
        }
        for (String neighbour : List.of("ben", "cai")) {
            MessageId hello = chat.sayIn(GENERAL, neighbour, "Lovely smell from the bakery again today.");
            chat.replyIn(GENERAL, "oda", hello, neighbour, "We started at four, our ovens were full all morning, "
                    + "we tried our new starter, our crew loved it, we will keep our hours, and we thank our "
                    + "regulars.");
            chat.later(Duration.ofHours(6));
        }
        chat.finish();

        assertThat(oneWayTips(chat, "oda")).containsExactlyInAnyOrder(ONEWAY_BROADCAST, ONEWAY_SELF_FOCUS);
    }
}
