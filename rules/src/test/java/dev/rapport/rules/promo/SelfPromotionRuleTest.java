package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

class SelfPromotionRuleTest {

    @Test
    void firesOnTheSecondSelfPromotionInAWeek() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "[promo] my new candles are out");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
        chat.later(Duration.ofDays(1));
        chat.say("ana", "general", "[promo] my candles, 10% off");
        assertThat(chat.findings(PROMO_SELF)).singleElement()
                .satisfies(f -> assertThat(f.evidence().messages()).hasSize(2));
    }

    /**
     * The coach reports by week: someone told on Friday who promotes twice again on Tuesday and Wednesday is told again
     * in that week's report, not only once seven days have passed since the first tip.
     */
    @Test
    void promotingTwiceAgainTheNextWeekIsThatWeeksTip() {
        Chat chat = Chat.coaching("ana");
        chat.later(Duration.ofDays(3));
        chat.say("ana", "general", "[promo] dm me GROWTH for the free guide");
        chat.later(Duration.ofDays(1));
        chat.say("ana", "general", "[promo] still giving away the guide, dm me GROWTH");
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
        chat.later(Duration.ofDays(4));
        chat.say("ana", "general", "[promo] guide's still free, just dm GROWTH");
        chat.later(Duration.ofDays(1));
        chat.say("ana", "general", "[promo] last call for the GROWTH guide");

        assertThat(chat.findings(PROMO_SELF)).hasSize(2);
        assertThat(chat.findings(PROMO_SELF).get(1).week()).isNotEqualTo(chat.findings(PROMO_SELF).get(0).week());
    }

    /** One more post on Monday after Friday's tip is still last week's habit, already told: no second tip for it. */
    @Test
    void oneMorePostOnMondayAfterFridaysTipIsNotToldAgain() {
        Chat chat = Chat.coaching("ana");
        chat.later(Duration.ofDays(3));
        chat.say("ana", "general", "[promo] dm me GROWTH for the free guide");
        chat.later(Duration.ofDays(1));
        chat.say("ana", "general", "[promo] still giving away the guide, dm me GROWTH");
        chat.later(Duration.ofDays(3));
        chat.say("ana", "general", "[promo] guide's still free, just dm GROWTH");

        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }

    @Test
    void staysQuietInChannelsMadeForPromotion() {
        Chat chat = Chat.builder("ana")
                .community(new CommunitySettings(Map.of(), Map.of(), Set.of("showcase"), Map.of()))
                .build();
        chat.say("ana", "showcase", "[promo] my new candles are out");
        chat.say("ana", "showcase", "[promo] my candles, 10% off");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void staysQuietWhenThePromotionAnswersAQuestion() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 3; i++) {
            MessageId q = chat.say("bob" + i, "help", "can anyone recommend a soy candle maker?");
            chat.reply("ana", "help", q, "bob" + i, "[promo] I make them, here is my shop");
        }
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void oneSittingOfPromotionsInOneChannelIsOneOccasion() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 5; i++) {
            chat.say("ana", "general", "[promo] my candle number " + i);
        }
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void comingBackToPromoteAnHourLaterIsASecondOccasion() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "[promo] my candle number one");
        chat.say("ana", "general", "[promo] my candle number two");
        chat.later(Duration.ofHours(1));
        chat.say("ana", "general", "[promo] my candle number three");
        assertThat(chat.findings(PROMO_SELF)).singleElement()
                .satisfies(f -> assertThat(f.evidence().messages()).hasSize(3));
    }

    @Test
    void theSameSalePostedIntoThreeChannelsIsThreePushes() {
        Chat chat = Chat.coaching("ana");
        for (String channel : List.of("general", "market", "chat")) {
            chat.say("ana", channel, "[promo] my candles, 10% off this week");
        }
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }

    @Test
    void theSameLinkPostedAgainAfterAnOfferIsTheOfferAgain() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "[promo] winter candles are in, 15% off this week https://anacandles.example/winter");
        chat.later(Duration.ofDays(1));
        chat.say("ana", "general", "a few left → https://anacandles.example/winter");
        assertThat(chat.findings(PROMO_SELF)).singleElement()
                .satisfies(f -> assertThat(f.evidence().messages()).hasSize(2));
    }

    @Test
    void aLinkThatWasNeverOfferedIsNotAnOfferWhenPostedAgain() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "notes from the wick workshop https://anacandles.example/notes");
        chat.later(Duration.ofDays(1));
        chat.say("ana", "general", "updated the notes https://anacandles.example/notes");
        chat.later(Duration.ofDays(1));
        chat.say("ana", "general", "[promo] winter candles are in, 15% off this week https://anacandles.example/winter");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void aPlugForOnesOwnStuffTackedOntoAnswersIsStillPromotion() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 3; i++) {
            MessageId q = chat.say("bob" + i, "review", "could someone look over my candle label draft?");
            chat.reply("ana", "review", q, "bob" + i, "[ask] the font is too thin to read at arm's length, go bolder."
                    + " and subscribe to my newsletter https://anacandles.example/letter");
            chat.later(Duration.ofDays(1));
        }
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
        assertThat(chat.findings(LINKS_REPEAT)).hasSize(1);
    }
}
