package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/** One star counted out ("every star helps") is a unit of a rating pleaded for, as "every rating helps" is. */
class EveryStarPleaTest {
    private static final ChannelInfo LOUNGE = ChannelInfo.of("lounge", "");

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    /** "every star helps" pleads for units of a rating as "every rating helps" does: asked of a room never given to. */
    @Test
    void everyStarHelpsIsAPleaForAttentionAskedOfARoomNeverGivenTo() {
        Chat chat = chat();
        chat.sayIn("bo", LOUNGE, "morning all, frost on the van again");
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", LOUNGE, "new pottery page is up, every star helps a lot: https://pottery.example/ana-clay");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).hasSize(1);
    }

    /** A star counted by nobody ("a star anise helps") pleads for nothing. */
    @Test
    void aStarNotCountedOutIsNoPlea() {
        Chat chat = chat();
        chat.sayIn("bo", LOUNGE, "morning all, frost on the van again");
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", LOUNGE, "for the mulled cider a star anise helps, recipe: https://recipes.example/cider");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).isEmpty();
    }
}
