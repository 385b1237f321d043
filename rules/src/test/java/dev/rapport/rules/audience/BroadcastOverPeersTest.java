package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_PEERS_ONLY;
import static dev.rapport.rules.rule.RuleId.ONEWAY_BROADCAST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One behaviour, one tip across families: a seller whose only words with anyone were with fellows, while their posts to
 * a room where buyers are went to nobody, was among the buyers, only not talking with them. The broadcast tip says
 * that, and the peers-only tip is not given beside it. Where every post to nobody went to the trade's own room, the
 * week was spent with fellows, and both tips stand.
 */
class BroadcastOverPeersTest {
    private static final ChannelInfo BENCH = ChannelInfo.of("bench-talk", "for tilers: suppliers, prices, moans");
    private static final ChannelInfo JOBS = ChannelInfo.of("job-requests", "homeowners post jobs, tilers reply");

    /**
     * Ana sells (the community has a showcase): two words by name to fellows in the tilers' room, four lines to nobody
     * there, and eight more lines to nobody in {@code room}, hours apart.
     */
    private static Chat weekWithEightLinesIn(ChannelInfo room) {
        Chat chat = Chat.builder("ana").promotionChannels("showcase").build();
        chat.say("sam", "help", "what would retiling a small bathroom cost?");
        chat.sayIn(BENCH, "pete", "which adhesive are you all on for underfloor heating?");
        chat.mentionIn("ana", BENCH, "pete", "the flexible grey one, it copes with the heat");
        chat.mentionIn("ana", BENCH, "paula", "is your spare wet saw still going?");
        String[] bench = {"van battery flat again", "spacers went up in price", "cold week on site",
            "new knee pads arrived"};
        for (String line : bench) {
            chat.later(Duration.ofHours(3));
            chat.sayIn(BENCH, "ana", line);
        }
        String[] elsewhere = {"Free quotes for bathrooms and kitchens this month", "Just finished a herringbone hallway",
            "Splashbacks done in a day", "Booking June jobs now", "Porcelain or ceramic, both fine by me",
            "Wet rooms are my favourite job", "Grout colours make all the difference", "Back on the tools Monday"};
        for (String line : elsewhere) {
            chat.later(Duration.ofHours(3));
            chat.sayIn(room, "ana", line);
        }
        chat.later(Duration.ofDays(5));
        return chat.finish();
    }

    @Test
    void thePeersOnlyTipIsNotGivenBesideTheBroadcastWhenThePostsToNobodyWentWhereBuyersAre() {
        Chat chat = weekWithEightLinesIn(JOBS);
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    @Test
    void bothTipsStandWhenEveryPostToNobodyWentToTheTradesOwnRoom() {
        Chat chat = weekWithEightLinesIn(BENCH);
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }
}
