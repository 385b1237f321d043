package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.text.Ownership;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hello in the introductions room is welcome with its link, but a page already dropped into two other rooms within
 * the day and then carried by the hello too is one page in three rooms: a cross-post, whichever room came last. One's
 * own workplace named by its possessive in the hello ("Ana from Hartley's print team") is one's own, not someone
 * else's work passed on.
 */
class IntroductionScatterTest {
    private static final String PAGE = "https://hartley-print.example/totes";
    private static final ChannelInfo INTROS = ChannelInfo.of("introductions", "new? say hello and what you do");

    @Test
    void aPageInTwoRoomsAndThenInOnesIntroductionWithinTheHourIsACrossPost() {
        Chat chat = Chat.coaching("ana");
        chat.sayIn("ana", ChannelInfo.of("general", ""), "new tote prints are up on the site: " + PAGE);
        chat.later(Duration.ofMinutes(8));
        chat.sayIn("ana", ChannelInfo.of("lounge", ""), "fresh batch of totes, have a look " + PAGE);
        chat.later(Duration.ofMinutes(8));
        chat.sayIn("ana", INTROS, "hello everyone, Ana from Hartley's print team. the totes: " + PAGE);

        assertThat(chat.findings(LINKS_REPEAT)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("channels")).isEqualTo(3));
    }

    @Test
    void aPageInOneOtherRoomAndThenInOnesIntroductionIsNoScatter() {
        Chat chat = Chat.coaching("ana");
        chat.sayIn("ana", ChannelInfo.of("general", ""), "new tote prints are up on the site: " + PAGE);
        chat.later(Duration.ofMinutes(8));
        chat.sayIn("ana", INTROS, "hello everyone, Ana from Hartley's print team. the totes: " + PAGE);

        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    @Test
    void onesOwnWorkplaceNamedByItsPossessiveIsNoOneElses() {
        assertThat(Ownership.ownAffiliation("hello everyone, Ana from Hartley's print team")).isTrue();
        assertThat(Ownership.ownAffiliation("I'm from Baxter's joinery, we do stairs")).isTrue();
        assertThat(Ownership.ownAffiliation("got the pattern from Lena's blog, it's lovely")).isFalse();
        assertThat(Ownership.someoneElses("got the pattern from Lena's blog https://lena.example/p")).isTrue();
    }
}
