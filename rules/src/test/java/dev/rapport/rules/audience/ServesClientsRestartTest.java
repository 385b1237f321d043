package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static dev.rapport.rules.audience.ShopTalkWeek.LOUNGE;
import static dev.rapport.rules.audience.ShopTalkWeek.YARD;
import static dev.rapport.rules.audience.ShopTalkWeek.aWeekOfShopTalk;
import static dev.rapport.rules.rule.RuleId.AUDIENCE_PEERS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since session 37: someone who spoke of the clients they serve is one of the trade after a restart too (the
 * community's snapshot keeps it, version 9), not only from their next such message on. In {@link ShopTalkWeek}'s
 * week, Gwen, who told the yard about her regulars, asks the lounge a question of the trade nobody answers for a day:
 * a fellow's question that went by, not an outsider's, with or without a restart between.
 */
class ServesClientsRestartTest {
    /** The secret {@link Chat} pseudonymises with. */
    private static final Pseudonyms PSEUDONYMS =
            new Pseudonyms("a test secret of enough length".getBytes(StandardCharsets.UTF_8));

    /** Gwen speaks of her regulars in the yard, then asks the lounge something nobody answers for a day. */
    private static Scene aFellowWhoServesClientsAsksTheLounge(Scene s) {
        return s.saysIn(YARD, "gwen", "two of my regulars want new leaded lights in their porch doors by spring")
                .saysIn(LOUNGE, "gwen", "how do you all stop linseed putty cracking when a hard frost comes?")
                .after(Duration.ofDays(1));
    }

    /** The same question from Gwen, who never said whom she works for. */
    private static Scene someoneAsksTheLounge(Scene s) {
        return s.saysIn(LOUNGE, "gwen", "how do you all stop linseed putty cracking when a hard frost comes?")
                .after(Duration.ofDays(1));
    }

    @Test
    void aFellowWhoSpokeOfHerClientsBeforeARestartIsStillOneOfTheTradeAfterIt() {
        Chat straight = aWeekOfShopTalk(ServesClientsRestartTest::aFellowWhoServesClientsAsksTheLounge,
                ShopTalkWeek.STRAIGHT_THROUGH, YARD);
        Chat restarted = aWeekOfShopTalk(ServesClientsRestartTest::aFellowWhoServesClientsAsksTheLounge,
                Chat::restart, YARD);

        assertThat(straight.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
        assertThat(restarted.findings(AUDIENCE_PEERS_ONLY)).isEqualTo(straight.findings(AUDIENCE_PEERS_ONLY));
    }

    /** Her regulars are what makes her one of the trade: the same question from someone unknown went by an outsider. */
    @Test
    void theSameQuestionFromSomeoneWhoNeverSaidWhomTheyServeWentByAnOutsider() {
        Chat chat = aWeekOfShopTalk(ServesClientsRestartTest::someoneAsksTheLounge, Chat::restart, YARD);

        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    @Test
    void theSnapshotKeepsWhoServesClientsByPseudonymAndTakenBackGivesItAgain() {
        Chat chat = aWeekOfShopTalk(ServesClientsRestartTest::aFellowWhoServesClientsAsksTheLounge);
        CommunitySnapshot kept = chat.engine().communitySnapshot(CommunityId.of(Chat.COMMUNITY)).orElseThrow();
        String gwen = PSEUDONYMS.of(UserId.of("gwen"));

        assertThat(kept.version()).isEqualTo(CommunitySnapshot.VERSION).isGreaterThanOrEqualTo(9);
        assertThat(kept.member(gwen)).hasValueSatisfying(m -> assertThat(m.servesClients()).isTrue());
        assertThat(kept.member(PSEUDONYMS.of(UserId.of("pete"))))
                .hasValueSatisfying(m -> assertThat(m.servesClients()).isFalse());

        chat.restart();
        CommunitySnapshot back = chat.engine().communitySnapshot(CommunityId.of(Chat.COMMUNITY)).orElseThrow();
        assertThat(back.member(gwen)).hasValueSatisfying(m -> assertThat(m.servesClients()).isTrue());
    }

    /** A member as version 8 kept them, with nothing said of the flag, reads as serving no clients. */
    @Test
    void aMemberAsVersion8KeptThemServesNoClients() {
        CommunitySnapshot.Member old = CommunitySnapshot.Member.builder("p-00000000a1").messages(2).announcements(2)
                .build();

        assertThat(old.servesClients()).isFalse();
    }
}
