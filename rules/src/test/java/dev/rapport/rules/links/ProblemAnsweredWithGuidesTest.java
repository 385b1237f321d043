package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_BURST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who tells the room their problem without a question mark ("the oven door won't seal, I tried a new gasket")
 * asks for help all the same: guides sent in reply to it, several in a few minutes, answer them. Help is not spam.
 * The same links posted to the room in a few minutes, answering nobody, are a burst.
 */
class ProblemAnsweredWithGuidesTest {

    @Test
    void severalGuidesInReplyToAProblemToldWithoutAQuestionAreAnAnswerNotABurst() {
        Chat chat = Chat.builder("ana").build();
        MessageId problem = chat.say("bo", "repairs", "my kettle clicks off before it boils. I tried descaling it "
                + "with vinegar last night");
        chat.later(Duration.ofMinutes(15));
        chat.reply("ana", "repairs", problem, "bo", "first check the thermostat: https://fixit.example/kettle-thermostat");
        chat.later(Duration.ofMinutes(2));
        chat.reply("ana", "repairs", problem, "bo", "then the contacts: https://fixit.example/kettle-contacts");
        chat.later(Duration.ofMinutes(2));
        chat.reply("ana", "repairs", problem, "bo", "a good overview https://appliances.example/why-kettles-trip");
        chat.later(Duration.ofMinutes(2));
        chat.reply("ana", "repairs", problem, "bo", "and a video of the fix https://video.example/watch?v=kettle-fix");
        chat.finish();
        assertThat(chat.findings(LINKS_BURST)).isEmpty();
    }

    /** Four guides in the one answer to someone's question, opened with what the trouble sounds like, are help. */
    @Test
    void severalGuidesInOneAnswerThatSaysWhatItSoundsLikeAreHelpNotABurst() {
        Chat chat = Chat.builder("ana").build();
        MessageId question = chat.say("bo", "found-a-plant", "my fern's fronds went brown and crispy at the tips, "
                + "should I cut them off?");
        chat.later(Duration.ofMinutes(10));
        chat.reply("ana", "found-a-plant", question, "bo", "sounds like dry air more than water. trim the brown bits, "
                + "mist it and keep it off the radiator. these explain it well: https://ferns.example/crispy-tips "
                + "https://houseplants.example/humidity https://gardening.example/fern-care "
                + "https://plantclinic.example/when-to-repot");
        chat.finish();
        assertThat(chat.findings(LINKS_BURST)).isEmpty();
    }

    @Test
    void theSameLinksPostedToTheRoomAnsweringNobodyAreABurst() {
        Chat chat = Chat.builder("ana").build();
        chat.say("bo", "repairs", "morning all");
        chat.later(Duration.ofMinutes(15));
        chat.say("ana", "repairs", "thermostats https://fixit.example/kettle-thermostat");
        chat.later(Duration.ofMinutes(2));
        chat.say("ana", "repairs", "contacts https://fixit.example/kettle-contacts");
        chat.later(Duration.ofMinutes(2));
        chat.say("ana", "repairs", "overview https://appliances.example/why-kettles-trip");
        chat.later(Duration.ofMinutes(2));
        chat.say("ana", "repairs", "video https://video.example/watch?v=kettle-fix");
        chat.finish();
        assertThat(chat.findings(LINKS_BURST)).isNotEmpty();
    }
}
