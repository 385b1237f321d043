package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.rapport.rules.rule.RuleId.ONEWAY_SELF_FOCUS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since session 39: how each of the week's own messages stood toward the others (a shift response, support, the words
 * of a post excused as its room's) is kept in the person's snapshot (version 9), so a week with a restart in it is
 * read whole ({@link ShiftResponsesTest}): before, a week read across a restart was never judged all about oneself.
 */
class WeekTurnsRestartTest {
    private static final ChannelInfo PROGRESS = ChannelInfo.of("garden-progress", "");
    private static final String[] OWN_POSTS = {
        "I picked my first six tomatoes this morning and my greenhouse smells amazing, I am so pleased with my plants",
        "I moved my peppers into bigger pots today and I think my chillies will be ready before the end of the month",
        "my squash has taken over my whole bed now, I had to tie it up myself with my old bean poles and my twine",
        "I finally finished my compost bays, I built all three myself from my neighbour's old pallets and my own screws",
        "my runner beans reached the top of my canes this week, I have never had my beans this tall in my garden",
    };

    /**
     * Ana's week as in {@link ShiftResponsesTest}: her own posts to the room of progress posts, and two replies to
     * others' news; with a restart after the first reply, or none.
     */
    private static List<Finding> anasWeek(String firstReply, boolean restart) {
        Chat chat = Chat.coaching("ana");
        for (String post : OWN_POSTS) {
            chat.sayIn(PROGRESS, "ana", post);
            chat.later(Duration.ofHours(9));
        }
        MessageId plot = chat.say("bob", "general", "got the keys to my first allotment plot today!");
        chat.later(Duration.ofMinutes(10));
        chat.reply("ana", "general", plot, "bob", firstReply);
        if (restart) {
            chat.restart();
        }
        chat.later(Duration.ofHours(20));
        MessageId jam = chat.say("cleo", "general", "made my first batch of plum jam and it actually set");
        chat.later(Duration.ofMinutes(10));
        chat.reply("ana", "general", jam, "cleo",
                "I make about forty jars of my jam every year, my plum one won a prize at my village show");
        return chat.finish().findings(ONEWAY_SELF_FOCUS);
    }

    /** Her posts and her first shift response before the restart are still the week's after it: the tip, as without. */
    @Test
    void aWeekTurnedToOneselfBeforeAndAfterARestartIsStillSelfFocus() {
        String shift = "I have had my plot for nine years now, my soil took me three seasons to get right";
        List<Finding> straight = anasWeek(shift, false);

        assertThat(straight).hasSize(1);
        assertThat(anasWeek(shift, true)).isEqualTo(straight);
    }

    /** Her question for Bob before the restart still keeps the rooms' licence after it. */
    @Test
    void aQuestionForSomeoneBeforeARestartStillKeepsTheLicenceAfterIt() {
        String question = "congratulations! which site is it on, and what will you grow first?";
        List<Finding> straight = anasWeek(question, false);

        assertThat(straight).isEmpty();
        assertThat(anasWeek(question, true)).isEqualTo(straight);
    }
}
