package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A favour asked of a room and, minutes later, asked again with the same link in the next room, in the favour's short
 * or counted words ("a sub would help", "rate it five stars"), is one ask in one sitting: the ask's tip speaks for it,
 * and calling it promotion as well tells the person the same thing twice. The link again with nothing asked is a push
 * of its own, which the promotion tip counts.
 */
class FavourAskedAgainInTheNextRoomTest {
    private static final ChannelInfo APPS = ChannelInfo.of("apps-and-gadgets", "");
    private static final ChannelInfo HARBOUR = ChannelInfo.of("harbour-talk", "");
    private static final String APP = "https://apps.example/tideclock";
    private static final String EPISODE = "https://video.example/riverdays/ep12";

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    private static Chat ratingAskedThen(String next) {
        Chat chat = chat();
        chat.sayIn("ana", APPS, "Hello all, I've built a free tide-times app for the harbour. Would you all install it "
                + "and leave it a five star rating? " + APP);
        chat.later(Duration.ofMinutes(5));
        chat.sayIn("ana", HARBOUR, next + " " + APP);
        return chat.finish();
    }

    @Test
    void aStarRatingAskedAgainInTheNextRoomIsTheAskNotAlsoPromotion() {
        Chat chat = ratingAskedThen("made a little tide-times app, please rate it five stars so others find it:");

        assertThat(chat.findings(ONEWAY_ASKS)).isNotEmpty();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void theAppsLinkAgainWithNothingAskedIsStillPromotion() {
        Chat chat = ratingAskedThen("made a little tide-times app for the harbour, my first one:");

        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    private static Chat subscribeAskedThen(String next) {
        Chat chat = chat();
        chat.sayIn("ana", APPS, "New episode of my river fishing channel is out, please like and subscribe! " + EPISODE);
        chat.later(Duration.ofMinutes(4));
        chat.sayIn("ana", HARBOUR, next + " " + EPISODE);
        return chat.finish();
    }

    @Test
    void aSubAskedForAgainInTheNextRoomIsTheAskNotAlsoPromotion() {
        Chat chat = subscribeAskedThen("episode twelve of my channel is up, a sub would really help:");

        assertThat(chat.findings(ONEWAY_ASKS)).isNotEmpty();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void theEpisodeAgainWithNoSubAskedIsStillPromotion() {
        Chat chat = subscribeAskedThen("episode twelve of my channel is up, the weir at dawn:");

        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }
}
