package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A figure of the person's own said back with one word naming what it is, then a verdict on them ("6am start? you're
 * mad" to "ride leaves at 6am"), is disbelief said aloud: owed no answer. The same fragment without the verdict may ask
 * in earnest whether that is what they meant, and waits.
 */
class EchoWithAVerdictTest {

    /** Ana posts the Sunday ride; Bo replies {@code words}; Ana goes on elsewhere. */
    private static Chat boRepliesToAnasRide(String words) {
        Chat chat = Chat.coaching("ana");
        MessageId ride = chat.say("ana", "rides", "Sunday ride: 80km, leaving the square at 6am sharp");
        chat.later(Duration.ofMinutes(15)).reply("bo", "rides", ride, "ana", words);
        chat.later(Duration.ofHours(2)).say("ana", "lounge", "new bar tape fitted, feels lovely");
        chat.later(Duration.ofHours(30)).say("ana", "lounge", "legs still sore from Tuesday");
        return chat.finish();
    }

    @Test
    void staysQuietForAFigureSaidBackWithAVerdict() {
        assertThat(boRepliesToAnasRide("6am start? You're mad").findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesForTheSameFragmentWithoutAVerdict() {
        assertThat(boRepliesToAnasRide("6am start?").findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
