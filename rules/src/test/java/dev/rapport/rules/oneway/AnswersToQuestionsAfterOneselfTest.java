package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.AsksAfterThem;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_SELF_FOCUS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question that asks after people ("how's everyone's autumn going?", "anyone had their soil tested yet?", "lovely,
 * which sort?" under one's own news) asks for no help: an answer to it that spends itself on oneself gave the asker
 * nothing to use. Its "I" and "my" were asked for and stay set aside, but in a week whose every turn with others went
 * back to oneself they count with the rest. The same answers to questions asking for help are help from one's own
 * experience, and stay set aside.
 */
class AnswersToQuestionsAfterOneselfTest {
    private static final ChannelInfo PLOTS = ChannelInfo.of("plots", "allotment holders: crops, sheds and weather");

    @Test
    void questionsAskingAfterPeopleAreNoRequestsForHelp() {
        assertThat(AsksAfterThem.is("How's everyone's autumn on the plots going?")).isTrue();
        assertThat(AsksAfterThem.is("how was your week away at the coast?")).isTrue();
        assertThat(AsksAfterThem.is("Anyone had their soil tested yet this year?")).isTrue();
        assertThat(AsksAfterThem.is("how do you keep slugs off lettuce?")).isFalse();
        assertThat(AsksAfterThem.is("which netting works on a windy plot?")).isFalse();
    }

    /** Olga answers three questions with her own greenhouse, then tells the room of it twice. */
    private static Chat week(String first, String second, boolean secondUnderHerAnswer, String third) {
        Chat chat = Chat.coaching("olga");
        MessageId q1 = chat.sayIn(PLOTS, "pip", first);
        chat.later(Duration.ofMinutes(20));
        MessageId a1 = chat.replyIn(PLOTS, "olga", q1, "pip", "At last I put up my greenhouse! It was my own plan, and I "
                + "set aside all my takings from the jam stall for it.");
        chat.later(Duration.ofHours(5));
        MessageId q2 = secondUnderHerAnswer ? chat.replyIn(PLOTS, "rae", a1, "olga", second)
                : chat.sayIn(PLOTS, "rae", second);
        chat.later(Duration.ofMinutes(20));
        chat.replyIn(PLOTS, "olga", q2, "rae", "My cedar one from the county show. I went for it since I hoped my "
                + "peppers would ripen sooner, and my first picking beat my old cold frame by three weeks. I'm delighted "
                + "with my pick.");
        chat.later(Duration.ofHours(20));
        MessageId q3 = chat.sayIn(PLOTS, "sam", third);
        chat.later(Duration.ofMinutes(20));
        chat.replyIn(PLOTS, "olga", q3, "sam", "Mine came back ages ago, my lab was fast as I posted mine in "
                + "January. I send mine off early every year.");
        chat.later(Duration.ofHours(20));
        chat.sayIn(PLOTS, "olga", "I filmed my first crop in my new greenhouse, and I'm chuffed with the short film I made.");
        chat.later(Duration.ofHours(30));
        chat.sayIn(PLOTS, "olga", "I picked again this morning, my best haul of the year. I took four kilos from my "
                + "new greenhouse.");
        return chat.finish();
    }

    @Test
    void firesWhenEveryAnswerToQuestionsAfterHerTurnsToHerself() {
        Chat chat = week("How's everyone's autumn on the plots going?", "Lovely, which sort?", true,
                "Anyone had their soil tested yet this year?");

        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheSameAnswersMetQuestionsAskingForHelp() {
        Chat chat = week("Which greenhouse stands up to a windy plot?", "What gets peppers ripening sooner up north?",
                false, "Where do people send soil off for testing?");

        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }
}
