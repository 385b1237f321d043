package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.CommunityId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_PEERS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since session 40: the groups the community's rooms send askers to ("ask the glaziers"), and the rooms kept to a
 * group by a plural alone ("guides only") not yet known to be the trade's ({@link TradeKeepsItsOwnRoomTest}), are kept
 * in the community's snapshot (each group as a keyed hash, never the topic), so a community read as a market of the
 * trade's work before a restart is one after it, though nobody writes in those rooms again: the same events read
 * straight through and with a restart in the middle give the same tips.
 */
class TradeKeepsItsOwnRoomRestartTest {
    private static final CommunityId COMMUNITY = CommunityId.of(Chat.COMMUNITY);
    private static final ChannelInfo BENCH = ChannelInfo.of("bench", "glaziers only: suppliers, rates, moans");
    private static final ChannelInfo ASK_GLAZIERS = ChannelInfo.of("home-owners",
            "home owners: ask the glaziers about draughty sashes");
    private static final String REGLAZE = "can anyone reglaze two sash windows in Stroud this month? will pay the going rate";
    /** Kept to a group by a plural alone: whether it is a trade, the room that sends askers to it says. */
    private static final ChannelInfo CAMP = ChannelInfo.of("base-camp", "guides only, honestly: permits, routes, jobs");
    private static final ChannelInfo ASK_GUIDES = ChannelInfo.of("trip-planning",
            "visitors: ask the guides about routes and weather");
    private static final String GUIDE = "can anyone take four of us up the ridge on Saturday? will pay the going rate";

    /**
     * Two fellows in {@code talkIn}, a buyer's {@code request} in {@code askIn}, which sends askers to the trade (first,
     * when {@code askFirst}); Ana's week of shop talk in {@code talkIn}; with a restart before her week, or none.
     */
    private static List<Finding> aWeekOfShopTalk(ChannelInfo talkIn, ChannelInfo askIn, String request,
                                                 boolean askFirst, boolean restart) {
        Chat chat = Chat.coaching("ana");
        if (askFirst) {
            chat.sayIn(askIn, "hugo", request);
        }
        for (String fellow : new String[]{"pete", "paula"}) {
            chat.sayIn(talkIn, fellow, "fuel prices up again, third time this year");
        }
        chat.later(Duration.ofHours(1));
        if (!askFirst) {
            chat.sayIn(askIn, "hugo", request);
        }
        if (restart) {
            chat.restart();
        }
        for (int i = 0; i < 10; i++) {
            chat.later(Duration.ofHours(6));
            chat.mentionIn("ana", talkIn, i % 2 == 0 ? "pete" : "paula",
                    "the new van seats save my back, worth every penny");
        }
        return chat.finish().findings(AUDIENCE_PEERS_ONLY);
    }

    @Test
    void aRoomSendingAskersToTheTradeBeforeARestartStillMakesAMarketAfterIt() {
        List<Finding> straight = aWeekOfShopTalk(BENCH, ASK_GLAZIERS, REGLAZE, false, false);

        assertThat(straight).hasSize(1);
        assertThat(aWeekOfShopTalk(BENCH, ASK_GLAZIERS, REGLAZE, false, true)).isEqualTo(straight);
    }

    @Test
    void aGroupAskedForBeforeARestartStillMakesItsRoomTheTradesAfterIt() {
        List<Finding> straight = aWeekOfShopTalk(CAMP, ASK_GUIDES, GUIDE, true, false);

        assertThat(straight).hasSize(1);
        assertThat(aWeekOfShopTalk(CAMP, ASK_GUIDES, GUIDE, true, true)).isEqualTo(straight);
    }

    /**
     * The fellows' room kept to the guides is seen before a restart, and nobody writes there after it: a request in
     * the room that asks the guides, after the restart, still makes it the trade's, as without the restart. The group
     * is kept as a keyed hash, never its word.
     */
    @Test
    void aRoomKeptToAGroupBeforeARestartIsTheTradesWhenTheGroupIsAskedForAfterIt() {
        CommunitySnapshot straight = fellowsThenAsk(false);
        CommunitySnapshot restarted = fellowsThenAsk(true);

        assertThat(straight.tradesOwn()).isTrue();
        assertThat(straight.tradeRooms()).containsExactly(ChannelId.of(CAMP.name()));
        assertThat(restarted.tradesOwn()).isEqualTo(straight.tradesOwn());
        assertThat(restarted.tradeRooms()).isEqualTo(straight.tradeRooms());
        assertThat(restarted.tradeGroups()).isEqualTo(straight.tradeGroups()).singleElement()
                .satisfies(g -> assertThat(g.askedFor()).isTrue());
        assertThat(restarted.toString()).doesNotContain("guides", "visitors");
    }

    private static CommunitySnapshot fellowsThenAsk(boolean restart) {
        Chat chat = Chat.coaching("ana");
        chat.sayIn(CAMP, "pete", "fuel prices up again, third time this year");
        assertThat(chat.engine().communitySnapshot(COMMUNITY).orElseThrow().tradeGroups()).singleElement()
                .satisfies(g -> assertThat(g.keptRoom()).contains(ChannelId.of(CAMP.name())));
        chat.later(Duration.ofHours(1));
        if (restart) {
            chat.restart();
        }
        chat.sayIn(ASK_GUIDES, "hugo", GUIDE);
        return chat.engine().communitySnapshot(COMMUNITY).orElseThrow();
    }
}
