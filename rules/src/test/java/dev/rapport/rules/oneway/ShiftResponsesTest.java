package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_SELF_FOCUS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shift responses (conversation research): answering someone's news by turning the talk to oneself, with no question
 * or support for them. Posts to a room of one's own posts (#garden-progress) are what the room is for, and their "I"
 * is excused; but a week in which every turn with others also went back to oneself is a week about oneself, and a
 * fair coach reads it whole. One question or word of support for someone keeps the licence.
 */
class ShiftResponsesTest {
    private static final ChannelInfo PROGRESS = ChannelInfo.of("garden-progress", "");
    private static final String[] OWN_POSTS = {
        "I picked my first six tomatoes this morning and my greenhouse smells amazing, I am so pleased with my plants",
        "I moved my peppers into bigger pots today and I think my chillies will be ready before the end of the month",
        "my squash has taken over my whole bed now, I had to tie it up myself with my old bean poles and my twine",
        "I finally finished my compost bays, I built all three myself from my neighbour's old pallets and my own screws",
        "my runner beans reached the top of my canes this week, I have never had my beans this tall in my garden",
    };

    /** Ana's week: her own posts to the room of progress posts, and two replies to others' news. */
    private static Chat anasWeek(String firstReply) {
        Chat chat = Chat.coaching("ana");
        for (String post : OWN_POSTS) {
            chat.sayIn(PROGRESS, "ana", post);
            chat.later(Duration.ofHours(9));
        }
        MessageId plot = chat.say("bob", "general", "got the keys to my first allotment plot today!");
        chat.later(Duration.ofMinutes(10));
        chat.reply("ana", "general", plot, "bob", firstReply);
        chat.later(Duration.ofHours(20));
        MessageId jam = chat.say("cleo", "general", "made my first batch of plum jam and it actually set");
        chat.later(Duration.ofMinutes(10));
        chat.reply("ana", "general", jam, "cleo",
                "I make about forty jars of my jam every year, my plum one won a prize at my village show");
        return chat.finish();
    }

    @Test
    void aWeekOfOwnPostsWhoseRepliesToOthersNewsTurnToOneselfIsSelfFocus() {
        Chat chat = anasWeek("I have had my plot for nine years now, my soil took me three seasons to get right");
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).hasSize(1);
    }

    @Test
    void oneQuestionForSomeoneKeepsTheRoomsLicenceForOwnPosts() {
        Chat chat = anasWeek("congratulations! which site is it on, and what will you grow first?");
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }

    /** Without any turn taken with others, own posts to their room stay what the room is for. */
    @Test
    void ownPostsToTheirRoomAloneAreNotSelfFocus() {
        Chat chat = Chat.coaching("ana");
        for (String post : OWN_POSTS) {
            chat.sayIn(PROGRESS, "ana", post);
            chat.later(Duration.ofHours(9));
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }

    /** Ana's week of own posts, and her answers to two questions others put to the room. */
    private static Chat anasWeekOfAnswers(String slugs, String frost) {
        Chat chat = Chat.coaching("ana");
        for (String post : OWN_POSTS) {
            chat.sayIn(PROGRESS, "ana", post);
            chat.later(Duration.ofHours(9));
        }
        MessageId q1 = chat.say("bob", "general", "what do people do about slugs on young lettuces?");
        chat.later(Duration.ofMinutes(10));
        chat.reply("ana", "general", q1, "bob", slugs);
        chat.later(Duration.ofHours(20));
        MessageId q2 = chat.say("cleo", "general", "how late can courgettes go out if a frost is forecast?");
        chat.later(Duration.ofMinutes(10));
        chat.reply("ana", "general", q2, "cleo", frost);
        return chat.finish();
    }

    /**
     * Since session 40: answers that spend themselves on oneself (I and my four times or more, one word in six, no
     * "you", no question back) give the askers nothing of theirs: with a week of own posts, it is a week about oneself.
     */
    @Test
    void answersThatTurnToOneselfAreNoSupportForTheAskers() {
        Chat chat = anasWeekOfAnswers(
                "I never see slugs, my beds are the tidiest on the whole site and I made my own raised frames",
                "I put mine out weeks ago, my greenhouse is heated so I never lose any of my plants");
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).hasSize(1);
    }

    /** Answers drawn from one's own experience that give the asker something to do keep the rooms' licence. */
    @Test
    void answersFromExperienceThatGiveTheAskerSomethingKeepTheLicence() {
        Chat chat = anasWeekOfAnswers("I ring mine with copper tape, you could try a wool mulch as well",
                "wait till the frost has passed, or cover yours with fleece overnight if you plant now");
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }
}
