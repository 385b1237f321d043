package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who asks whether there is an app for a job asks to be pointed at one: the maker's own, said as such and
 * given with its link, answers them, and is not the link pushed a third time that week. The same link under a
 * question that asked for nothing to get is.
 */
class OwnAppGivenWhenAskedWhetherThereIsOneTest {

    private static Chat twoPostsThenAnAnswerTo(String question) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("ana", "general", "check out my new stall planner app, 20% off this week, sign up here: https://stallplan.example/app");
        chat.later(Duration.ofHours(20));
        chat.say("ana", "tools", "my stall planner app now has weather alerts! free 14-day trial: https://stallplan.example/app");
        chat.later(Duration.ofDays(2));
        MessageId q = chat.say("bo", "tools", question);
        chat.later(Duration.ofMinutes(15));
        chat.reply("ana", "tools", q, "bo", "fair warning, it's mine: stall planner does pitch fees "
                + "https://stallplan.example/app. a shared spreadsheet works too if you'd rather not sign up");
        return chat.finish();
    }

    @Test
    void theMakersOwnAppGivenToSomeoneAskingWhetherThereIsOneAnswersThem() {
        Chat chat = twoPostsThenAnAnswerTo("is there an app that tracks pitch fees across different markets?");

        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    @Test
    void theSameLinkUnderAQuestionThatAskedForNothingToGetIsTheThirdPost() {
        Chat chat = twoPostsThenAnAnswerTo("does anyone else lose track of pitch fees across different markets?");

        assertThat(chat.findings(LINKS_REPEAT)).isNotEmpty();
    }
}
