package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.rapport.rules.rule.RuleId.ONEWAY_SELF_FOCUS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since session 63: answers all about oneself are set aside as help drawn from experience, however many "I"s they
 * take, when they tell the asker what one did ("I lowered my oven and the sponge stopped sinking"). An answer that
 * tells only of one's standing (prizes won, better than anybody, fully booked) gives the asker nothing to use: in a
 * week whose every answer to others was such a boast, the answers are read whole.
 */
class BoastingAnswersTest {
    private static final List<String> QUESTIONS = List.of(
            "why do my loaves spread flat on the tray?",
            "any idea why my drizzle cake sinks in the middle?",
            "how long should a sponge cool before icing?",
            "what stops sugar roses cracking when they dry?",
            "my scones come out like rocks, what am I doing wrong?");

    private static Chat weekAnswering(List<String> answers) {
        Chat chat = Chat.coaching("cara");
        for (int i = 0; i < QUESTIONS.size(); i++) {
            chat.say("baker" + i, "baking-help", QUESTIONS.get(i));
            chat.later(Duration.ofMinutes(20));
            chat.mention("cara", "baking-help", "baker" + i, answers.get(i));
            chat.later(Duration.ofHours(20));
        }
        return chat.finish();
    }

    @Test
    void firesForAWeekOfAnswersThatOnlyTellOfOnesOwnStanding() {
        Chat chat = weekAnswering(List.of(
                "I bake more loaves a week than anybody in my street, I've had my sourdough at every fair for ten "
                        + "years and my starter is older than my car.",
                "My lemon drizzle took a rosette at the show two summers running. I keep mine pinned above my oven "
                        + "and I'm proud of them.",
                "I'm fully booked for celebration cakes until the spring. My orders come in faster than I can ice "
                        + "them and I turn most of mine away now.",
                "I made the finest wedding cake my cousin had ever seen, five tiers, and I did every sugar rose on it "
                        + "myself in my own kitchen.",
                "My scones are the lightest at the market, I sell out of mine by ten every Saturday and I have my "
                        + "regulars queueing before I open."));

        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).hasSize(1);
    }

    @Test
    void staysQuietForAWeekOfAnswersThatTellWhatOneDidThatWorked() {
        Chat chat = weekAnswering(List.of(
                "I had my loaves spreading flat too, I shaped mine tighter and I proved them in a floured basket "
                        + "overnight in my fridge and they held.",
                "My drizzle used to sink in my tin. I lowered my oven by twenty degrees and I left the door shut "
                        + "until the last ten minutes.",
                "I ice mine once the sponge is fully cold, I chill my crumb coat for half an hour first and my "
                        + "buttercream stays smooth.",
                "I roll my sugar paste on cornflour, not icing sugar, and I keep mine under cling film while I cut, "
                        + "so my petals never crack.",
                "My scones rose better once I rubbed the butter in cold, I stopped kneading my dough and I cut mine "
                        + "straight down without twisting."));

        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }
}
