package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A showcase welcomes work shown, not a plea for follows and likes: asked there of people one never engaged with, it
 * is an ask as in any room, so the next plea in another room is the second ask of the look-back and is told. A room
 * for plugs welcomes the plea itself, and the next one elsewhere is then the first ask, let go from someone who talks
 * with the members.
 */
class AskInAShowcaseTest {
    private static final ChannelInfo SHOWCASE = ChannelInfo.of("pottery-showcase", "finished pots, show us");
    private static final ChannelInfo PLUGS = ChannelInfo.of("self-promo", "plug your socials here");
    private static final ChannelInfo HELLO = ChannelInfo.of("say-hello", "new? tell us about yourself");
    private static final ChannelInfo LOUNGE = ChannelInfo.of("kiln-lounge", "off-topic chat");

    private static Chat pleasAfter(ChannelInfo first) {
        Chat chat = Chat.builder("tamsin").promoDetector(new SelfPromotionDetector()).build();
        var hello = chat.sayIn(HELLO, "oriel", "Welcome aboard, what do you throw?");
        chat.later(Duration.ofMinutes(20));
        chat.replyIn(HELLO, "tamsin", hello, "oriel", "Mostly mugs and bud vases so far, thanks for the welcome!");
        chat.later(Duration.ofDays(1));
        chat.sayIn(first, "tamsin", "Please give my TikTok a follow and like the new glazing clip, trying to hit 500 "
                + "followers! https://tiktok.example/@tamsinclay");
        chat.later(Duration.ofDays(2));
        chat.sayIn(LOUNGE, "tamsin", "Still after follows over here: do follow my TikTok, it'd really help me out! "
                + "https://tiktok.example/@tamsinclay");
        chat.finish();
        return chat;
    }

    @Test
    void aPleaInAShowcaseIsTheFirstAskSoTheNextOneInAnotherRoomIsTold() {
        assertThat(pleasAfter(SHOWCASE).findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void aPleaInARoomForPlugsIsWelcomeSoTheNextOneIsTheFirstAskAndLetGo() {
        assertThat(pleasAfter(PLUGS).findings(ONEWAY_ASKS)).isEmpty();
    }
}
