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
 * Since session 39: the week's lines to nobody in a room for one trade's people ({@link TradeRoomTest}) are kept in the
 * person's snapshot (version 9), so those before a restart are still talk with peers after it: before, a week read
 * across a restart counted only the lines since.
 */
class TradeRoomRestartTest {
    private static final ChannelInfo BENCH = ChannelInfo.of("bench-talk", "for plasterers: suppliers, prices, moans");

    /** Ana's week from {@link TradeRoomTest}, in the trade's room; with a restart halfway through her lines, or none. */
    private static List<Finding> aWeekOnTheBench(boolean restart) {
        Scene scene = Scene.of(Chat.builder("ana").promotionChannels("showcase"))
                .says("sam", "help", "what would skimming one ceiling cost?")
                .asksIn("pete", BENCH, "paula", "which lime putty are you on this winter?")
                .asksIn("ana", BENCH, "pete", "the bagged one, it's fine below five degrees")
                .asksIn("ana", BENCH, "paula", "you still got that spare mixer paddle?");
        String[] lines = {"van heater died again", "anyone else's scaffold firm put prices up?",
            "mine doubled since spring", "going to try the firm out by the ring road", "ok they're cheaper",
            "wet week, three days lost", "new hawk arrived, lighter than the old one", "back on the tools tomorrow"};
        for (int i = 0; i < lines.length; i++) {
            if (restart && i == 4) {
                scene.restart();
            }
            scene.saysIn(BENCH, "ana", lines[i]);
        }
        return scene.finish().findings(AUDIENCE_PEERS_ONLY);
    }

    @Test
    void linesToTheTradesRoomBeforeARestartStillCountAsTalkWithPeers() {
        List<Finding> straight = aWeekOnTheBench(false);

        assertThat(straight).hasSize(1);
        assertThat(aWeekOnTheBench(true)).isEqualTo(straight);
    }
}
