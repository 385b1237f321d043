package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.ChannelPurpose;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_SHARE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room whose topic names the kind of link its posts carry ("road, time, detour map link", "upcoming gigs and ticket
 * links") asks for exactly those links: a week of such posts there is the room's kind of post, not a habit of dropping
 * links. The same posts in a room that asks for no links are a week of link drops.
 */
class LinksTheTopicAsksForTest {
    private static final ChannelInfo CLOSURES = new ChannelInfo("road-closures",
            "closures only: road, time, detour map link. questions in #commuters");
    private static final ChannelInfo COMMUTERS = new ChannelInfo("commuters", "talk about getting around town");
    private int id;

    private void post(Chat chat, ChannelInfo where, String text) {
        chat.later(Duration.ofHours(5));
        chat.feed(ChatMessage.builder().id("c" + id++).at(chat.now()).in(Chat.COMMUNITY, where.name())
                .channelInfo(where).by("ana").text(text).build());
    }

    private Chat week(ChannelInfo where) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        String[] closures = {"Mill Lane shut both ways, 07:10, burst main https://roadworks.example/closures/mill-lane",
            "Harbour Road one lane only, 08:30, roadworks till Friday https://roadworks.example/closures/harbour-road",
            "Station bridge closed, 17:45, lorry stuck https://roadworks.example/closures/station-bridge",
            "Elm Street closed for the market, 06:00 to 14:00 https://roadworks.example/closures/elm-street",
            "Quarry Hill flooded at the dip, 19:20 https://roadworks.example/closures/quarry-hill"};
        for (String closure : closures) {
            post(chat, where, closure);
        }
        for (int i = 0; i < 6; i++) {
            post(chat, COMMUTERS, i % 2 == 0 ? "the 42 bus was on time for once" : "ha, enjoy it while it lasts");
        }
        chat.finish();
        return chat;
    }

    @Test
    void postsCarryingTheLinkTheRoomsTopicAsksForAreNotALinkHabit() {
        assertThat(week(CLOSURES).findings(LINKS_SHARE)).isEmpty();
    }

    @Test
    void theSamePostsWhereNoLinkIsAskedForAreALinkHabit() {
        assertThat(week(new ChannelInfo("town-chat", "anything about town")).findings(LINKS_SHARE))
                .isNotEmpty();
    }

    @Test
    void aTopicAsksForLinksWhenItNamesTheirKindAndNotWhenItTurnsThemAwayOrClaimsThem() {
        assertThat(ChannelPurpose.linksAsked(new ChannelInfo("gig-calendar", "upcoming gigs and ticket links"))).isTrue();
        assertThat(ChannelPurpose.linksAsked(CLOSURES)).isTrue();
        assertThat(ChannelPurpose.linksAsked(new ChannelInfo("lounge", "no links please, chat only"))).isFalse();
        assertThat(ChannelPurpose.linksAsked(new ChannelInfo("lounge", "spam links will be removed"))).isFalse();
        assertThat(ChannelPurpose.linksAsked(new ChannelInfo("lounge", "chat here, links go in #resources"))).isFalse();
        assertThat(ChannelPurpose.linksAsked(new ChannelInfo("plugs", "drop your links, one post a week"))).isFalse();
        assertThat(ChannelPurpose.linksAsked(new ChannelInfo("fresh-pages", "Link your latest so we can read it")))
                .isFalse();
    }
}
