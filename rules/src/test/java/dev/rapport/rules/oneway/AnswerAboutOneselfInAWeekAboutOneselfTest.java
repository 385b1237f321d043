package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_SELF_FOCUS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer that spends itself on oneself ("I was scared before every one of my races, I always told myself…") is set
 * aside as help drawn from experience. But in a week whose only turn with others was that answer, the rest being one's
 * own glories told to the room, the answer helped the asker to nothing and the week is read whole: its "I" and "my"
 * count with the rest. An answer that gives the asker something to use keeps the week as it was.
 */
class AnswerAboutOneselfInAWeekAboutOneselfTest {
    private static final ChannelInfo CLUBHOUSE = ChannelInfo.of("clubhouse", "rowing club volunteers: crews, boats "
            + "and regattas");
    private static final String[] OWN_POSTS = {
        "Thirty years since my first regatta win this summer. I still have my old blade on the wall at home.",
        "I rowed in eleven finals as a junior and I only lost two of them, both to my brother's crew.",
        "When I started the junior squad I did every outing myself, my own launch and my own stopwatch.",
        "Found my medal box in the loft last night, all my pennants from the eighties. Might bring it in.",
    };

    private static Chat weekAnswering(String answer) {
        Chat chat = Chat.coaching("olga");
        for (String post : OWN_POSTS) {
            chat.sayIn(CLUBHOUSE, "olga", post);
            chat.later(Duration.ofHours(20));
        }
        MessageId q = chat.sayIn(CLUBHOUSE, "pip", "Any advice for a jittery eleven-year-old before his first race "
                + "on Saturday?");
        chat.later(Duration.ofMinutes(15));
        chat.replyIn(CLUBHOUSE, "olga", q, "pip", answer);
        return chat.finish();
    }

    @Test
    void anAnswerTurnedToOneselfCountsInAWeekAllAboutOneself() {
        Chat chat = weekAnswering("I was jittery before every one of my eleven finals. I always told myself I had "
                + "trained harder than the others, and I had.");

        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).hasSize(1);
    }

    @Test
    void anAnswerThatGivesTheAskerSomethingToUseLeavesTheWeekQuiet() {
        Chat chat = weekAnswering("Keep his warm-up exactly like training, let him sit with a crewmate, and tell him "
                + "a first race is only practice with an audience.");

        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }
}
