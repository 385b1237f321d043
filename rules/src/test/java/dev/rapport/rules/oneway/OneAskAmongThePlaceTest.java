package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A community is one place with several rooms. Someone who helps its members in one room and once mentions their own
 * thing in another asks among people they give to: "without having replied to anyone there" would not be true of the
 * place. A second ask within the look-back is a habit, and the room it is made in is then the measure. Giving nowhere
 * in the place leaves even a first ask cold.
 */
class OneAskAmongThePlaceTest {
    private static final ChannelInfo REPAIRS = ChannelInfo.of("repairs", "");
    private static final ChannelInfo LOUNGE = ChannelInfo.of("lounge", "");
    private static final ChannelInfo RIDES = ChannelInfo.of("rides", "");

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    /** Ana helps Bo with his saddle in the repairs room: a reply with something he can use. */
    private static void anaHelpsInAnotherRoom(Chat chat) {
        MessageId saddle = chat.sayIn("bo", REPAIRS, "my saddle keeps tilting back on bumps, any idea why?");
        chat.later(Duration.ofMinutes(30));
        chat.replyIn(REPAIRS, "ana", saddle, "bo", "the clamp bolt under it is loose: loosen both, level the "
                + "saddle, then tighten them in turns so it grips evenly");
        chat.later(Duration.ofDays(2));
    }

    @Test
    void oneAskInOneRoomFromSomeoneWhoHelpsInAnotherIsLetGo() {
        Chat chat = chat();
        anaHelpsInAnotherRoom(chat);
        chat.sayIn("ana", LOUNGE, "could you all please follow my new page for the bike rebuilds? "
                + "https://photos.example/ana-rebuilds");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).isEmpty();
    }

    @Test
    void theSecondAskInTheLookBackIsToldEvenFromSomeoneWhoHelps() {
        Chat chat = chat();
        anaHelpsInAnotherRoom(chat);
        chat.sayIn("ana", LOUNGE, "could you all please follow my new page for the bike rebuilds? "
                + "https://photos.example/ana-rebuilds");
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", RIDES, "follows appreciated, the rebuilds page is brand new "
                + "https://photos.example/ana-rebuilds");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void aFirstAskFromSomeoneWhoGaveNowhereInThePlaceIsStillCold() {
        Chat chat = chat();
        chat.sayIn("bo", REPAIRS, "my saddle keeps tilting back on bumps, any idea why?");
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", LOUNGE, "could you all please follow my new page for the bike rebuilds? "
                + "https://photos.example/ana-rebuilds");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).hasSize(1);
    }
}
