package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Follow me on" a code host asks for a follow of the writer's profile there, as "follow me on" a social platform
 * does: an ask for attention, which the ask tip speaks for. A follow or a star is attention, not a product, so the
 * message is not also promotion. A code host named as where the code or the docs are is help, not a call.
 */
class FollowsAskedOnACodeHostTest {

    private static final SelfPromotionDetector DETECTOR = new SelfPromotionDetector();

    @Test
    void aFollowAskedOnACodeHostOfARoomNeverTalkedWithIsAnAsk() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("bo", "general", "does anyone know why the linter hangs on big files?");
        chat.later(Duration.ofMinutes(15));
        chat.say("cy", "general", "try the cache flag, it skips the unchanged ones");
        chat.later(Duration.ofHours(2));
        chat.say("ana", "general", "hello! please try my little parser library and follow me on gitlab, thanks "
                + "https://gitlab.example/ana/tinyparse");
        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void aFollowOnACodeHostIsAttentionAskedNotPromotion() {
        PromoVerdict verdict = DETECTOR.analyse("hi all, give my tool a try and follow me on codeberg for updates");
        assertThat(verdict.engagementAsk()).isTrue();
        assertThat(verdict.reasons()).doesNotContain(Cue.CALL_TO_SELF.id());
    }

    @Test
    void aCodeHostNamedWhereTheFixLivesIsHelpNotACall() {
        assertThat(DETECTOR.analyse("the patch landed on github, follow the readme there to rebuild")
                .engagementAsk()).isFalse();
        assertThat(DETECTOR.analyse("I follow the maintainers on github for release news").engagementAsk())
                .isFalse();
    }
}
