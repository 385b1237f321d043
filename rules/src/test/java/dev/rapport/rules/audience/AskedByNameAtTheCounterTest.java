package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a business's own server, a member already seen there who asks one of its team by name is the business's
 * customer, role or not, as at its help desk: a regular asking the staff at the counter. Left a day while the team
 * member chats elsewhere, the question is a customer left waiting ({@code audience.advocates}). A first word in the
 * server may be a stranger's enquiry, and is only a question owed an answer.
 */
class AskedByNameAtTheCounterTest {

    /** A shop's own server: Ana and Tom wear its Team role, and the shop sells its goods there with their page. */
    private static Chat shop() {
        Chat chat = Chat.builder("ana").defaultRoles(Map.of("Customer", Audience.CUSTOMER, "Team", Audience.IGNORE))
                .build();
        chat.sayWithRoles("tom", "news", Set.of("Team"), "gift cards from £20, get one here: "
                + "https://mugshop.example/gift-cards");
        chat.sayWithRoles("ana", "news", Set.of("Team"), "new speckled glaze mugs are drying, out on Friday");
        return chat;
    }

    /** Ana chats in another channel soon after, then a day goes by without her answer. */
    private static void anaChatsElsewhereForADay(Chat chat) {
        chat.later(Duration.ofHours(2)).sayWithRoles("ana", "lounge", Set.of("Team"), "who else is watching the "
                + "final tonight?");
        chat.later(Duration.ofHours(24));
    }

    @Test
    void firesWhenARegularAsksATeamMemberByNameAndHearsNothing() {
        Chat chat = shop();
        chat.later(Duration.ofHours(1)).say("cleo", "lounge", "that speckled glaze is lovely");
        chat.later(Duration.ofDays(2)).mention("cleo", "orders", "ana", "do you engrave names on the mugs? it's "
                + "for a wedding in June");
        anaChatsElsewhereForADay(chat);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("customers-waiting")).isEqualTo(1));
    }

    /** Someone whose first word in the server is the question may be a stranger enquiring: owed an answer only. */
    @Test
    void staysQuietWhenTheQuestionIsTheAskersFirstWordHere() {
        Chat chat = shop();
        chat.later(Duration.ofDays(2)).mention("cleo", "orders", "ana", "do you engrave names on the mugs? it's "
                + "for a wedding in June");
        anaChatsElsewhereForADay(chat);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
