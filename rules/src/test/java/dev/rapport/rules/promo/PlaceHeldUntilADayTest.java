package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.Pitch;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A price sent privately with a date held for the person until they book ("£12 each, we can hold the 9th for you if
 * you confirm by Monday: <page>") is a call to book put as a favour: to someone met once the day before, who asked
 * for nothing, it is a pitch. Keeping an eye out for them holds nothing until a day, and offers nothing to book.
 */
class PlaceHeldUntilADayTest {
    private static final ChannelInfo HELLO = ChannelInfo.of("say-hello", "new here? tell us who you are");

    private static Chat dmAfterAWelcome(String dm) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId intro = chat.sayIn(HELLO, "bo", "Hi all, Bo here, I've just started running outings for our rambling "
                + "group, about twenty of us. A little daunted!");
        chat.later(Duration.ofMinutes(15));
        chat.replyIn(HELLO, "ana", intro, "bo", "Welcome Bo! Lots of kind people here, you'll settle in quickly.");
        chat.later(Duration.ofHours(20));
        chat.direct("ana", "dm-ana-bo", "bo", dm);
        return chat.finish();
    }

    @Test
    void aPricedDateHeldForThemUntilTheyBookIsACallToBook() {
        assertThat(Pitch.callToBook("we can hold the 9th for you if you confirm by Monday", List.of())).isTrue();
        assertThat(Pitch.callToBook("I'll keep an eye out for you at the market", List.of())).isFalse();
    }

    @Test
    void aPriceWithADateHeldUntilTheyBookSentTheDayAfterMeetingIsAColdPitch() {
        Chat chat = dmAfterAWelcome("Hi Bo, good to meet you yesterday. For twenty walkers our guided mill visit and "
                + "lunch is £12 each, and we can hold Thursday the 9th for you if you confirm by Monday: "
                + "https://annamill.example/groups");
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void aFriendlyNoteKeepingAnEyeOutForThemIsNoPitch() {
        Chat chat = dmAfterAWelcome("Hi Bo, good to meet you yesterday. Our group paid £12 each for the mill visit in "
                + "spring and loved it. I'll keep an eye out for you for flat routes too.");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }
}
