package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static dev.rapport.rules.audience.ShopTalkWeek.LOUNGE;
import static dev.rapport.rules.audience.ShopTalkWeek.YARD;
import static dev.rapport.rules.audience.ShopTalkWeek.aWeekOfShopTalk;
import static dev.rapport.rules.rule.RuleId.AUDIENCE_PEERS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code audience.peers-only} reads of a trade's own community is kept in the community's snapshot: that a room
 * there is the trade's, and the week's requests to the room that went by (whose, by pseudonym, where and when, never
 * their words). A restart in the middle of {@link ShopTalkWeek}'s week gives the tip, or the silence, the week gives
 * straight through.
 */
class TradesOwnCommunityRestartTest {
    /** The secret {@link Chat} pseudonymises with. */
    private static final Pseudonyms PSEUDONYMS =
            new Pseudonyms("a test secret of enough length".getBytes(StandardCharsets.UTF_8));

    /** An outsider's request for the work, asked before the restart, still went by the trade after it. */
    @Test
    void anOutsidersRequestBeforeARestartStillCountsAfterIt() {
        Chat straight = aWeekOfShopTalk(ShopTalkWeek::outsiderAsksTheRoom);
        Chat restarted = aWeekOfShopTalk(ShopTalkWeek::outsiderAsksTheRoom, Chat::restart, YARD);

        assertThat(straight.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
        assertThat(restarted.findings(AUDIENCE_PEERS_ONLY)).isEqualTo(straight.findings(AUDIENCE_PEERS_ONLY));
    }

    /**
     * The community is still the trade's own after a restart though nobody writes in the trade's room again: Ana's
     * shop talk with her fellows elsewhere stays what the community is for.
     */
    @Test
    void theTradesOwnRoomIsStillKnownAfterARestartWhenNobodyWritesThereAgain() {
        Chat straight = aWeekOfShopTalk(ShopTalkWeek::onlyFellowsAskTheRoom, ShopTalkWeek.STRAIGHT_THROUGH, LOUNGE);
        Chat restarted = aWeekOfShopTalk(ShopTalkWeek::onlyFellowsAskTheRoom, Chat::restart, LOUNGE);

        assertThat(straight.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
        assertThat(restarted.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    @Test
    void theRequestIsKeptByPseudonymWithoutItsWordsAndGoesWithItsAskerWhenForgotten() {
        Chat chat = aWeekOfShopTalk(ShopTalkWeek::outsiderAsksTheRoom);
        CommunitySnapshot kept = chat.engine().communitySnapshot(CommunityId.of(Chat.COMMUNITY)).orElseThrow();
        String hugo = PSEUDONYMS.of(UserId.of("hugo"));

        // The yard's chat is for a few trades: the community is theirs, though no one room is a single trade's.
        assertThat(kept.tradesOwn()).isTrue();
        assertThat(kept.tradeRooms()).isEmpty();
        assertThat(kept.asked()).singleElement().satisfies(a -> {
            assertThat(a.asker()).isEqualTo(hugo);
            assertThat(a.channel()).isEqualTo(ChannelId.of(ShopTalkWeek.ASK.name()));
            assertThat(a.offer()).isTrue();
        });
        assertThat(kept.asked().toString()).doesNotContain("hugo", "Hexham", "window");
        assertThat(kept.withoutPerson(hugo).asked()).isEmpty();

        // Taken back, the community gives the same again.
        chat.restart();
        CommunitySnapshot back = chat.engine().communitySnapshot(CommunityId.of(Chat.COMMUNITY)).orElseThrow();
        assertThat(back.asked()).isEqualTo(kept.asked());
        assertThat(back.tradesOwn()).isTrue();
        assertThat(back.tradeRooms()).isEqualTo(kept.tradeRooms());
    }
}
