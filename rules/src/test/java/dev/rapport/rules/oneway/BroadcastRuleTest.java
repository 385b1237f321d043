package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.ONEWAY_BROADCAST;
import static org.assertj.core.api.Assertions.assertThat;

class BroadcastRuleTest {

    @Test
    void firesWhenNearlyEveryMessageAddressesNobody() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 10; i++) chat.say("ana", "general", "Big news from my studio, part " + i);
        chat.mention("ana", "general", "bob", "thanks bob");
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("share-percent")).isEqualTo(91));
    }

    @Test
    void staysQuietWhenHalfTheMessagesAreConversations() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 6; i++) {
            chat.say("ana", "general", "an update " + i);
            chat.mention("ana", "general", "bob", "what do you think, bob?");
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }
}
