package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bike-hire firm's own server: Ana is on its Team, Cleo wears Customer. A customer's question by DM that names a sum
 * ("when does my £150 deposit come back?") is about what they paid or are owed, not a price pitched at the one asked:
 * customers buy from the team, they do not sell to it. Left days, it is a question unanswered and a customer left
 * waiting. The same priced question by DM from someone who is nobody's customer here still offers a sale, owed nothing.
 */
class CustomersSumByDirectMessageTest {

    private static Scene hireFirm() {
        return Scene.of(Chat.builder("ana").defaultRoles(Map.of("Customer", Audience.CUSTOMER, "Team", Audience.IGNORE)))
                .wearing("Team", "ana", "news", "Spring hires from £25 a day, book here: https://bikes.example/book");
    }

    /** {@code asker} (wearing {@code role}, if any) talks in the server, then DMs Ana {@code words}; days pass. */
    private static Chat dmLeftForDays(String asker, String role, String words) {
        Scene s = hireFirm();
        if (role == null) {
            s.says(asker, "general", "lovely ride along the canal today");
        } else {
            s.wearing(role, asker, "general", "lovely ride along the canal today");
        }
        s.after(Duration.ofHours(1)).writesDirectly(asker, "dm-ana", "ana", words);
        for (int day = 0; day < 3; day++) {
            s.after(Duration.ofHours(20)).wearing("Team", "ana", "general", "what a sunset tonight, day " + day);
        }
        return s.finish();
    }

    @Test
    void firesWhenACustomersQuestionAboutTheirDepositWaitsDays() {
        Chat chat = dmLeftForDays("cleo", "Customer",
                "Hi Ana, we brought the tandem back on Sunday. When does the £150 deposit come back?");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenSomeoneWhoIsNoCustomerPutsAPriceByDirectMessage() {
        Chat chat = dmLeftForDays("dev", null, "Full set of panniers, £90 posted, you want them?");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
