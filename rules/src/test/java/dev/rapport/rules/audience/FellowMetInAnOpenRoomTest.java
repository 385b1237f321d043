package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_PEERS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since session 52: whoever wrote in a room for one trade's people among themselves ({@link TradeRoomTest}) is one of
 * the trade wherever else they are met. A fellow who asks about a technical point in an open room asks as a fellow, not
 * as a buyer: a seller's week of such talk is a week with peers, though the last word with them was in the open room.
 */
class FellowMetInAnOpenRoomTest {
    private static final ChannelInfo BENCH = ChannelInfo.of("bench-talk", "for plasterers: suppliers, prices, moans");
    private static final ChannelInfo TECH = ChannelInfo.of("techniques", "finishes, mixes and the fiddly bits");
    private static final ChannelInfo TIPS = ChannelInfo.of("tips", "tips and tricks for everyone");
    /** A room the topic gives to the trade but tells to ask someone: a room for asking, its writers its askers. */
    private static final ChannelInfo ASKING = ChannelInfo.of("merchant-desk",
            "plasterers: ask the merchants about stock, prices, delivery");

    /**
     * Ana sells (the community has a showcase); Pete's first word goes to {@code petesRoom}; then Ana's week is ten
     * answers to his questions in the open room for techniques.
     */
    private static List<Finding> aWeekOfTechniques(ChannelInfo petesRoom, boolean restart) {
        Scene scene = Scene.of(Chat.builder("ana").promotionChannels("showcase"))
                .says("sam", "help", "what would skimming one ceiling cost?")
                .postsIn("paula", BENCH, "merchant's out of multi-finish till Thursday")
                .postsIn("pete", petesRoom, "scaffold firm doubled their hire again, mad");
        if (restart) {
            scene.restart();
        }
        String[] asked = {"float coat: how many minutes before you scratch it?",
            "do you mist the wall first on hot days?", "which trowel for the final pass?",
            "bonding or browning on old brick?", "how thin is too thin on the second coat?"};
        String[] told = {"about an hour, depends on the suction", "press it with a thumb first",
            "yes, a light mist, never soaking", "otherwise it flashes off too fast", "a worn-in one, never new",
            "the new ones leave lines", "browning, it grips the brick better", "bonding cracks on old stuff",
            "under two mil and it goes patchy", "three mil is the sweet spot"};
        for (int i = 0; i < asked.length; i++) {
            scene.asksIn("pete", TECH, "ana", asked[i])
                    .asksIn("ana", TECH, "pete", told[2 * i])
                    .asksIn("ana", TECH, "pete", told[2 * i + 1]);
        }
        return scene.finish().findings(AUDIENCE_PEERS_ONLY);
    }

    @Test
    void firesWhenTheWeeksFellowHadTalkedInTheTradesOwnRoom() {
        assertThat(aWeekOfTechniques(BENCH, false)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheSameAskerNeverTalkedInTheTradesOwnRoom() {
        assertThat(aWeekOfTechniques(TIPS, false)).isEmpty();
    }

    @Test
    void staysQuietWhenTheAskerWroteOnlyInARoomWhoseTopicTellsThemToAsk() {
        assertThat(aWeekOfTechniques(ASKING, false)).isEmpty();
    }

    @Test
    void aWordInTheTradesOwnRoomBeforeARestartStillMakesAFellowAfterIt() {
        List<Finding> straight = aWeekOfTechniques(BENCH, false);

        assertThat(aWeekOfTechniques(BENCH, true)).isEqualTo(straight).hasSize(1);
    }
}
