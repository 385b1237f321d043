package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.ONEWAY_GIVE_TAKE;
import static org.assertj.core.api.Assertions.assertThat;

class GiveTakeRuleTest {

    @Test
    void firesWhenSomeoneHelpedThreeTimesAndGotNothingBack() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 3; i++) chat.mention("bob", "general", "ana", "here is a tip for your shop " + i);
        chat.say("ana", "general", "busy day");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("most-received")).isEqualTo(3));
    }

    @Test
    void firesForSomeoneWhoOnlyReceivedAllWeekAndNeverWroteAWord() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 3; i++) chat.mention("bob", "general", "ana", "here is a tip for your shop " + i);
        chat.later(java.time.Duration.ofDays(8));
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).hasSize(1);
    }

    @Test
    void staysQuietWhenThePersonGivesBack() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 3; i++) chat.mention("bob", "general", "ana", "here is a tip for your shop " + i);
        chat.mention("ana", "general", "bob", "thank you so much, that helped");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }
}
