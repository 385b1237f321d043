package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A creator announces their own release by its bare kind ("Episode 42 is out", "New video just dropped"); someone
 * passing on another's work names whose it is. Such an announcement claims nothing alone, but a series of them
 * linking to the same place, unasked, is one's own work pushed again and again: {@code promo.self}. The same link
 * posted again is a repeat (links.repeat's), not a series, and credited or named work stays someone else's.
 */
class ReleaseSeriesTest {
    private final SelfPromotionDetector detector = new SelfPromotionDetector();

    @ParameterizedTest
    @ValueSource(strings = {"Episode 12 is out: https://lantern.example/12",
            "New recipe video just dropped https://tube.example/watch?v=k1",
            "Chapter 9 is live!",
            "New episode! This one is about tide mills",
            "Bonus episode out now, the listener mailbag",
            "Part 3's up, the frame is finally glued"})
    void aReleaseAnnouncedByItsBareKind(String text) {
        assertThat(ReleaseNews.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The new Harbour Lights episode is out: https://radio.example/hl/88",
            "Mara's new chapter is up",
            "New Veritasium video just dropped https://tube.example/watch?v=v9",
            "New episode out yet? I keep refreshing",
            "Post up your photos from the fair!",
            "Episode 12 was so good, the bit about the ferry",
            "Chapter and verse, as they say"})
    void namedWorkQuestionsAndOtherUsesAreNot(String text) {
        assertThat(ReleaseNews.is(text)).as(text).isFalse();
    }

    @Test
    void aSeriesOfBareReleasesFromOnePlaceIsSelfPromotion() {
        Chat chat = Chat.builder("tova").promoDetector(detector).build();
        chat.say("tova", "general", "Episode 12 is out: https://lantern.example/episodes/12");
        chat.later(Duration.ofDays(2));
        chat.say("tova", "general", "Episode 13 is out, the one about canal locks https://lantern.example/episodes/13");
        chat.later(Duration.ofDays(2));
        chat.say("tova", "general", "New episode! Tide mills, finally https://lantern.example/episodes/14");
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }

    @Test
    void oneReleasePostedAgainIsARepeatAndNewsOfOthersWorkIsHelp() {
        Chat chat = Chat.builder("tova", "ezra").promoDetector(detector).build();
        chat.say("tova", "general", "New video is up: https://tube.example/watch?v=tm1");
        chat.later(Duration.ofMinutes(40));
        chat.say("tova", "crafts", "New video is up! https://tube.example/watch?v=tm1");
        chat.later(Duration.ofMinutes(40));
        chat.say("tova", "chat", "New video: https://tube.example/watch?v=tm1");
        chat.say("ezra", "general", "New episode is out, by Ines Park: https://radio.example/ip/4");
        chat.later(Duration.ofDays(1));
        chat.say("ezra", "general", "New episode is out, by Ines Park: https://radio.example/ip/5");
        chat.later(Duration.ofDays(1));
        chat.say("ezra", "general", "New episode is out, by Ines Park: https://radio.example/ip/6");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
        assertThat(chat.findingsFor("tova")).extracting(f -> f.rule()).contains(LINKS_REPEAT);
    }
}
