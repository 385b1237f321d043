package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Much chat among friends has no reply links: one says a line, the other answers, the first answers back. Those turns
 * are conversation given as much as a reply is, so a favour asked later of the people one talks with that way is no
 * cold ask. Someone only seen in the same room, never talked with, is still asked cold, and so is a room in which one
 * has only posted one's own things.
 */
class ConversationByTurnsTest {
    private static final ChannelInfo YARD = ChannelInfo.of("yard-chat", "");

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void aFavourAskedOfTheRoomWhereOneChatsByTurnsIsNoColdAsk() {
        Chat chat = chat();
        chat.sayIn("ana", YARD, "the new gate finally shuts without a kick");
        chat.later(Duration.ofMinutes(10));
        chat.sayIn("bo", YARD, "a miracle. who fixed it");
        chat.later(Duration.ofMinutes(10));
        chat.sayIn("ana", YARD, "me and a tin of grease, don't tell the committee");
        chat.later(Duration.ofDays(5));
        chat.sayIn("ana", YARD, "could you all please follow my new page for the ponies? https://photos.example/ana-ponies");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).isEmpty();
    }

    @Test
    void aFavourAskedOfARoomWhereOneOnlyPostedOnesOwnThingsIsACold() {
        Chat chat = chat();
        chat.sayIn("ana", YARD, "the new gate finally shuts without a kick");
        chat.later(Duration.ofHours(3));
        chat.sayIn("bo", YARD, "anyone got a spare hoof pick?");
        chat.later(Duration.ofDays(5));
        chat.sayIn("ana", YARD, "could you all please follow my new page for the ponies? https://photos.example/ana-ponies");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).hasSize(1);
    }
}
