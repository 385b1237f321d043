package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a business's own server a first word at its desk may be a stranger's enquiry; but one that tells of the asker's
 * own past stay and asks to book again is a returning guest's, the business's customer from that first word, and the
 * team member who leaves it waiting while posting news is told (since session 39).
 */
class ReturningGuestAtTheDeskTest {
    private static final ChannelInfo DESK = ChannelInfo.of("bookings-desk",
            "questions about your stay: post here and the team will reply");

    /** A lakeside cabin site's server: Ana, of its Team, sells its nights with their page, then posts news for two days. */
    private static Chat askedAtTheDesk(String question) {
        Chat chat = Chat.builder("ana").defaultRoles(Map.of("Team", Audience.IGNORE)).build();
        chat.sayWithRoles("ana", "site-news", Set.of("Team"), "Autumn weeknights in the cabins are £70 a night: "
                + "https://lakecabins.example/book");
        chat.later(Duration.ofHours(3));
        chat.sayIn(DESK, "wren", question);
        for (int day = 0; day < 2; day++) {
            chat.later(Duration.ofHours(20));
            chat.sayWithRoles("ana", "site-news", Set.of("Team"), "the jetty has a fresh coat of paint, mind the wet bits");
        }
        return chat.finish();
    }

    @Test
    void firesWhenAReturningGuestsFirstWordAtTheDeskWaits() {
        assertThat(askedAtTheDesk("hello! we stayed in the birch cabin last September, would the canoe be free if we "
                + "book again for half term?").findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenAStrangersFirstWordAsksToBookWithNoStayBefore() {
        assertThat(askedAtTheDesk("hello! would the canoe be free if we book a cabin for half term?")
                .findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
