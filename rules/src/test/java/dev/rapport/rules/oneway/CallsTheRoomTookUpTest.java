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
 * A group's calls and notices that several members took up, each thanked for it, are spoken to the group and answered
 * by it, not a week of speaking to nobody; one answer, a poster who thanks nobody, or posts about oneself are no such
 * thing.
 */
class CallsTheRoomTookUpTest {

    private static final String ROOM = "lobby";

    private static final String[] GROUP_NOTICES = {
        "Litter pick round-up: eleven bags collected from the canal path last month.",
        "The tool store is open again, gloves and grabbers are on the left shelf.",
        "New job: the bus shelter on Mill Lane needs its benches cleared of weeds.",
        "The council have agreed to collect full bags from the bridge on Fridays.",
        "The canal path team still needs someone with a car for the big bags.",
        "Reminder: hi-vis vests go back in the store after each pick, please.",
        "Meeting on Thursday at seven in the church hall, tea provided.",
        "The school wants two pickers to talk to year five about the river.",
        "Bags for the weekend are in the porch of the community centre.",
        "That is the week done, the path looks wonderful.",
    };

    private static final String[] OWN_NEWS = {
        "I finally finished my allotment shed, I am so pleased with my work.",
        "My tomatoes are in and I planted my beans this morning.",
        "I repainted my fence today, my neighbours love my colour.",
        "My first courgette of the year, I am very proud of my patch.",
        "I spent my afternoon weeding my beds, my back aches.",
        "My new hose is a dream, I water my whole plot in minutes.",
        "I picked my first strawberries, my kids ate them all.",
        "My plan for the weekend: my shed, my seedlings and my tea.",
        "I moved my compost bins, my plot looks bigger now.",
        "My week ends with my beds full, I am tired but I am happy.",
    };

    /**
     * Ana's week of posts, nine hours apart; Bob takes up the third and, if {@code twoAnswer}, Cara the fifth; Ana
     * answers each who did with {@code answer}, said to them by name.
     */
    private static Chat week(String[] posts, boolean twoAnswer, String answer) {
        Chat chat = Chat.coaching("ana");
        List<MessageId> ids = new ArrayList<>();
        for (String post : posts) {
            chat.later(Duration.ofHours(9));
            ids.add(chat.say("ana", ROOM, post));
        }
        chat.later(Duration.ofMinutes(20));
        MessageId bob = chat.reply("bob", ROOM, ids.get(2), "ana", "I can do the bus shelter on Saturday.");
        chat.later(Duration.ofMinutes(10));
        chat.reply("ana", ROOM, bob, "bob", answer.replace("NAME", "Bob"));
        if (twoAnswer) {
            chat.later(Duration.ofMinutes(20));
            MessageId cara = chat.reply("cara", ROOM, ids.get(4), "ana", "I have a car, put me down for the big bags.");
            chat.later(Duration.ofMinutes(10));
            chat.reply("ana", ROOM, cara, "cara", answer.replace("NAME", "Cara"));
        }
        return chat.finish();
    }

    /** A week of the group's notices, two of whose calls members took up and were thanked for, was spoken to the group. */
    @Test
    void staysQuietForGroupNoticesTwoMembersTookUpAndWereThankedFor() {
        assertThat(week(GROUP_NOTICES, true, "Thank you NAME!").findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /** The same notices with one member answering: one reader's reply, not a group taking the calls up. */
    @Test
    void firesForTheSameNoticesWithOneAnswer() {
        assertThat(week(GROUP_NOTICES, false, "Thank you NAME!").findings(ONEWAY_BROADCAST)).singleElement();
    }

    /** Two answers and thanks under a week about one's own plot are kind neighbours, not calls taken up. */
    @Test
    void firesForAWeekOfOwnNewsTwoPeopleAnsweredAndWereThankedFor() {
        assertThat(week(OWN_NEWS, true, "Thank you NAME!").findings(ONEWAY_BROADCAST)).singleElement();
    }
}
