package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.text.CommunityCause;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room whose topic names the members' contests in the plural ("ploughing matches and hedging competitions") is given
 * to the group's contests, as one whose topic names their sign-ups is: the sign-up for the next match and its reminders
 * there are the group's business, though no post names the contest again. The same sign-ups pushed in a room for shop
 * talk say nothing of whose they are, and count as invitations to one's own thing; and a code brought to the contests'
 * room is still sold.
 */
class ContestsRoomTest {
    private static final ChannelInfo CONTESTS = ChannelInfo.of("matches", "ploughing matches and hedging competitions");
    private static final ChannelInfo YARD = ChannelInfo.of("yard-chat", "shop talk, weather and moans");

    private static Chat signUps(ChannelInfo room) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn("bo", room, "anyone know if the ground at High Farm has dried out?");
        chat.later(Duration.ofHours(2));
        chat.sayIn("ana", room, "sign up here for High Farm, closes Friday: https://forms.example/high-farm-plough");
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", room, "sign-up for High Farm still open, 7 ploughs entered already: "
                + "https://forms.example/high-farm-plough");
        return chat.finish();
    }

    @Test
    void theMatchSignUpAndItsReminderInTheRoomForContestsAreNotSelfPromotion() {
        assertThat(signUps(CONTESTS).findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void theSameSignUpsPushedInARoomForShopTalkAreTold() {
        assertThat(signUps(YARD).findings(PROMO_SELF)).hasSize(1);
    }

    @Test
    void aCodeBroughtToTheRoomForContestsIsStillSold() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn("ana", CONTESTS, "sore backs after the match? 20% off a sports massage with code FURROW: "
                + "https://ana-massage.example");
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", CONTESTS, "code FURROW still gets you 20% off till Sunday https://ana-massage.example");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }

    @Test
    void aTopicNamingTheMembersContestsGivesTheRoomToThem() {
        assertThat(CommunityCause.contestsRoom("ploughing matches and hedging competitions")).isTrue();
        assertThat(CommunityCause.contestsRoom("for members: chat, lifts, meetups")).isFalse();
        assertThat(CommunityCause.contestsRoom("my competitions and giveaways")).isFalse();
        assertThat(CommunityCause.contestsRoom("shop talk, weather and moans")).isFalse();
    }
}
