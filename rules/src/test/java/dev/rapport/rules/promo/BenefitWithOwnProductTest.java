package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gain promised to the reader through one's own product ("cut your editing time in half with our plugin") is an
 * ad's sentence, an invitation to use one's own thing; advice, a step, or how the writer works stays quiet.
 */
class BenefitWithOwnProductTest {
    private final SelfPromotionDetector detector = new SelfPromotionDetector();

    @ParameterizedTest
    @ValueSource(strings = {"Teachers: save hours of marking with my rubric templates https://example.org/r",
            "you can cut your editing time in half with our plugin",
            "double your bookings using my course on client outreach",
            "speed up your month-end close with my spreadsheet app https://example.org/app"})
    void aGainPromisedWithOnesOwnProductInvitesToUseIt(String text) {
        assertThat(detector.cues(text)).as(text).contains(Cue.INVITE_TO_OWN);
        assertThat(detector.analyse(text).selfPromotion()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"save hours with my tip: use keyboard shortcuts",
            "I save hours every week with my planner app",
            "save the file with my editor settings and reload",
            "how do you save time with my app? it keeps crashing",
            "you can save money with the student discount at the bookshop",
            "save time with my trick, batch the emails before lunch"})
    void adviceAStepOrOnesOwnHabitStaysQuiet(String text) {
        assertThat(detector.cues(text)).as(text).doesNotContain(Cue.INVITE_TO_OWN);
        assertThat(detector.analyse(text).promotional()).as(text).isFalse();
    }

    @Test
    void promoSelfFiresOnTheSameGainPromisedInTwoRooms() {
        Chat chat = Chat.builder("ana").promoDetector(detector).build();
        chat.say("ana", "general", "save hours on your invoices with my templates https://example.org/inv");
        chat.later(Duration.ofHours(4));
        chat.say("ana", "freelancers", "Freelancers: cut your admin time with my invoice templates https://example.org/inv");
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }
}
