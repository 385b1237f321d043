package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_BURST;
import static org.assertj.core.api.Assertions.assertThat;

class LinksBurstRuleTest {

    @Test
    void firesOnFourLinksWithinTenMinutes() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "https://a.example/1 and https://a.example/2");
        chat.say("ana", "general", "https://a.example/3");
        chat.say("ana", "general", "https://a.example/4");
        assertThat(chat.findings(LINKS_BURST)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("links")).isEqualTo(4));
    }

    @Test
    void staysQuietWhenLinksAreSpreadOut() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 6; i++) {
            chat.say("ana", "general", "https://a.example/" + i);
            chat.later(Duration.ofMinutes(5));
        }
        assertThat(chat.findings(LINKS_BURST)).isEmpty();
    }
}
