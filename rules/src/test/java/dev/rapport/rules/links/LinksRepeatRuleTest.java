package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

class LinksRepeatRuleTest {

    @Test
    void firesWhenTheSameLinkIsCrossPostedIntoThreeChannels() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "my shop https://www.ana.shop/?utm_source=discord");
        chat.say("ana", "random", "my shop http://ana.shop");
        chat.say("ana", "offers", "my shop https://ana.shop/#top");
        assertThat(chat.findings(LINKS_REPEAT)).singleElement().satisfies(f -> {
            assertThat(f.evidence().links()).containsExactly("ana.shop");
            assertThat(f.evidence().count("channels")).isEqualTo(3);
            assertThat(f.tip().seen()).contains("3 channels");
        });
    }

    @Test
    void firesWhenTheSameLinkIsPostedThreeTimesInAWeek() {
        Chat chat = Chat.coaching("ana");
        for (int day = 0; day < 3; day++) {
            chat.say("ana", "general", "fresh batch today https://ana.shop/bread");
            chat.later(Duration.ofDays(2));
        }
        assertThat(chat.findings(LINKS_REPEAT)).hasSize(1);
    }

    @Test
    void firesOnlyOnceForTheSameLinkWithinTheWindow() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 6; i++) chat.say("ana", "c" + i, "https://ana.shop");
        assertThat(chat.findings(LINKS_REPEAT)).hasSize(1);
    }

    @Test
    void staysQuietForDifferentLinksAndSlowRepeats() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "https://ana.shop/a");
        chat.say("ana", "general", "https://ana.shop/b");
        chat.later(Duration.ofDays(8));
        chat.say("ana", "general", "https://ana.shop/a");
        chat.later(Duration.ofDays(8));
        chat.say("ana", "general", "https://ana.shop/a");
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }
}
