package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

class SelfPromotionRuleTest {

    @Test
    void firesOnTheSecondSelfPromotionInAWeek() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "[promo] my new candles are out");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
        chat.say("ana", "general", "[promo] my candles, 10% off");
        assertThat(chat.findings(PROMO_SELF)).singleElement()
                .satisfies(f -> assertThat(f.evidence().messages()).hasSize(2));
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
}
