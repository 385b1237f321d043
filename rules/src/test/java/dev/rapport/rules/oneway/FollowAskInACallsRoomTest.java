package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.OwnAccountAsk;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room made for calls for people (volunteers, testers, shifts) lets a call ask what a call asks: come, sign up, pass
 * it on to anyone nearby. An ask to follow or subscribe to one's own account is no call for people to take part: it
 * gathers an audience for the writer, and posted there it is an ask like anywhere else.
 */
class FollowAskInACallsRoomTest {
    private static final ChannelInfo VOLUNTEERS = ChannelInfo.of("volunteers", "");

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void followsAskedForOnesOwnAccountAreAsks() {
        assertThat(OwnAccountAsk.is("I knit tiny jumpers for rescue hens! could everyone follow @hen.jumpers? 🙏"))
                .isTrue();
        assertThat(OwnAccountAsk.is("please follow my knitting page, every follow helps")).isTrue();
        assertThat(OwnAccountAsk.is("new pattern out, go follow me on insta")).isTrue();
        assertThat(OwnAccountAsk.is("would love it if you could sub to my channel")).isTrue();
    }

    @Test
    void aCallsOwnFollowsAndSharesAreNot() {
        assertThat(OwnAccountAsk.is("two places left, please share with anyone nearby https://forms.example/x"))
                .isFalse();
        assertThat(OwnAccountAsk.is("follow the link to sign up: https://forms.example/x")).isFalse();
        assertThat(OwnAccountAsk.is("meet at the lock gates and follow me to the towpath")).isFalse();
        assertThat(OwnAccountAsk.is("please follow my directions on the day, the bank is steep")).isFalse();
        assertThat(OwnAccountAsk.is("I follow @canal.trust for the stoppage notices")).isFalse();
    }

    /** A newcomer pleads twice in the volunteers' room for follows of her own page, never having talked to anyone. */
    @Test
    void aFollowPleaForOnesOwnPageInACallsRoomIsAnAsk() {
        Chat chat = chat();
        chat.sayIn("bo", VOLUNTEERS, "Hedge planting on Saturday from nine, we still need six pairs of hands.");
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", VOLUNTEERS, "I knit tiny jumpers for rescue hens! could everyone follow @hen.jumpers? 🙏");
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", VOLUNTEERS, "please follow my knitting page, every follow helps");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).isNotEmpty();
    }

    /** A litter pick called in the volunteers' room, and its update asking people to pass the call on. */
    @Test
    void aCallAndItsUpdateAskingToShareItStayTheCalls() {
        Chat chat = chat();
        chat.sayIn("bo", VOLUNTEERS, "Hedge planting on Saturday from nine, we still need six pairs of hands.");
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", VOLUNTEERS, "Litter pick along the canal towpath on Sunday at ten, gloves and bags "
                + "provided. Sign up: https://forms.example/towpath-pick");
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", VOLUNTEERS, "two places left for Sunday, please share with anyone nearby "
                + "https://forms.example/towpath-pick");

        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }
}
