package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room whose topic calls it one for chat among people who work shifts ("chat, shifts, grumbles") is a talk room,
 * not a room of calls for people to take shifts: a newcomer asking it to follow their page is asking a favour of
 * people never given to, as in any talk room. A room given to a schedule of shifts stays one for calls.
 */
class AskInAChatRoomAboutShiftsTest {
    private static final ChannelInfo MESS = ChannelInfo.of("mess-room",
            "bus drivers on the early routes: chat, shifts, grumbles");

    @Test
    void aNewcomersAskToFollowInAChatRoomThatTalksShiftsIsTold() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn("bo", MESS, "route 9 diverted again, roadworks by the bridge");
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", MESS, "please subscribe to my driving channel: https://clips.example/@ana-drives");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void theSameAskFromSomeoneWhoTalksThereIsNotTold() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        var news = chat.sayIn("bo", MESS, "route 9 diverted again, roadworks by the bridge");
        chat.later(Duration.ofMinutes(30));
        chat.replyIn(MESS, "ana", news, "bo", "thanks, I'll take the ring road then, it's clear this morning");
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", MESS, "please subscribe to my driving channel: https://clips.example/@ana-drives");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).isEmpty();
    }
}
