package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creator announcements: news of something one made, with an ask to look at it, is self-promotion however it is
 * worded ("a new channel of mine", "have a listen"); the same news with no ask and no link is news, which the
 * conversation rules weigh, not promotion.
 */
class CreatorAnnouncementTest {
    private final SelfPromotionDetector detector = new SelfPromotionDetector();

    @ParameterizedTest
    @ValueSource(strings = {"A new channel of mine is up, check it out",
            "a new podcast of ours just went live, have a listen",
            "My new EP is out, give it a listen",
            "new video of mine is out now, take a look"})
    void anAnnouncementWithAnAskToLookIsSelfPromotion(String text) {
        assertThat(detector.analyse(text).selfPromotion()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a friend of mine had the same problem, check the forum",
            "an old project of mine had that bug, have a look at the fix in the docs",
            "a song of mine won't upload, any idea why?",
            "Let me have a look at your logs",
            "take a look at the docs, section 3",
            "I'll take a look tonight",
            "Can you take a look?"})
    void ownWorkInHelpAndLookingAtThingsAreNot(String text) {
        assertThat(detector.analyse(text).promotional()).as(text).isFalse();
    }

    @Test
    void newsWithoutAnAskOrALinkIsNewsNotPromotion() {
        assertThat(detector.analyse("my new shop page went live").newsOnly()).isTrue();
        assertThat(detector.analyse("my new shop page went live, take a look").newsOnly()).isFalse();
        assertThat(detector.analyse("my new candles, 10% off this week").newsOnly()).isFalse();
    }

    @Test
    void promoSelfFiresOnAnnouncementsThatAskPeopleToLook() {
        Chat chat = Chat.builder("ana").promoDetector(detector).build();
        chat.say("ana", "general", "my new shop page went live, take a look");
        chat.later(Duration.ofHours(1));
        chat.say("ana", "general", "A new channel of mine is up, check it out");
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }

    @Test
    void promoSelfStaysQuietOnNewsThatAsksNothing() {
        Chat chat = Chat.builder("ana").promoDetector(detector).build();
        chat.say("ana", "general", "my new shop page went live");
        chat.say("ana", "general", "finally launched my new channel");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }
}
