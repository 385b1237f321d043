package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_BURST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four guides packed into one reply to someone's post are said to that person, the reading of one answer, even when
 * their post told what happened in words the coach does not read as a question. A burst is links poured out post after
 * to the room: the same four guides posted one after another in a few minutes are still one.
 */
class LinksInOneReplyTest {
    private static final String FAULT = "The boiler shows F28 and the radiators stay cold. Reset it twice this morning.";

    @Test
    void fourGuidesInOneReplyToSomeonesPostAreOneAnswerNotABurst() {
        Chat chat = Chat.builder("ana").build();
        MessageId post = chat.say("bo", "heating", FAULT);
        chat.later(Duration.ofMinutes(20));
        chat.reply("ana", "heating", post, "bo", "Usually the gas supply or the ignition lead. These explain it: "
                + "https://heatingnotes.example/f28 https://gasmeter.example/check-supply "
                + "https://boilerfix.example/ignition-lead https://safety.example/when-to-call-an-engineer");
        chat.finish();
        assertThat(chat.findings(LINKS_BURST)).isEmpty();
    }

    @Test
    void theSameFourGuidesSentAsFourPostsInAFewMinutesAreABurst() {
        Chat chat = Chat.builder("ana").build();
        chat.say("bo", "heating", "morning all");
        chat.later(Duration.ofMinutes(20));
        chat.say("ana", "heating", "f28 https://heatingnotes.example/f28");
        chat.later(Duration.ofMinutes(2));
        chat.say("ana", "heating", "supply https://gasmeter.example/check-supply");
        chat.later(Duration.ofMinutes(2));
        chat.say("ana", "heating", "ignition https://boilerfix.example/ignition-lead");
        chat.later(Duration.ofMinutes(2));
        chat.say("ana", "heating", "engineers https://safety.example/when-to-call-an-engineer");
        chat.finish();
        assertThat(chat.findings(LINKS_BURST)).isNotEmpty();
    }
}
