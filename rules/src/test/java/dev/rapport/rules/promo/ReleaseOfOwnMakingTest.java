package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A release whose thing the writer names as their own making in a relative clause ("released the card game we've
 * been designing") announces one's own work as "my new shop" does; making alone, someone else's release, or a thing
 * finished rather than put out, announces nothing.
 */
class ReleaseOfOwnMakingTest {
    private final SelfPromotionDetector detector = new SelfPromotionDetector();

    @ParameterizedTest
    @ValueSource(strings = {"Just released the board game we've been designing since spring https://example.org/g",
            "finally published the cookbook I've been writing for ages! https://example.org/book",
            "I launched the budgeting tool that I built over winter: https://example.org/tool",
            "Shipped the little synth plugin I've been coding at night https://example.org/synth"})
    void aReleaseOfWhatTheWriterHasBeenMakingIsAnAnnouncement(String text) {
        assertThat(detector.cues(text)).as(text).contains(Cue.ANNOUNCEMENT);
        assertThat(detector.analyse(text).selfPromotion()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I've been making bread all week",
            "They finally released the update I've been waiting for",
            "Finally finished the scarf I've been knitting since March",
            "the studio released the album they recorded in Oslo",
            "has anyone released the dataset I've been building on?",
            "I've been building a shed all summer, finally done"})
    void makingAloneOrAnotherOnesReleaseStaysQuiet(String text) {
        assertThat(detector.cues(text)).as(text).doesNotContain(Cue.ANNOUNCEMENT);
        assertThat(detector.analyse(text).promotional()).as(text).isFalse();
    }

    @Test
    void promoSelfFiresOnAReleaseOfOnesMakingPushedIntoTwoRooms() {
        Chat chat = Chat.builder("ana").promoDetector(detector).build();
        chat.say("ana", "general", "Finally shipped the deck builder I've been coding all year https://example.org/deck");
        chat.later(Duration.ofHours(3));
        chat.say("ana", "off-topic", "just launched the deck builder we've been making, https://example.org/deck");
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }
}
