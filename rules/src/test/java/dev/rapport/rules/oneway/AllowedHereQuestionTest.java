package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.AllowedHere;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Is this allowed in here?" under someone's post asks the room's rules of those who run it: the poster owes it no
 * answer. A question about the post itself, or one asking the poster for leave ("is it ok if I ..."), waits on them.
 */
class AllowedHereQuestionTest {

    /** Ana posts her raffle; Bo replies {@code words}; Ana goes on elsewhere. */
    private static Chat boRepliesToAnasRaffle(String words) {
        Chat chat = Chat.coaching("ana");
        MessageId raffle = chat.say("ana", "chat", "Raffle for my daughter's school, tickets a pound each, ask me");
        chat.later(Duration.ofMinutes(15)).reply("bo", "chat", raffle, "ana", words);
        chat.later(Duration.ofHours(2)).say("ana", "lounge", "new bar tape fitted, feels lovely");
        chat.later(Duration.ofHours(30)).say("ana", "lounge", "legs still sore from Tuesday");
        return chat.finish();
    }

    @Test
    void staysQuietForAQuestionWhetherThePostIsAllowedHere() {
        assertThat(boRepliesToAnasRaffle("Is this even allowed in here?").findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesForAQuestionAboutThePostItself() {
        assertThat(boRepliesToAnasRaffle("Is this the raffle with the hamper as first prize?")
                .findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void askingThePosterForLeaveIsNotAQuestionOfTheRoomsRules() {
        assertThat(AllowedHere.asks("is it ok if I pay on Friday?")).isFalse();
        assertThat(AllowedHere.asks("isn't that against the rules? 😬")).isTrue();
    }
}
