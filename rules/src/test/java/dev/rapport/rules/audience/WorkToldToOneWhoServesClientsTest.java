package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone already known here to work for clients (a client of theirs said so: "I sent my cousin your way") does paid
 * work, though they never posted an offer. Work of theirs told to them ("you resoled my boots in May") is told by one of
 * those clients, whose question is owed an answer first. Told to someone nobody knows to work for clients, the same
 * words may be a favour between friends.
 */
class WorkToldToOneWhoServesClientsTest {

    /**
     * A cobblers' server where people sell (Pip sent a friend to Bo): {@code helped} is the one Pip thanks; then Lou
     * asks Ana about her boots and Ana chats elsewhere for a day.
     */
    private static Chat louAsksAna(String helped) {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "lounge", "the new hand stitcher finally came, what a machine");
        chat.later(Duration.ofHours(1)).mention("pip", "lounge", helped, "thanks for sorting my walking shoes. "
                + "I sent my cousin your way, she has three pairs that need heels");
        chat.later(Duration.ofHours(1)).mention("pip", "lounge", "bo", "I sent my uncle your way last week, his "
                + "riding boots need heels");
        chat.later(Duration.ofDays(1)).mention("lou", "questions", "ana", "you resoled my boots in May and the "
                + "left heel is coming loose already. can I bring them back under your guarantee?");
        chat.later(Duration.ofHours(3)).say("ana", "lounge", "anyone else find the cheap welt glue goes stringy?");
        chat.later(Duration.ofHours(24)).say("ana", "lounge", "fixed it, warm the tin first");
        return chat.finish();
    }

    @Test
    void firesWhenWorkIsToldToOneAClientSaidTheyWorkFor() {
        Chat chat = louAsksAna("ana");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenNobodySaidTheOneToldWorksForClients() {
        Chat chat = louAsksAna("bo");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
