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
 * A business's team posting its prices with the way to book them said in words ("court hire £20 an hour, book at the
 * front desk") sells to the members as plainly as prices with their page: a business takes bookings at its counter as
 * often as online. A regular's question at its desk, left a day, is a customer left waiting. A figure with nothing to
 * take up ("the quiz raised £400") sells nothing, and alone does not make the server a market.
 */
class TeamPriceListToBookTest {

    private static final ChannelInfo DESK = ChannelInfo.of("front-desk",
            "questions about courts, coaching and the leagues: ask the team");

    /**
     * A tennis club's own server: Tom posts {@code notice}, Ana another; Cleo, a regular, asks the desk; Ana posts
     * elsewhere for two days.
     */
    private static Chat cleoAsksTheDesk(String notice) {
        Chat chat = Chat.builder("ana").defaultRoles(Map.of("Team", Audience.IGNORE)).build();
        chat.sayWithRoles("tom", "club-news", Set.of("Team"), notice);
        chat.later(Duration.ofMinutes(30)).sayWithRoles("ana", "club-news", Set.of("Team"), "the junior squad starts "
                + "again on Saturday morning");
        chat.later(Duration.ofHours(1)).say("cleo", "chat", "the wind on court three was something else today");
        chat.later(Duration.ofDays(1)).sayIn(DESK, "cleo", "can I move my league entry to the spring ladder?");
        chat.later(Duration.ofHours(3)).sayWithRoles("ana", "club-news", Set.of("Team"), "courts one and two are "
                + "closed till six for the floodlight men");
        chat.later(Duration.ofHours(26)).sayWithRoles("ana", "chat", Set.of("Team"), "who's watching the final "
                + "on Sunday?");
        return chat.finish();
    }

    @Test
    void firesWhenTheTeamPostedItsPricesWithTheWayToBookThem() {
        assertThat(cleoAsksTheDesk("winter court hire is open: £20 an hour peak, £14 off-peak, members 10% off. "
                + "Book at reception, any day.").findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheTeamOnlyToldOfAFigureWithNothingToBook() {
        assertThat(cleoAsksTheDesk("the quiz night raised £400 for the junior section, thank you all")
                .findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
