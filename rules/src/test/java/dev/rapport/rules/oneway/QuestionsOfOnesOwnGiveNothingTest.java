package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question of one's own put to someone by name takes their time and waits for them to give; thanks in reply to
 * their answer, or straight under one's own post to those who replied there, return what was given. None of these is
 * a word given before a later ask of the room. A question about someone else's own post, in reply to it, is.
 */
class QuestionsOfOnesOwnGiveNothingTest {

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void anAskAfterOnlyAskingAHelperByNameAndThankingThemIsStillCold() {
        Chat chat = chat();
        MessageId question = chat.mention("ana", "paint-chat", "bo", "@bo the emulsion looks streaky after one coat, "
                + "what helps?");
        chat.later(Duration.ofMinutes(30));
        MessageId answer = chat.reply("bo", "paint-chat", question, "ana", "A second thin coat, Ana, with a foam "
                + "roller.");
        chat.later(Duration.ofMinutes(20));
        chat.reply("ana", "paint-chat", answer, "bo", "Perfect, thank you!");
        chat.later(Duration.ofDays(6));
        chat.say("ana", "paint-chat", "Please vote for my hallway, voting shuts on Friday: "
                + "contest.example/vote/ana");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void anAskAfterOnlyThankingAComplimentUnderOwnPostIsStillCold() {
        Chat chat = chat();
        MessageId shown = chat.say("ana", "paint-show", "Hallway finished! Sage walls and a white skirting.");
        chat.later(Duration.ofMinutes(20));
        chat.reply("cy", "paint-show", shown, "ana", "Lovely Ana, the sage really suits it.");
        chat.later(Duration.ofMinutes(20));
        chat.reply("ana", "paint-show", shown, "ana", "Thanks Cy, the tips in here made all the difference.");
        chat.later(Duration.ofDays(6));
        chat.say("ana", "paint-show", "My hallway is on a shortlist! Please vote for me: contest.example/vote/ana");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void anAskAfterAQuestionAboutSomeoneElsesOwnPostIsLetGo() {
        Chat chat = chat();
        MessageId shown = chat.say("bo", "paint-show", "Finally painted the stairs, two coats of floor paint.");
        chat.later(Duration.ofMinutes(20));
        chat.reply("ana", "paint-show", shown, "bo", "That looks hard-wearing, Bo, did you sand the treads first?");
        chat.later(Duration.ofDays(6));
        chat.say("ana", "paint-show", "My hallway is on a shortlist! Please vote for me: contest.example/vote/ana");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).isEmpty();
    }
}
