package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone's words said back in surprise turn their "me" into "you": "talked you into??" to "my sister talked me into
 * the pottery course" is the same echo as "talked into??" would be, a protest in fun that nobody owes an answer. A
 * "you" where she said nothing of herself is no echo of hers and asks her something.
 */
class EchoTurnedToTheSpeakerTest {

    /** Ana tells the room {@code news}; Bo replies {@code words}; Ana goes on elsewhere and never answers. */
    private static Chat boRepliesToAna(String news, String words) {
        Chat chat = Chat.coaching("ana");
        MessageId said = chat.say("ana", "workroom", news);
        chat.later(Duration.ofMinutes(10)).reply("bo", "workroom", said, "ana", words);
        chat.later(Duration.ofHours(2)).say("ana", "lounge", "the kiln is finally cooling down");
        chat.later(Duration.ofHours(30)).say("ana", "lounge", "two bowls survived, one did not");
        return chat.finish();
    }

    @Test
    void staysQuietForHerOwnWordsSaidBackWithYou() {
        assertThat(boRepliesToAna("week one of the pottery course my sister talked me into",
                "talked you into?? encouraged. warmly.").findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheYouIsNotHerOwnMeSaidBack() {
        assertThat(boRepliesToAna("week one of the pottery course, the tutor talked everyone into glazing",
                "talked you into?").findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
