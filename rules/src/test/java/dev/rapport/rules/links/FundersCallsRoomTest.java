package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.ChannelPurpose;
import dev.rapport.rules.text.SumUpTo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_SHARE;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room named for funders' openings (#grants, #funding-calls) is where others' calls are passed on, each with its page
 * and what it pays out: a sum said only as a ceiling ("up to €20k") is money one may apply for, not a price, so the
 * calls are neither promotion nor a link habit. A priced page of one's own posted in the lounge still is.
 */
class FundersCallsRoomTest {
    private static final ChannelInfo GRANTS = new ChannelInfo("grants", "schemes and deadlines");
    private static final ChannelInfo LOUNGE = new ChannelInfo("lounge", "Anything goes.");

    /** Ana posts to the room, five hours after her last post: the posts of one week, none of them one sitting. */
    private static void post(Chat chat, ChannelInfo where, String text) {
        chat.later(Duration.ofHours(5)).sayIn("ana", where, text);
    }

    private Chat week(ChannelInfo where, String... posts) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        for (String p : posts) {
            post(chat, where, p);
        }
        for (int i = 0; i < 6; i++) {
            post(chat, LOUNGE, i % 2 == 0 ? "grey start to the day here, kettle is on" : "same, second cup already");
        }
        return chat.finish();
    }

    @Test
    void fundersCallsWithWhatTheyPayOutPassedOnInARoomForGrantsAreNeitherPromotionNorALinkHabit() {
        Chat chat = week(GRANTS,
                "heritage trust small awards now open, up to €20k, deadline 3 March: https://heritage.example/small",
                "city arts fund second round, up to £8,000 per project: https://cityarts.example/round2",
                "travel bursaries for early-career staff, apply by the 30th: https://travel-fund.example/apply",
                "a charity fellowship in coastal studies, up to $50k over two years: https://coastal.example/fellow");

        assertThat(chat.findings(PROMO_SELF)).isEmpty();
        assertThat(chat.findings(LINKS_SHARE)).isEmpty();
    }

    @Test
    void onesOwnPricedWorkshopsPostedWithTheirPagesStillPromote() {
        Chat chat = week(LOUNGE,
                "weekend glazing workshop, £90 a place: https://ana-clay.example/glazing",
                "evening throwing class, £25 a session: https://ana-clay.example/throwing");

        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void aSumGivenOnlyAsACeilingIsNoPriceButASavingOrARangeIs() {
        assertThat(SumUpTo.only("the village fund pays up to £3,500 a project this round")).isTrue();
        assertThat(SumUpTo.only("save up to £200 on a new boiler this week")).isFalse();
        assertThat(SumUpTo.only("up to £50 off every frame till Sunday")).isFalse();
        assertThat(SumUpTo.only("portraits from £5 up to £50 depending on size")).isFalse();
        assertThat(SumUpTo.only("prints are £20 each")).isFalse();
    }

    @Test
    void aRoomForFundersCallsIsToldByItsName() {
        assertThat(ChannelPurpose.reading(new ChannelInfo("grants", ""))).isTrue();
        assertThat(ChannelPurpose.reading(new ChannelInfo("funding-calls", ""))).isTrue();
        assertThat(ChannelPurpose.reading(new ChannelInfo("funding-questions", ""))).isFalse();
        assertThat(ChannelPurpose.reading(new ChannelInfo("voice-calls", ""))).isFalse();
    }
}
