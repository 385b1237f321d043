package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A link shown in a channel named for showing work is welcome there, but it is still one of the link's posts: the same
 * link pushed from the showcase into the other rooms too is scattered over the server.
 */
class ShowcaseLinksTest {
    private static final String LINK = "https://weftandwarp.example/patterns/tidal";
    private static final ChannelInfo SHOWCASE = ChannelInfo.of("🎨┃showcase", "show off what you made");

    @Test
    void theSameLinkFromTheShowcaseIntoTwoMoreRoomsWithinTheHourIsARepeat() {
        Chat chat = Chat.coaching("ana");
        chat.sayIn("ana", SHOWCASE, "finished the tidal pattern set, pdf is up " + LINK);
        chat.later(Duration.ofMinutes(20));
        chat.sayIn("ana", ChannelInfo.of("general", ""), "pattern set is out btw " + LINK);
        chat.later(Duration.ofMinutes(20));
        chat.sayIn("ana", ChannelInfo.of("loom-help", ""), "if u need a beginner pattern this weekend " + LINK);

        assertThat(chat.findings(LINKS_REPEAT)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("channels")).isEqualTo(3));
    }

    @Test
    void theSameLinkShownAgainAndAgainInTheShowcaseAloneIsNoRepeat() {
        Chat chat = Chat.coaching("ana");
        chat.sayIn("ana", SHOWCASE, "finished the tidal pattern set, pdf is up " + LINK);
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", SHOWCASE, "update: added a colour guide to the tidal set " + LINK);
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", SHOWCASE, "and a video of the tidal set on the loom " + LINK);

        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    /**
     * A channel for trade is the one place an offer fits best, which is what the repeat's tip asks: the same link
     * there and twice elsewhere over the week is two posts outside it, not three of a scattered link.
     */
    @Test
    void anOfferInTheChannelForTradeIsNotOneOfTheLinksPosts() {
        Chat chat = Chat.coaching("ana");
        chat.sayIn("ana", ChannelInfo.of("💸┃commissions", ""), "pattern commissions open, examples " + LINK);
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", ChannelInfo.of("general", ""), "pattern set is out btw " + LINK);
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", ChannelInfo.of("loom-help", ""), "if u need a beginner pattern this weekend " + LINK);

        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    @Test
    void shownInTheShowcaseAndMentionedOnceElsewhereIsNoRepeat() {
        Chat chat = Chat.coaching("ana");
        chat.sayIn("ana", SHOWCASE, "finished the tidal pattern set, pdf is up " + LINK);
        chat.later(Duration.ofHours(3));
        chat.sayIn("ana", ChannelInfo.of("general", ""), "pattern set is out btw " + LINK);

        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }
}
