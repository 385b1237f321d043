package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One follow, like or share counted out ("each follow would mean a lot", "every share really helps") is a unit of attention
 * pleaded for, as "every rating helps" is. The same words for other things ("every share of the washing-up helps")
 * plead for nothing.
 */
class EveryFollowPleaTest {
    private static final SelfPromotionDetector DETECTOR = new SelfPromotionDetector();
    private static final ChannelInfo YARD = ChannelInfo.of("yard", "");

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void oneFollowOrShareCountedOutIsAPlea() {
        assertThat(DETECTOR.analyse("I make short clips about allotment life now, each follow would mean a lot 🙏")
                .engagementAsk()).isTrue();
        assertThat(DETECTOR.analyse("each share really means a lot to the two of us").engagementAsk()).isTrue();
    }

    @Test
    void aShareOfTheChoresOrALikeMindedFriendIsNoPlea() {
        assertThat(DETECTOR.analyse("every share of the washing-up helps when the rota slips").engagementAsk())
                .isFalse();
        assertThat(DETECTOR.analyse("every like-minded neighbour helps on a work day").engagementAsk()).isFalse();
    }

    /** A newcomer's first words to a room, pleading that each follow counts. */
    @Test
    void aNewcomersPleaForFollowsToARoomNeverGivenToIsTold() {
        Chat chat = chat();
        chat.sayIn("bo", YARD, "leeks are in, finally. slugs got half the chard though");
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", YARD, "hi all, I post allotment clips now! every follow really helps 🙏");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void theSameWordsAboutChoresAreNotTold() {
        Chat chat = chat();
        chat.sayIn("bo", YARD, "leeks are in, finally. slugs got half the chard though");
        chat.later(Duration.ofDays(1));
        chat.sayIn("ana", YARD, "hi all, new here! every share of the watering helps, the rota is on the shed door");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).isEmpty();
    }
}
