package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly report tells a week's own habits. A link that rode on an ask of the room last week, the ask told then,
 * and given once this week is the link once this week: last week's tip named those posts, and counting them again
 * makes a repeat of one post. The same two posts told as promotion, a habit beside the repeat rather than an ask that
 * speaks for it, and the link a third time within the 7 days, are still a repeat.
 */
class LinkAskedLastWeekTest {
    private static final ChannelInfo GARDEN = ChannelInfo.of("garden-chat", "");
    private static final ChannelInfo BIRDS = ChannelInfo.of("bird-sightings", "");
    private static final String STREAM = "https://tube.example/@hedgerownestcam";

    /** On Thursday Ana posts {@code first} in two rooms; the next Tuesday she gives the stream to Bo, who asked. */
    private static Chat postedThenGivenNextWeek(String first) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.later(Duration.ofDays(3));
        chat.sayIn("ana", GARDEN, first + " " + STREAM);
        chat.later(Duration.ofMinutes(6));
        chat.sayIn("ana", BIRDS, first + " " + STREAM);
        chat.later(Duration.ofDays(5));
        MessageId asked = chat.sayIn(BIRDS, "bo", "the blue tits are back in the hedge, can I watch them from indoors?");
        chat.later(Duration.ofMinutes(10));
        chat.replyIn(BIRDS, "ana", asked, "bo", "yes, my nest cam has night vision: " + STREAM);
        return chat.finish();
    }

    @Test
    void staysQuietAboutTheLinkOnceThisWeekAfterLastWeeksAskWasTold() {
        Chat chat = postedThenGivenNextWeek("Hi all, please subscribe to my nest cam channel and pass it on to your "
                + "friends, 500 subscribers is my goal:");
        assertThat(chat.findings(ONEWAY_ASKS)).isNotEmpty();
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    @Test
    void firesWhenLastWeeksTipWasThePromotionNotAnAsk() {
        Chat chat = postedThenGivenNextWeek("My new nest cam channel is up, blue tits nesting in our hedge:");
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
        assertThat(chat.findings(LINKS_REPEAT)).hasSize(1);
    }
}
