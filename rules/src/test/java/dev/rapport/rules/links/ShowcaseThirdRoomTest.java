package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A showcase's post keeps its link on the week's record, as a post that fits its room does: the same link taken to two
 * other rooms over the days before makes the showcase's post its third room and third post, a repeat, though days
 * apart. Shown in the showcase after one other room, it is two posts, no repeat.
 */
class ShowcaseThirdRoomTest {
    private static final String LINK = "https://ana-workshops.example/linocut-course";
    private static final ChannelInfo SHOWCASE = ChannelInfo.of("gallery", "showcase your prints");

    @Test
    void aLinkPushedInTwoRoomsOverTheWeekThenIntoTheShowcaseIsARepeat() {
        Chat chat = Chat.coaching("ana");
        chat.sayIn("ana", ChannelInfo.of("print-chat", ""), "my linocut course starts in March, £90: " + LINK);
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", ChannelInfo.of("ink-and-rollers", ""), "ink trouble is week two of my course " + LINK);
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", SHOWCASE, "last week of the early price for my linocut course " + LINK);

        assertThat(chat.findings(LINKS_REPEAT)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("posts")).isEqualTo(3));
    }

    @Test
    void aLinkFromOneOtherRoomShownInTheShowcaseIsNoRepeat() {
        Chat chat = Chat.coaching("ana");
        chat.sayIn("ana", ChannelInfo.of("print-chat", ""), "my linocut course starts in March, £90: " + LINK);
        chat.later(Duration.ofDays(3));
        chat.sayIn("ana", SHOWCASE, "last week of the early price for my linocut course " + LINK);

        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }
}
